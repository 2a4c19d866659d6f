package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analyze.DyadChange;
import org.entente.analyze.Watching;
import org.entente.domain.Dyad;
import org.entente.report.AtomFeedCheck;
import org.entente.serve.ApiServer;
import org.entente.store.Store;
import org.entente.store.Watches;
import org.entente.testing.BundledStore;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watching pairs as a user does it ({@code watch}, {@code alerts}, the alerts after an import), and
 * a watch on KOR–PRK replayed month by month over the bundled GDELT scores of 2018–2022, its alerts
 * served as JSON and as an Atom feed.
 */
class WatchCommandIT {

  private static final Path SAMPLE = CoreFixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;

  @Test
  void watchListRemoveAndTheAlertsOfTheNextImport() throws Exception {
    String db = BundledStore.copyTo(dir.resolve("w.duckdb")).toString();
    CliRun none = CliRun.of("alerts", "--db", db);
    assertThat(none.exitCode()).isZero();
    assertThat(none.err()).contains("no pairs are watched");

    CliRun add = CliRun.of("watch", "add", "CHN", "RUS", "--db", db);
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("Watching 1 more pair(s) (1 in all)");
    CliRun triad = CliRun.of("watch", "add", "China", "RUS", "PRK", "--db", db);
    assertThat(triad.out()).contains("Watching 2 more pair(s) (3 in all), 1 watched already");
    CliRun many = CliRun.of("watch", "add", "USA", "JPN", "KOR", "CHN", "--db", db);
    assertThat(many.exitCode()).isEqualTo(2);
    assertThat(many.err()).contains("4 states make 6 pairs: add --all");
    assertThat(CliRun.of("watch", "list", "--db", db).out())
        .isEqualTo("CHN PRK\nCHN RUS\nPRK RUS\n".replace("\n", System.lineSeparator()));

    // An import, then the first read: the model is fitted again and the watch runs on it.
    assertThat(CliRun.of("import-events", SAMPLE.toString(), "--db", db).exitCode()).isZero();
    CliRun after = CliRun.of("alerts", "--db", db, "--format", "csv");
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.err()).containsPattern("Watched pairs: 3, new alerts: \\d+");
    assertThat(after.out()).startsWith("id,raised_at,a,b,measure,period,before,after,evidence");

    CliRun shortSecret =
        CliRun.of("watch", "webhook", "http://127.0.0.1:9/hook", "--secret", "short", "--db", db);
    assertThat(shortSecret.exitCode()).isEqualTo(1);
    assertThat(shortSecret.err()).contains("16 characters or more");
    CliRun notHttp =
        CliRun.of("watch", "webhook", "ftp://example.org/x", "--secret", "x", "--db", db);
    assertThat(notHttp.err()).contains("http:// or https:// address");
    Path secret = dir.resolve("secret");
    java.nio.file.Files.writeString(secret, "0123456789abcdef0123\n");
    CliRun hook =
        CliRun.of(
            "watch",
            "webhook",
            "http://127.0.0.1:9/hook",
            "--secret-file",
            secret.toString(),
            "--db",
            db);
    assertThat(hook.exitCode()).as(hook.err()).isZero();
    assertThat(CliRun.of("watch", "list", "--db", db).err())
        .contains("Alerts are sent to http://127.0.0.1:9/hook");
    assertThat(CliRun.of("watch", "webhook", "--off", "--db", db).out()).contains("sent nowhere");
    assertThat(CliRun.of("watch", "list", "--db", db).err()).doesNotContain("Alerts are sent");

    CliRun remove = CliRun.of("watch", "remove", "CHN", "RUS", "--db", db);
    assertThat(remove.out()).contains("No longer watching 1 pair(s)");
    assertThat(CliRun.of("watch", "list", "--db", db).out()).doesNotContain("CHN RUS");
  }

  /**
   * After each month of 2018–2022 the watcher sees the series as they stood then ({@link
   * Watching#series} through that month: the events component scaled by the months seen so far). It
   * raises the turn of 2019 downward, when North Korea's first missile tests since 2017 (4 and 9
   * May 2019) followed the failed Hanoi summit, with the GDELT score rows behind it; an online
   * detector on noisy monthly scores raises it months after (in 2020-02, BENCHMARKS.md,
   * "Watching"). April 2018 and June 2020 are not turning points of these scores: they begin in
   * 2018-01, already warm with the Olympic talks, and June 2020's −2,587 is one month below a level
   * that stayed.
   */
  @Test
  void aReplayOfKorPrkRaisesThe2019TurnWithItsEvidenceAndServesItAsJsonAndAtom() throws Exception {
    Path file = BundledStore.copyTo(dir.resolve("replay.duckdb"));
    Dyad pair = Dyad.of("KOR", "PRK");
    Map<String, YearMonth> raisedIn = new LinkedHashMap<>();
    List<DyadChange> found = new ArrayList<>();
    try (Store store = Store.open(file, "1GB")) {
      Set<String> known = new HashSet<>();
      Watches watches = new Watches(store);
      watches.add(List.of(pair));
      for (YearMonth m = YearMonth.of(2018, 1);
          !m.isAfter(YearMonth.of(2022, 12));
          m = m.plusMonths(1)) {
        List<DyadChange> fresh = Watching.fresh(store, List.of(pair), known, m, true);
        for (DyadChange c : fresh) {
          known.add(Watches.key(pair.a(), pair.b(), c.measure().key(), c.date()));
          raisedIn.put(c.measure().key() + " " + c.date(), m);
          found.add(c);
        }
        Instant endOfMonth = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        watches.record(fresh, false, endOfMonth);
      }
    }
    assertThat(raisedIn).containsKey("events 2019-05");
    assertThat(raisedIn.get("events 2019-05"))
        .isBetween(YearMonth.of(2019, 5), YearMonth.of(2020, 12));
    DyadChange may2019 =
        found.stream().filter(c -> c.date().equals("2019-05")).findFirst().orElseThrow();
    assertThat(may2019.rise()).isFalse();
    assertThat(may2019.evidence())
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("gdelt-graph score 2019-")
                    .contains("(gdelt_graph_all_pairs_monthly.csv.gz:"));

    try (ApiServer server =
        ApiServer.start(
            Store.open(file, "1GB", Store.Access.READ_ONLY, Duration.ZERO, w -> {}),
            "127.0.0.1",
            0,
            null,
            System.err)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> api =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/alerts?since=2019-01-01")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(200);
      JsonNode alerts = new ObjectMapper().readTree(api.body());
      assertThat(alerts).hasSize(found.size());
      assertThat(alerts.findValuesAsText("period")).contains("2019-05");

      HttpResponse<byte[]> feed =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/feeds/alerts.atom")).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(feed.statusCode()).isEqualTo(200);
      assertThat(feed.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
      assertThat(AtomFeedCheck.problems(feed.body())).isEmpty();
      assertThat(new String(feed.body(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("<title>KOR–PRK: events fell in 2019-05</title>")
          .contains("dyad.html?a=KOR&amp;b=PRK");
    }
  }
}
