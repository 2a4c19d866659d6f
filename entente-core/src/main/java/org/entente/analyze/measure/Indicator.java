package org.entente.analyze.measure;

import java.util.EnumSet;
import java.util.Set;

/**
 * One kind of evidence the relation model reads, with the dimensions it speaks to, how its
 * intercept may drift, and the source it comes from (README, "How to read a relation"). Each
 * indicator gets its own loading and noise in each dimension; none has a fixed weight except the
 * two anchors that give the dimensions their scales.
 */
public enum Indicator {
  /**
   * The Peace Scale of the pair's year, 2 × peace − 1, for the pairs of the reference's fitting
   * half only: the anchor of {@code relations} (loading 1, intercept 0, noise {@link
   * MeasurementModel#ANCHOR_NOISE}), Terechshenko's human-coded benchmark.
   */
  PEACE_SCALE("peace_scale", "peace-scale", Drift.NONE, Dimension.RELATIONS),
  /** 1 in a year of strategic rivalry (Thompson, Sakuwa & Suhas, to 2020), else 0. */
  RIVALRY("rivalry", "tss-rivalries", Drift.CONSTANT, Dimension.RELATIONS),
  /** The year's highest hostility level of a militarized dispute / 5, 0 without (MID, to 2014). */
  DISPUTE("dispute", "cow-mid", Drift.CONSTANT, Dimension.RELATIONS),
  /** 1 when the pair had a militarized dispute in the year or the four before, else 0. */
  DISPUTE_5Y("dispute_5y", "cow-mid", Drift.CONSTANT, Dimension.RELATIONS),
  /** 1 under a defence or offence obligation (ATOP to 2018, then cited treaty records), else 0. */
  DEFENCE_PACT("defence_pact", "atop+treaties", Drift.CONSTANT, Dimension.RELATIONS),
  /** 1 under any alliance obligation, non-aggression and consultation included, else 0. */
  ANY_ALLIANCE("any_alliance", "atop+treaties", Drift.CONSTANT, Dimension.ALIGNMENT),
  /**
   * 1 when one's sanctions on the other reach the state itself (a list programme, or a regime
   * record of scope state; the EU's for each member), 0.5 when they only name persons, else 0.
   */
  OWN_SANCTIONS("own_sanctions", "sanctions", Drift.CONSTANT, Dimension.RELATIONS),
  /**
   * The year's GDELT score over the pair's mean absolute month: a pair's own volume and lean are
   * absorbed by a per-pair intercept, the dataset's drift by a per-year one, so only the pair's
   * movement against its own habit and the year's counts.
   */
  SCORES("scores", "gdelt", Drift.SOURCE_YEAR, Dimension.RELATIONS),
  /** Raw machine-coded events of the year: mean Goldstein / 10, intercept by dataset and year. */
  EVENTS("events", "events", Drift.SOURCE_YEAR, Dimension.RELATIONS),
  /** Events coded from articles ({@code import-text}): mean Goldstein / 10. */
  TEXT_EVENTS("text_events", "articles", Drift.CONSTANT, Dimension.RELATIONS),
  /** Security Council vetoes cast together, for two permanent members: min(1, vetoes / 2). */
  JOINT_VETOES(
      "joint_vetoes", "unsc-vetoes", Drift.CONSTANT, Dimension.RELATIONS, Dimension.ALIGNMENT),
  /**
   * UN General Assembly κ less the mean of the two states' usual κ: the anchor of {@code alignment}
   * (loading 1, intercept 0), and an indicator of {@code relations} with its own loading.
   */
  VOTES("votes", "un-votes", Drift.CONSTANT, Dimension.RELATIONS, Dimension.ALIGNMENT),
  /** ln(1 + joint IGO memberships), intercept by five years as IGOs multiplied (COW, to 2014). */
  IGOS("igos", "cow-igo", Drift.FIVE_YEARS, Dimension.RELATIONS, Dimension.ALIGNMENT);

  /** How an indicator's intercept may move. */
  public enum Drift {
    /** Fixed at 0: an anchor. */
    NONE,
    /** One intercept. */
    CONSTANT,
    /** One per five calendar years (1945–49, 1950–54, …). */
    FIVE_YEARS,
    /** One per dataset and year. */
    SOURCE_YEAR,
    /** One per year, and one per pair (shrunk toward 0). */
    YEAR_AND_PAIR
  }

  private final String label;
  private final String source;
  private final Drift drift;
  private final Set<Dimension> dimensions;

  Indicator(String label, String source, Drift drift, Dimension first, Dimension... more) {
    this.label = label;
    this.source = source;
    this.drift = drift;
    this.dimensions = EnumSet.of(first, more);
  }

  /** The name in output: {@code dispute}, {@code votes}… */
  public String label() {
    return label;
  }

  /** The source named in a relation's basis: {@code cow-mid}, {@code gdelt}… */
  public String source() {
    return source;
  }

  public Drift drift() {
    return drift;
  }

  /** Whether the indicator speaks to {@code dimension}. */
  public boolean measures(Dimension dimension) {
    return dimensions.contains(dimension);
  }

  /** The anchor of a dimension: loading 1 and intercept 0, which give the dimension its scale. */
  public boolean anchors(Dimension dimension) {
    return (this == PEACE_SCALE && dimension == Dimension.RELATIONS)
        || (this == VOTES && dimension == Dimension.ALIGNMENT);
  }

  /** The indicator named {@code label}. */
  public static Indicator of(String label) {
    for (Indicator i : values()) {
      if (i.label.equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no indicator '" + label + "'");
  }
}
