package org.entente.analyze.judgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.Estimate;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.domain.Obligations;
import org.junit.jupiter.api.Test;

/**
 * Judgements from hand-built facts: a direction only beyond the uncertainty, a closest pair only
 * where the intervals set it apart, an alliance only with defence obligations, and the warnings
 * where the evidence is thin. The values are made up to sit on either side of each bar.
 */
class JudgementsTest {

  static final int FROM = 2017;
  static final int TO = 2026;

  /** A pair's years {@code FROM…} with these means and one sd; NaN for a year without evidence. */
  static PairFacts pair(String a, String b, double sd, Obligations o, double... means) {
    List<DyadRelation> years = new ArrayList<>();
    for (int i = 0; i < means.length; i++) {
      years.add(relation(a, b, FROM + i, means[i], sd, 90, i < means.length - 2));
    }
    return new PairFacts(new Pair(a, b), years, o, FROM + means.length - 1, List.of());
  }

  static DyadRelation relation(
      String a, String b, int year, double mean, double sd, int rollCalls, boolean events) {
    Estimate e = Double.isNaN(mean) ? Estimate.UNKNOWN : new Estimate(mean, sd);
    List<RelationPart> parts =
        List.of(
            Double.isNaN(mean)
                ? new RelationPart(RelationComponent.VOTES, Double.NaN, true, "no votes", List.of())
                : new RelationPart(
                    RelationComponent.VOTES,
                    0,
                    true,
                    "κ 0.500 over " + rollCalls + " roll calls of " + year,
                    List.of()),
            events && !Double.isNaN(mean)
                ? new RelationPart(RelationComponent.EVENTS, 0.1, true, "scores", List.of())
                : new RelationPart(RelationComponent.EVENTS, Double.NaN, true, "none", List.of()));
    return new DyadRelation(
        a, b, Integer.toString(year), e, Estimate.UNKNOWN, e.sign(), 1, 0.5, 0, List.of(), parts);
  }

  static final Obligations DEFENCE = new Obligations(true, false, false, false, true);
  static final Obligations CONSULT = new Obligations(false, false, false, true, true);

  @Test
  void aFallBeyondTheIntervalIsCoolingFromItsPeak() {
    // Flat, then +0.39 in 2023 falling to +0.09 in 2026, narrow intervals.
    PairFacts p =
        pair("CHN", "RUS", 0.01, CONSULT, 0.1, 0.1, 0.1, 0.1, 0.1, 0.37, 0.39, 0.27, 0.10, 0.09);
    Statement.Trend t =
        Judgements.trend(p, 2022, TO).map(Statement.Trend.class::cast).orElseThrow();
    assertThat(t.direction()).isEqualTo(Statement.Direction.COOLING);
    assertThat(t.since()).isEqualTo(2023);
    assertThat(t.from().mean()).isEqualTo(0.39);
    assertThat(t.overall()).isEqualTo(Statement.Direction.COOLING);
    assertThat(t.start()).isEqualTo(2022);
  }

  @Test
  void theSameFallWithinWideIntervalsIsNoDirection() {
    // The model's intervals wider than the move: the judgement may not call it cooling.
    PairFacts p =
        pair("CHN", "RUS", 0.25, CONSULT, 0.1, 0.1, 0.1, 0.1, 0.1, 0.37, 0.39, 0.27, 0.10, 0.09);
    Statement.Trend t =
        Judgements.trend(p, 2022, TO).map(Statement.Trend.class::cast).orElseThrow();
    assertThat(t.direction()).isEqualTo(Statement.Direction.STABLE);
    assertThat(t.overall()).isEqualTo(Statement.Direction.STABLE);
    assertThat(t.margin()).isGreaterThan(0.3);
  }

  @Test
  void aRiseAfterATroughIsWarmingFromTheTrough() {
    PairFacts p = pair("RUS", "PRK", 0.01, DEFENCE, 0, 0, 0, 0, 0, 0.30, 0.05, 0.02, 0.30, 0.45);
    Statement.Trend t =
        Judgements.trend(p, 2022, TO).map(Statement.Trend.class::cast).orElseThrow();
    assertThat(t.direction()).isEqualTo(Statement.Direction.WARMING);
    assertThat(t.since()).isEqualTo(2024);
    assertThat(t.overall()).isEqualTo(Statement.Direction.WARMING);
  }

  @Test
  void theClosestPairIsTiedWhenTheIntervalsOverlap() {
    PairFacts ab = pair("A", "B", 0.2, CONSULT, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.30);
    PairFacts ac = pair("A", "C", 0.2, DEFENCE, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.32);
    PairFacts bc = pair("B", "C", 0.01, DEFENCE, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.40);
    Judgement j = Judgements.of(List.of("A", "B", "C"), List.of(ab, ac, bc), FROM, TO);
    Statement.Closest c = j.all(Statement.Closest.class).get(0);
    assertThat(c.pair()).isEqualTo(new Pair("A", "C"));
    assertThat(c.tied()).containsExactly(new Pair("A", "B"));
    assertThat(c.next()).isEqualTo(new Pair("B", "C"));
    Statement.Alliance alliance = j.all(Statement.Alliance.class).get(0);
    assertThat(alliance.allBound()).isFalse();
    assertThat(alliance.unbound()).containsExactly(new Pair("A", "B"));
  }

  @Test
  void thinEvidenceIsNamed() {
    List<DyadRelation> years = new ArrayList<>();
    for (int y = FROM; y <= TO; y++) {
      int calls = y == TO ? 9 : 80;
      double mean = y == 2024 ? Double.NaN : 0.2;
      years.add(relation("CHN", "PRK", y, mean, 0.05, calls, y <= 2023));
    }
    PairFacts p = new PairFacts(new Pair("CHN", "PRK"), years, DEFENCE, TO, List.of());
    List<Statement> caveats = new ArrayList<>();
    caveats.addAll(Judgements.fewRollCalls(p, 2022, TO));
    Judgements.eventsEnd(p, FROM, TO).ifPresent(caveats::add);
    Judgements.noEstimate(p, 2022, TO).ifPresent(caveats::add);
    assertThat(caveats)
        .containsExactly(
            new Statement.FewRollCalls(
                p.pair(), TO, 9, 80, List.of(new Evidence.Relation(p.pair(), TO))),
            new Statement.EventsEnd(
                p.pair(), 2023, TO, List.of(new Evidence.Relation(p.pair(), 2023))),
            new Statement.NoEstimate(p.pair(), List.of(2024), List.of("votes", "events")));
  }

  @Test
  void aPairWithoutAnyEstimateHasNoTrendButSaysWhatIsMissing() {
    List<DyadRelation> years = new ArrayList<>();
    for (int y = FROM; y <= TO; y++) {
      years.add(relation("X", "Y", y, Double.NaN, 0, 0, false));
    }
    PairFacts p = new PairFacts(new Pair("X", "Y"), years, Obligations.NONE, TO, List.of());
    Judgement j = Judgements.of(List.of("X", "Y"), List.of(p), FROM, TO);
    assertThat(j.all(Statement.Trend.class)).isEmpty();
    assertThat(j.all(Statement.NoEstimate.class).get(0).years()).hasSize(5);
    assertThat(j.all(Statement.Bond.class).get(0).bound()).isFalse();
  }
}
