package org.entente.analyze;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.analyze.measure.RelationFit;
import org.entente.domain.Obligations;
import org.entente.domain.Veto;
import org.entente.store.RelationFits;

/**
 * Combines what the store knows about two states into one relation per year or month (README, "How
 * to read a relation"). Each component is a value on −1 … +1:
 *
 * <ul>
 *   <li><b>votes</b>: the pair's UN-vote κ less the mean of the two states' usual κ with everyone
 *       ({@link VoteAffinity#relative}), clipped to −1 … +1; by month, the year's;
 *   <li><b>events</b>: with raw events of the pair in the store for the period, their mean
 *       Goldstein weight / 10; otherwise the bundled GDELT score, normalised by the pair's volume:
 *       the period's mean monthly score over the pair's mean absolute monthly score in the whole
 *       series, clipped to −1 … +1 (a pair's ordinary month is ±1 whether it makes headlines daily
 *       or rarely); a month the dataset covers without a row for a pair it has rows for scores 0;
 *   <li><b>alliance</b>: 1 for a defence or offence obligation, 0.5 for neutrality, 0 for
 *       non-aggression or consultation only, and for none (ATOP to 2018, carried on by cited treaty
 *       records). Non-aggression and consultation pacts are often how rivals manage their rivalry
 *       (India and Pakistan's 1988 agreement not to attack each other's nuclear installations, the
 *       1991 inter-Korean Basic Agreement): they are no sign of amity;
 *   <li><b>sanctions</b>: −1 when one sanctions the other through its own programme or regime (the
 *       EU's for a member), −0.5 when a UN regime targets one of them (binding the other as a
 *       member), 0 otherwise (the designation lists and the regime table);
 *   <li><b>joint vetoes</b>, for two permanent members: 1 for two or more vetoes cast together in
 *       the period, 0.5 for one, 0 for none.
 * </ul>
 *
 * The index and the alignment are not computed here: they are the relation model's estimates for
 * the pair and year ({@link RelationModel}, stored with the store's version), with their 80 %
 * intervals; the components are the evidence shown beside them, and {@code coverage} the share of
 * the applicable components that had evidence. A month takes its year's estimates (the model is
 * yearly). Plain Java over the evidence the caller gathered; no SQL.
 */
public final class DyadRelations {

  /**
   * Everything the store holds about one pair, gathered by the caller.
   *
   * @param votes the pair's vote affinity by calendar year
   * @param events machine-coded events (GDELT, ICEWS, POLECAT) counted in the relation's periods
   *     (year or month labels)
   * @param textEvents events coded from articles ({@code import-text}), counted the same way
   * @param scores the pair's monthly aggregated scores, every month the store has, for the scale
   * @param scoresCovered first and last month of the score dataset, or null without one
   * @param ties alliance obligations, joint vetoes and sanctions by year
   * @param atopLast the pair's ties in ATOP's last year, when the years asked for go beyond it;
   *     otherwise null
   * @param permanentPair whether both are permanent members of the Security Council
   * @param estimates the stored fit of the relation model for the pair, by year; empty when the
   *     store holds no fit (then both dimensions are unknown)
   */
  public record Evidence(
      String a,
      String b,
      List<VoteAffinity> votes,
      List<DyadEventPeriod> events,
      List<DyadEventPeriod> textEvents,
      List<ScorePeriod> scores,
      LocalDate[] scoresCovered,
      List<TieYear> ties,
      TieYear atopLast,
      boolean permanentPair,
      Map<Integer, RelationFits.Row> estimates) {
    public Evidence {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
      votes = List.copyOf(votes);
      events = List.copyOf(events);
      textEvents = List.copyOf(textEvents);
      scores = List.copyOf(scores);
      ties = List.copyOf(ties);
      estimates = Map.copyOf(estimates);
    }
  }

  private DyadRelations() {}

