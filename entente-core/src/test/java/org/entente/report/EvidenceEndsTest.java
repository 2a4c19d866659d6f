package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.report.brief.BriefingLanguage;
import org.entente.store.StoreSummary.Freshness;
import org.junit.jupiter.api.Test;

/**
 * Where the evidence ends, from what {@code status} lists for the bundled store (its lines copied
 * from {@code entente status} on the bundled data, 2026-12-07).
 */
class EvidenceEndsTest {

  private static final List<Freshness> BUNDLED =
      List.of(
          new Freshness("UN votes", "1946-01-01", "2026-06-04", "2026-12-07 17:31"),
          new Freshness(
              "event scores (gdelt-graph, by day)", "2018-01-01", "2018-07-20", "2026-12-07 17:31"),
          new Freshness(
              "event scores (gdelt-graph, by month)", "2018-01", "2024-02", "2026-12-07 17:31"),
          new Freshness("sanctions list (MOF)", "2026-08-28", "2026-08-28", "2026-12-07 17:31"),
          new Freshness("sanctions list (OFAC)", "2024-05-03", "2024-05-03", "2026-12-07 17:31"),
          new Freshness("sanctions list (UN)", "2026-02-27", "2026-02-27", "2026-12-07 17:31"),
          new Freshness("Security Council vetoes", "1946-02-16", "2025-09-18", "2026-12-07 17:31"),
          new Freshness("alliances (ATOP)", "1815", "2018", "2026-12-07 17:31"),
          new Freshness("militarized disputes", "1946", "2014", "2026-12-07 17:31"));

  @Test
  void eventsEndWithTheirLatestDatasetAndOnlyUpdatedComponentsAreNamed() {
    EvidenceEnds ends = EvidenceEnds.of(BUNDLED);
    assertThat(ends.all())
        .extracting(EvidenceEnds.End::component, EvidenceEnds.End::through)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("votes", "2026-06-04"),
            org.assertj.core.groups.Tuple.tuple("events", "2024-02"),
            org.assertj.core.groups.Tuple.tuple("vetoes", "2025-09-18"),
            org.assertj.core.groups.Tuple.tuple("sanctions", "2024-05-03"),
            org.assertj.core.groups.Tuple.tuple("sanctions", "2026-02-27"),
            org.assertj.core.groups.Tuple.tuple("sanctions", "2026-08-28"));
  }

  @Test
  void aTableToTheCurrentYearSaysWhereEachEndsInEitherLanguage() {
    EvidenceEnds ends = EvidenceEnds.of(BUNDLED);
    assertThat(ends.sentence(2026, BriefingLanguage.EN))
        .isEqualTo(
            "Evidence ends: UN votes through 2026-06-04; events through 2024-02 (event scores:"
                + " gdelt-graph, by month); Security Council vetoes through 2025-09-18; sanctions"
                + " lists as of 2024-05-03 (OFAC), 2026-02-27 (UN), 2026-08-28 (MOF). Later periods"
                + " are judged without that component: missing, not zero.");
    assertThat(ends.sentence(2026, BriefingLanguage.JA))
        .startsWith("根拠の範囲：国連総会の投票は2026-06-04まで、出来事は2024-02まで（")
        .contains("制裁リストは2024-05-03 (OFAC)、2026-02-27 (UN)、2026-08-28 (MOF)時点")
        .endsWith("（ゼロではなく欠損）。");
  }

  @Test
  void aTableThatStopsBeforeEveryEndSaysNothing() {
    EvidenceEnds ends = EvidenceEnds.of(BUNDLED);
    assertThat(ends.before(2023)).isEmpty();
    assertThat(ends.sentence(2023, BriefingLanguage.EN)).isEmpty();
    // 2024: the events (February) and the OFAC list (May) end inside the year.
    assertThat(ends.before(2024))
        .extracting(EvidenceEnds.End::source)
        .containsExactly("event scores (gdelt-graph, by month)", "sanctions list (OFAC)");
  }
}
