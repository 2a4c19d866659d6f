package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.entente.analyze.Alert;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.domain.Dyad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watched pairs and alerts kept in the store: each once, baselines never raised, nothing lost. */
class WatchesTest {

  @TempDir Path dir;

  private static DyadChange change(String a, String b, String period, String evidence) {
    return new DyadChange(
        a, b, ChangeMeasure.EVENTS, period, 1.0, -0.5, "2018-01", "2020-12", List.of(evidence));
  }

  @Test
  void pairsAndAlertsRoundTrip() {
    Path file = dir.resolve("w.duckdb");
    Instant first = Instant.parse("2026-12-01T00:00:00Z");
    Instant second = Instant.parse("2026-12-05T00:00:00Z");
    try (Store store = Store.open(file, "1GB")) {
      Watches watches = new Watches(store);
      assertThat(watches.add(List.of(Dyad.of("RUS", "CHN"), Dyad.of("KOR", "PRK"))))
          .containsExactly(Dyad.of("CHN", "RUS"), Dyad.of("KOR", "PRK"));
      assertThat(watches.add(List.of(Dyad.of("CHN", "RUS")))).isEmpty();

      // Given in either order, kept in code order, each once.
      List<Alert> baseline =
          watches.record(List.of(change("PRK", "KOR", "2019-05", "old")), true, first);
      assertThat(baseline).hasSize(1);
      List<Alert> raised =
          watches.record(
              List.of(
                  change("KOR", "PRK", "2019-05", "again"),
                  change(
                      "KOR", "PRK", "2020-06", "gdelt-graph score 2020-06 −2586.7 (f.csv.gz:7)")),
              false,
              second);
      assertThat(raised)
          .singleElement()
          .satisfies(a -> assertThat(a.change().date()).isEqualTo("2020-06"));
      assertThat(watches.known())
          .containsExactlyInAnyOrder("KOR PRK events 2019-05", "KOR PRK events 2020-06");
    }
    // Read back after closing, read-only: the baseline is not listed, the alert is whole.
    try (Store store =
        Store.open(file, "1GB", Store.Access.READ_ONLY, java.time.Duration.ZERO, w -> {})) {
      Watches watches = new Watches(store);
      assertThat(watches.pairs()).containsExactly(Dyad.of("CHN", "RUS"), Dyad.of("KOR", "PRK"));
      List<Alert> alerts = watches.alerts(null, 10);
      assertThat(alerts).singleElement();
      Alert a = alerts.get(0);
      assertThat(a.raisedAt()).isEqualTo(second);
      assertThat(a.change())
          .isEqualTo(
              change("KOR", "PRK", "2020-06", "gdelt-graph score 2020-06 −2586.7 (f.csv.gz:7)"));
      assertThat(watches.alerts(second.plusSeconds(1), 10)).isEmpty();
    }
    try (Store store = Store.open(file, "1GB")) {
      Watches watches = new Watches(store);
      assertThat(watches.remove(List.of(Dyad.of("PRK", "KOR"), Dyad.of("USA", "JPN"))))
          .containsExactly(Dyad.of("KOR", "PRK"));
      assertThat(watches.alerts(null, 10)).hasSize(1); // alerts outlive the watch
    }
  }
}