  /**
   * One relation per period of {@code unit} (year or month) from {@code fromYear} to {@code
   * toYear}, every period included, those without evidence with an unknown index.
   */
  public static List<DyadRelation> of(
      Evidence evidence, EventPeriod unit, int fromYear, int toYear) {
    if (unit != EventPeriod.YEAR && unit != EventPeriod.MONTH) {
      throw new IllegalArgumentException("a relation is by year or by month, not " + unit);
    }
    Map<Integer, VoteAffinity> votes = new HashMap<>();
    evidence.votes().forEach(v -> votes.put(v.period(), v));
    Map<String, DyadEventPeriod> events = new HashMap<>();
    evidence.events().forEach(e -> events.put(e.period(), e));
    Map<String, DyadEventPeriod> texts = new HashMap<>();
    evidence.textEvents().forEach(e -> texts.put(e.period(), e));
    Map<Integer, TieYear> ties = new HashMap<>();
    evidence.ties().forEach(t -> ties.put(t.year(), t));
    Scores scores = new Scores(evidence.scores(), evidence.scoresCovered());
    List<DyadRelation> relations = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      if (unit == EventPeriod.YEAR) {
        relations.add(
            relation(
                evidence, Integer.toString(year), year, null, votes, events, texts, ties, scores));
      } else {
        for (int month = 1; month <= 12; month++) {
          YearMonth ym = YearMonth.of(year, month);
          relations.add(
              relation(evidence, ym.toString(), year, ym, votes, events, texts, ties, scores));
        }
      }
    }
    return relations;
  }

  private static DyadRelation relation(
      Evidence evidence,
      String period,
      int year,
      YearMonth month,
      Map<Integer, VoteAffinity> votes,
      Map<String, DyadEventPeriod> events,
      Map<String, DyadEventPeriod> texts,
      Map<Integer, TieYear> ties,
      Scores scores) {
    VoteAffinity affinity = votes.get(year);
    TieYear tie = ties.get(year);
    List<Veto> vetoes = tie == null ? List.of() : jointVetoes(tie, month);
    List<RelationPart> parts =
        List.of(
            votes(affinity, year),
            events(evidence, events.get(period), texts.get(period), scores, year, month),
            alliance(tie, evidence.atopLast()),
            sanctions(evidence, tie),
            vetoes(evidence, vetoes));
    int applicable = 0;
    int present = 0;
    for (RelationPart p : parts) {
      applicable += p.applicable() ? 1 : 0;
      present += p.present() ? 1 : 0;
    }
    RelationFits.Row fitted = evidence.estimates().get(year);
    Estimate relations =
        fitted == null ? Estimate.UNKNOWN : estimate(fitted.relationsMean(), fitted.relationsSd());
    Estimate alignment =
        fitted == null ? Estimate.UNKNOWN : estimate(fitted.alignmentMean(), fitted.alignmentSd());
    return new DyadRelation(
        evidence.a(),
        evidence.b(),
        period,
        relations,
        alignment,
        relations.sign(),
        applicable == 0 ? 0 : present / (double) applicable,
        affinity == null ? Double.NaN : affinity.kappa(),
        vetoes.size(),
        fitted == null ? List.of() : RelationFit.sources(fitted.basis()),
        parts);
  }

  private static Estimate estimate(double mean, double sd) {
    return Double.isNaN(mean) || Double.isNaN(sd) ? Estimate.UNKNOWN : new Estimate(mean, sd);
  }

  private static RelationPart votes(VoteAffinity v, int year) {
    if (v == null) {
      return RelationPart.missing(
          RelationComponent.VOTES, "no UN General Assembly votes cast by both in " + year);
    }
    return new RelationPart(
        RelationComponent.VOTES,
        clip(v.relative()),
        true,
        String.format(
            Locale.ROOT,
            "κ %.3f over %d roll calls of %d; usual κ %.3f and %.3f",
            v.kappa(),
            v.votes(),
            year,
            v.usualA(),
            v.usualB()),
        List.of("UN General Assembly roll calls of " + year + " (entente alignment --evidence)"));
  }

  /**
   * Machine-coded events of the period if the store has any; else the aggregated scores if they
   * cover it; else events coded from articles, which are few and chosen by their authors, and so
   * fill gaps rather than outweigh a dataset's thousands.
   */
  private static RelationPart events(
      Evidence evidence,
      DyadEventPeriod raw,
      DyadEventPeriod text,
      Scores scores,
      int year,
      YearMonth month) {
    if (raw != null && raw.events() > 0) {
      return counted(evidence, raw, "raw events in the store");
    }
    RelationPart fromScores = scores.part(year, month);
    if (fromScores.present() || text == null || text.events() == 0) {
      return fromScores;
    }
    return counted(evidence, text, "events coded from articles");
  }

  private static RelationPart counted(Evidence evidence, DyadEventPeriod p, String what) {
    return new RelationPart(
        RelationComponent.EVENTS,
        clip(p.goldsteinMean() / 10),
        true,
        String.format(
            Locale.ROOT,
            "%d %s (%d/%d/%d/%d by QuadClass), mean Goldstein %.3f",
            p.events(),
            what,
            p.verbalCoop(),
            p.materialCoop(),
            p.verbalConflict(),
            p.materialConflict(),
            p.goldsteinMean()),
        List.of(what + " (entente events " + evidence.a() + " " + evidence.b() + " --list)"));
  }

  private static RelationPart alliance(TieYear tie, TieYear atopLast) {
    if (tie == null) {
      return RelationPart.missing(RelationComponent.ALLIANCE, "no alliance data for the year");
    }
    ObligationYear year = tie.obligations();
    String assumed = "";
    if (year.basis() == ObligationYear.Basis.NONE
        && atopLast != null
        && tie.year() > atopLast.year()
        && atopLast.obligations().basis() == ObligationYear.Basis.ATOP) {
      year = atopLast.obligations();
      assumed = " (ATOP's " + atopLast.year() + " obligations, assumed to continue)";
    }
    Obligations o = year.obligations();
    double value = o.defense() || o.offense() ? 1 : o.neutral() ? 0.5 : 0;
    List<String> names = new ArrayList<>();
    for (String name : Obligations.NAMES) {
      if (o.get(name)) {
        names.add(name);
      }
    }
    return new RelationPart(
        RelationComponent.ALLIANCE,
        value,
        true,
        (names.isEmpty() ? "no obligation" : String.join("+", names)) + assumed,
        year.citations());
  }

  private static RelationPart sanctions(Evidence evidence, TieYear tie) {
    if (tie == null) {
      return RelationPart.missing(RelationComponent.SANCTIONS, "no sanctions data for the year");
    }
    double value = 0;
    List<String> seen = new ArrayList<>();
    for (SanctionsRelation s : tie.sanctions()) {
      // Every relation but the UN's is one side's (or its EU's) measures against the other.
      boolean own = !s.authority().equals(SanctionsRelations.UN);
      value = Math.min(value, own ? -1 : -0.5);
      List<String> what = new ArrayList<>(s.programs());
      s.regimes().forEach(r -> what.add(r.id()));
      seen.add(s.label() + ": " + String.join(", ", what));
    }
    return new RelationPart(
        RelationComponent.SANCTIONS,
        value,
        true,
        seen.isEmpty()
            ? "none in the designation lists or the regime table"
            : String.join("; ", seen),
        seen);
  }

  private static RelationPart vetoes(Evidence evidence, List<Veto> vetoes) {
    if (!evidence.permanentPair()) {
      return new RelationPart(
          RelationComponent.JOINT_VETOES,
          Double.NaN,
          false,
          "not two permanent members",
          List.of());
    }
    return new RelationPart(
        RelationComponent.JOINT_VETOES,
        Math.min(1, vetoes.size() / 2.0),
        true,
        vetoes.size() + " cast together",
        vetoes.stream().map(v -> v.draft() + " (" + v.date() + ")").toList());
  }

  private static List<Veto> jointVetoes(TieYear tie, YearMonth month) {
    if (month == null) {
      return tie.jointVetoes();
    }
    return tie.jointVetoes().stream().filter(v -> YearMonth.from(v.date()).equals(month)).toList();
  }

  private static double clip(double x) {
    return Math.max(-1, Math.min(1, x));
  }

  /** The pair's monthly scores, scaled by its mean absolute month. */
  private static final class Scores {
    private final Map<YearMonth, ScorePeriod> byMonth = new HashMap<>();
    private final YearMonth first;
    private final YearMonth last;
    private double scale;

    Scores(List<ScorePeriod> scores, LocalDate[] covered) {
      first = covered == null ? null : YearMonth.from(covered[0]);
      last = covered == null ? null : YearMonth.from(covered[1]);
      double total = 0;
      for (ScorePeriod s : scores) {
        if (byMonth.putIfAbsent(YearMonth.from(s.start()), s) == null) {
          total += Math.abs(s.scoreSum());
        }
      }
      // Over every month the dataset covers: months without a row score 0.
      long months = first == null ? 0 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
      scale = months == 0 ? 0 : total / months;
    }

    RelationPart part(int year, YearMonth month) {
      if (first == null || byMonth.isEmpty() || scale == 0) {
        return RelationPart.missing(
            RelationComponent.EVENTS, "no events and no aggregated scores for the pair");
      }
      YearMonth from = month == null ? YearMonth.of(year, 1) : month;
      YearMonth to = month == null ? YearMonth.of(year, 12) : month;
      if (from.isBefore(first)) {
        from = first;
      }
      if (to.isAfter(last)) {
        to = last;
      }
      if (from.isAfter(to)) {
        return RelationPart.missing(
            RelationComponent.EVENTS,
            "no events in the store; the aggregated scores cover " + first + " … " + last);
      }
      double sum = 0;
      int months = 0;
      List<String> rows = new ArrayList<>();
      String dataset = null;
      for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
        months++;
        ScorePeriod s = byMonth.get(m);
        if (s != null) {
          sum += s.scoreSum();
          dataset = s.provenance().dataset() + " (" + s.provenance().file() + ")";
          rows.add(m + ": " + s.provenance().file() + " line " + s.provenance().lines().get(0));
        }
      }
      double value = sum / months / scale;
      return new RelationPart(
          RelationComponent.EVENTS,
          clip(value),
          true,
          String.format(
              Locale.ROOT,
              "score %.1f over %d month(s) %s … %s, against the pair's mean absolute month %.1f%s",
              sum,
              months,
              from,
              to,
              scale,
              dataset == null ? "" : "; " + dataset),
          rows);
    }
  }
}
