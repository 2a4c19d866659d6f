package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.analyze.change.Penalty;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Turning points on the bundled data (issue 9): China–Russia UN-vote agreement rose in the late
 * 1990s, after the 1996 "strategic partnership" and before the 2001 treaty, and the default search
 * finds it with the roll calls behind it.
 */
class DyadChangesIT {

  @TempDir static Path dir;
  private static Store store;
  private static RelationSources sources;
  private static DyadChanges changes;

  @BeforeAll
  static void load() {
    store = org.entente.testing.FittedStore.openCopy(dir.resolve("changes.duckdb"));
    sources = RelationSources.of(store);
    changes = new DyadChanges(sources);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void chinaRussiaKappaRisesInTheLateNineties() {
    DyadSeries kappa =
        changes.series("CHN", "RUS", ChangeMeasure.KAPPA, EventPeriod.YEAR, null, null);
    assertThat(kappa.label(0)).isEqualTo("1971");
    List<DyadChange> found = changes.find(kappa, Penalty.MBIC);
    DyadChange rise =
        found.stream()
            .filter(c -> Integer.parseInt(c.date()) >= 1996 && Integer.parseInt(c.date()) <= 2000)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no change in 1996–2000: " + found));
    assertThat(rise.rise()).isTrue();
    assertThat(rise.before()).isLessThan(0.05);
    assertThat(rise.after()).isGreaterThan(0.2);
    assertThat(rise.evidence().get(0)).startsWith("votes ");
    // Roll calls named by their resolution symbols: R/53/… from Voeten's data.
    assertThat(rise.evidence().stream().filter(e -> e.matches("joined on R/5\\d/.*")).count())
        .isGreaterThanOrEqualTo(2);
  }

  /** Since 1992, as the relation command starts: the rise is found there too. */
  @Test
  void sinceTheColdWarTheRiseIsStillThere() {
    DyadSeries kappa =
        changes.series("CHN", "RUS", ChangeMeasure.KAPPA, EventPeriod.YEAR, 1992, 2026);
    List<DyadChange> found = changes.find(kappa, Penalty.MBIC);
    assertThat(found)
        .anySatisfy(
            c -> {
              assertThat(Integer.parseInt(c.date())).isBetween(1996, 2000);
              assertThat(c.rise()).isTrue();
            });
  }

  /** The index skips years without votes or events; the events series comes from the scores. */
  @Test
  void indexAndEventsSeries() {
    DyadSeries index =
        changes.series("KOR", "PRK", ChangeMeasure.INDEX, EventPeriod.YEAR, 1992, 2025);
    assertThat(index.size()).isEqualTo(34);
    DyadSeries events =
        changes.series("KOR", "PRK", ChangeMeasure.EVENTS, EventPeriod.MONTH, 2018, 2024);
    assertThat(events.label(0)).isEqualTo("2018-01");
    assertThat(events.label(events.size() - 1)).isEqualTo("2024-02");
    assertThat(events.skipped()).contains("2024-03", "2024-12");
    List<DyadChange> found = changes.find(events, Penalty.MBIC);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).evidence()).anyMatch(e -> e.startsWith("gdelt-graph score "));
  }

  /**
   * The alignment series is the relation's alignment dimension, year by year, its years without an
   * estimate left out and named: whatever the model has, the series neither invents nor drops one.
   */
  @Test
  void theAlignmentSeriesIsTheRelationsAlignmentDimension() {
    DyadSeries alignment =
        changes.series("CHN", "DEU", ChangeMeasure.ALIGNMENT, EventPeriod.YEAR, 1992, 2025);
    List<DyadRelation> relations = sources.relations("CHN", "DEU", EventPeriod.YEAR, 1992, 2025);
    assertThat(alignment.measure()).isEqualTo(ChangeMeasure.ALIGNMENT);
    assertThat(alignment.values())
        .containsExactly(
            relations.stream()
                .mapToDouble(r -> r.alignment().mean())
                .filter(m -> !Double.isNaN(m))
                .toArray());
    assertThat(alignment.skipped())
        .isEqualTo(
            relations.stream()
                .filter(r -> !r.alignment().known())
                .map(DyadRelation::period)
                .toList());
  }

  @Test
  void anOnlineMonitorOfTheKoreanEventsRaisesTheEndOfThe2018Thaw() {
    DyadSeries events =
        changes.series("KOR", "PRK", ChangeMeasure.EVENTS, EventPeriod.MONTH, 2018, 2024);
    List<DyadChange> found = changes.findOnline(events, 24);
    assertThat(found).isNotEmpty();
    DyadChange first = found.get(0);
    assertThat(first.date()).startsWith("2019");
    assertThat(first.after()).isLessThan(first.before());
  }
}
