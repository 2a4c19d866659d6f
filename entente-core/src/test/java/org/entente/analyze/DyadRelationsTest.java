package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.store.RelationFits;
import org.junit.jupiter.api.Test;

/** Hand-computed relations from evidence written here, each number worked out in a comment. */
class DyadRelationsTest {

  private static final Dyad AB = Dyad.of("AAA", "BBB");

  private static TieYear noTies(int year) {
    return new TieYear(
        AB,
        year,
        new ObligationYear(AB, year, Obligations.NONE, ObligationYear.Basis.NONE, List.of()),
        List.of(),
        List.of());
  }

  private static ScorePeriod month(String ym, double score) {
    LocalDate start = LocalDate.parse(ym + "-01");
    return new ScorePeriod(
        "AAA",
        "BBB",
        AggregateSeries.Unit.MONTH,
        start,
        ym,
        score,
        10,
        new AggregateSeries.Provenance("scores", "monthly.csv", List.of(2L)));
  }

  private static DyadRelations.Evidence evidence(
      List<VoteAffinity> votes, List<ScorePeriod> scores, LocalDate[] covered, int from, int to) {
    List<TieYear> ties = new java.util.ArrayList<>();
    for (int y = from; y <= to; y++) {
      ties.add(noTies(y));
    }
    return new DyadRelations.Evidence(
        "AAA", "BBB", votes, List.of(), List.of(), scores, covered, ties, null, false, Map.of());
  }

  @Test
  void theIndexAndAlignmentAreTheStoredEstimatesWithASignOnlyWhenTheIntervalExcludesZero() {
    // 2000: relations 0.30 ± 0.10 → 80 % interval 0.30 ∓ 1.2816 × 0.10 = [0.172, 0.428]: +
    // 2001: relations 0.10 ± 0.10 → [−0.028, 0.228] holds 0: 0, whatever the mean's side
    // 2002: no stored row: unknown, and the components still shown
    DyadRelations.Evidence base =
        evidence(List.of(new VoteAffinity(2000, 0.5, 80, 0.2, 0.4)), List.of(), null, 2000, 2002);
    DyadRelations.Evidence e =
        new DyadRelations.Evidence(
            base.a(),
            base.b(),
            base.votes(),
            base.events(),
            base.textEvents(),
            base.scores(),
            base.scoresCovered(),
            base.ties(),
            null,
            false,
            Map.of(
                2000, new RelationFits.Row("AAA", "BBB", 2000, 0.3, 0.1, -0.2, 0.05, 0b1),
                2001,
                    new RelationFits.Row("AAA", "BBB", 2001, 0.1, 0.1, Double.NaN, Double.NaN, 0)));
    List<DyadRelation> r = DyadRelations.of(e, EventPeriod.YEAR, 2000, 2002);
    assertThat(r.get(0).index()).isEqualTo(0.3);
    assertThat(r.get(0).relations().lo()).isCloseTo(0.3 - 0.12815515655446004, within(1e-12));
    assertThat(r.get(0).sign()).isEqualTo(Sign.POSITIVE);
    assertThat(r.get(0).alignment().mean()).isEqualTo(-0.2);
    assertThat(r.get(0).basis()).containsExactly("peace-scale");
    assertThat(r.get(1).sign()).isEqualTo(Sign.NEUTRAL);
    assertThat(r.get(1).alignment().known()).isFalse();
    assertThat(r.get(2).index()).isNaN();
    assertThat(r.get(2).sign()).isEqualTo(Sign.UNKNOWN);
    // κ 0.5 against usual 0.2 and 0.4: relative 0.5 - 0.3 = 0.2, shown beside the estimate
    assertThat(r.get(0).part(RelationComponent.VOTES).value()).isCloseTo(0.2, within(1e-12));
    // votes, alliance and sanctions of the four applicable components have evidence
    assertThat(r.get(0).coverage()).isCloseTo(0.75, within(1e-12));
    assertThat(r.get(0).missing()).containsExactly("events");
  }

  @Test
  void scoresAreScaledByThePairsMeanAbsoluteMonthOverTheCoveredMonths() {
    // Coverage 2018-01 … 2018-04; the pair has rows for January (+30) and March (-10): the mean
    // absolute month is (30 + 0 + 10 + 0) / 4 = 10. January alone: 30 / 10 = 3, clipped to 1;
    // March: -10 / 10 = -1; February (covered, no row): 0; May: not covered.
    LocalDate[] covered = {LocalDate.of(2018, 1, 1), LocalDate.of(2018, 4, 1)};
    List<DyadRelation> r =
        DyadRelations.of(
            evidence(
                List.of(new VoteAffinity(2018, 0.3, 50, 0.3, 0.3)),
                List.of(month("2018-01", 30), month("2018-03", -10)),
                covered,
                2018,
                2018),
            EventPeriod.MONTH,
            2018,
            2018);
    assertThat(r).hasSize(12);
    assertThat(r.get(0).part(RelationComponent.EVENTS).value()).isEqualTo(1.0);
    assertThat(r.get(1).part(RelationComponent.EVENTS).value()).isEqualTo(0.0);
    assertThat(r.get(2).part(RelationComponent.EVENTS).value()).isEqualTo(-1.0);
    assertThat(r.get(4).part(RelationComponent.EVENTS).present()).isFalse();
    // By year: (30 - 10) / 4 months / 10 = 0.5.
    DyadRelation year =
        DyadRelations.of(
                evidence(
                    List.of(new VoteAffinity(2018, 0.3, 50, 0.3, 0.3)),
                    List.of(month("2018-01", 30), month("2018-03", -10)),
                    covered,
                    2018,
                    2018),
                EventPeriod.YEAR,
                2018,
                2018)
            .get(0);
    assertThat(year.part(RelationComponent.EVENTS).value()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void withoutVotesOrEventsTheIndexIsUnknownNotZero() {
    List<DyadRelation> r =
        DyadRelations.of(
            evidence(List.of(), List.of(), null, 1950, 1950), EventPeriod.YEAR, 1950, 1950);
    assertThat(r.get(0).index()).isNaN();
    assertThat(r.get(0).sign()).isEqualTo(Sign.UNKNOWN);
  }

  @Test
  void aUnRegimeCountsHalfAndAStatesOwnProgrammeInFull() {
    SanctionsRelation un =
        new SanctionsRelation("UN", "BBB", 2010, List.of("UN-1"), 3, 0, LocalDate.of(2026, 1, 1));
    SanctionsRelation own =
        new SanctionsRelation("AAA", "BBB", 2011, List.of("P"), 3, 3, LocalDate.of(2026, 1, 1));
    List<TieYear> ties =
        List.of(
            new TieYear(AB, 2010, noTies(2010).obligations(), List.of(), List.of(un)),
            new TieYear(AB, 2011, noTies(2011).obligations(), List.of(), List.of(un, own)));
    DyadRelations.Evidence e =
        new DyadRelations.Evidence(
            "AAA",
            "BBB",
            List.of(new VoteAffinity(2010, 0, 9, 0, 0), new VoteAffinity(2011, 0, 9, 0, 0)),
            List.of(),
            List.of(),
            List.of(),
            null,
            ties,
            null,
            false,
            Map.of());
    List<DyadRelation> r = DyadRelations.of(e, EventPeriod.YEAR, 2010, 2011);
    assertThat(r.get(0).part(RelationComponent.SANCTIONS).value()).isEqualTo(-0.5);
    assertThat(r.get(1).part(RelationComponent.SANCTIONS).value()).isEqualTo(-1.0);
  }
}
