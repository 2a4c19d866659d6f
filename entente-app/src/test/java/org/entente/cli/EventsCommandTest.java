package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.testing.BundledStore;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente import-events} and {@code entente events} on the real ICEWS sample. */
class EventsCommandTest {

  @TempDir Path dir;

  /** The store a first use would make, copied rather than loaded again (see BundledStore). */
  private void bundledStore() {
    BundledStore.copyTo(dir.resolve("entente.duckdb"));
  }

  private static Path fixture(String name) {
    return CoreFixtures.path("events/" + name);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = dir.resolve("entente.duckdb").toString();
    return CliRun.of(all);
  }

  @Test
  void importsTheIcewsSampleAndCountsUsaPrkByDay() {
    bundledStore();
    String file = fixture("events.2018.sample.tab").toString();
    Path rejects = dir.resolve("rejects.csv");
    CliRun imported = run("import-events", "--rejects", rejects.toString(), file);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("Read 3705 rows from 1 file(s): 3705 imported, 0 duplicates, 0 rejected.");

    CliRun csv =
        run(
            "events",
            "USA",
            "North Korea",
            "--by",
            "day",
            "--from",
            "2018-06-01",
            "--to",
            "2018-06-02",
            "--format",
            "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    // 200 and 112 events, as EventImportTest counts them from the raw file; beside them the
    // bundled GDELT daily scores of the pair (gdelt_graph_key_states_daily.csv.gz: 2018-06-01
    // PRK,USA 2610.7675 and 2018-06-02 1348.1928).
    assertThat(csv.out())
        .isEqualTo(
            "a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                + "goldstein_sum,goldstein_mean,score_sum,score_days,score_dataset\n"
                + "USA,PRK,2018-06-01,200,197,1,2,0,565.600000000000,2.828000000000,"
                + "2610.767500000000"
                + ",1,gdelt-graph (gdelt_graph_key_states_daily.csv.gz)\n"
                + "USA,PRK,2018-06-02,112,110,0,2,0,305.700000000000,2.729464285714,"
                + "1348.192800000000"
                + ",1,gdelt-graph (gdelt_graph_key_states_daily.csv.gz)\n");

    CliRun list = run("events", "USA", "PRK", "--list", "--from", "2018-06-02", "--format", "csv");
    assertThat(list.out().lines().count()).isEqualTo(113);
    assertThat(list.out()).contains("events.2018.sample.tab:");

    CliRun again = run("import-events", file);
    assertThat(again.out()).contains("Already imported");
  }

  @Test
  void everyDirectedDyadOfTheGdeltSampleByDayMatchesItsGoldenFile() {
    bundledStore();
    String file = fixture("20150218230000.export.CSV").toString();
    assertThat(run("import-events", file).exitCode()).isZero();
    CliRun all = run("events", "--all", "--by", "day", "--format", "csv");
    assertThat(all.exitCode()).as(all.err()).isZero();
    // 197 dyad-days of 470 events between two states, as the Spark job counts them (spark/,
    // AggregateJobIT, which also counts some of them from the raw lines).
    assertThat(all.out().lines().count()).isEqualTo(198);
    Golden.assertMatches("events-all-gdelt-sample-by-day.csv", all.out());
  }

  @Test
  void everyDirectedDyadOfTheIcewsSampleByMonthAddsUpToThePairs() {
    bundledStore();
    String file = fixture("events.2018.sample.tab").toString();
    assertThat(run("import-events", file).exitCode()).isZero();
    CliRun all = run("events", "--all", "--by", "month", "--format", "csv");
    assertThat(all.exitCode()).as(all.err()).isZero();
    // USA→PRK and PRK→USA add up to the undirected pair of the first test: 200 + 112 events.
    long usaPrk =
        all.out()
            .lines()
            .filter(l -> l.startsWith("icews,USA,PRK,") || l.startsWith("icews,PRK,USA,"))
            .mapToLong(l -> Long.parseLong(l.split(",")[4]))
            .sum();
    assertThat(usaPrk).isEqualTo(312);

    CliRun plover = run("events", "USA", "PRK", "--by", "day", "--plover", "--format", "csv");
    assertThat(plover.out().lines().findFirst().orElseThrow())
        .endsWith(
            "score_dataset,plover_agree,plover_consult,plover_support,plover_concede,"
                + "plover_cooperate,plover_aid,plover_retreat,plover_request,plover_accuse,"
                + "plover_reject,plover_threaten,plover_protest,plover_sanction,plover_mobilize,"
                + "plover_coerce,plover_assault");
  }

  /**
   * Issue 25, case 5: a GDELT actor name {@code EVIL\e]0;PWNED\a\e[2J} retitled the terminal and
   * cleared the screen when {@code events --list} showed it. The table shows pictures of the
   * control characters; CSV keeps the name exactly.
   */
  @Test
  void aHostileActorNameIsShownInertInTheTableAndExactInCsv() throws Exception {
    bundledStore();
    String hostile = "EVIL\u001b]0;PWNED\u0007\u001b[2J";
    // Line 7 of the GDELT sample: AUSTRALIAN (AUS) and NEW ZEALAND (NZL), its Actor1Name replaced.
    String[] fields =
        java.nio.file.Files.readAllLines(
                fixture("20150218230000.export.CSV"), java.nio.charset.StandardCharsets.UTF_8)
            .get(6)
            .split("\t", -1);
    assertThat(fields[6]).isEqualTo("AUSTRALIAN");
    fields[6] = hostile;
    Path file =
        java.nio.file.Files.createDirectory(dir.resolve("hostile"))
            .resolve("20150218230000.export.CSV");
    java.nio.file.Files.writeString(
        file, String.join("\t", fields) + "\n", java.nio.charset.StandardCharsets.UTF_8);
    CliRun imported = run("import-events", file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    CliRun table = run("events", "AUS", "NZL", "--list");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("EVIL␛]0;PWNED␇␛[2J");
    assertThat(table.out()).doesNotContain("\u001b", "\u0007", "\u009b");
    CliRun csv = run("events", "AUS", "NZL", "--list", "--format", "csv");
    assertThat(csv.out()).contains(",AUS " + hostile + ","); // code and name, as GDELT writes them
  }

  @Test
  void allAndAggregateImportsRefuseWhatTheyCannotDo() {
    assertThat(run("events", "--all", "USA").err()).contains("--all writes every directed dyad");
    assertThat(run("events", "--all", "--by", "week").err())
        .contains("--all counts by day or month, not by week");
    assertThat(run("events", "USA").err()).contains("give two states (events A B), or --all");
    CliRun two = run("import-events", "--dataset", "aggregate", "a", "b");
    assertThat(two.exitCode()).isEqualTo(1);
    assertThat(two.err()).contains("takes one output directory of entente-spark aggregate, not 2");
    CliRun missing = run("import-events", "--dataset", "aggregate", dir.resolve("nope").toString());
    assertThat(missing.err())
        .contains("nope does not exist: --dataset aggregate takes the output directory");
    CliRun oneADay = run("import-events", "--dataset", "aggregate", "--one-a-day", dir.toString());
    assertThat(oneADay.err()).contains("give it to entente-spark aggregate instead");
  }

  @Test
  void badDatesAndEqualStatesAreRefusedBeforeTheStoreOpens() {
    CliRun date = run("events", "USA", "PRK", "--from", "2018-06");
    assertThat(date.exitCode()).isEqualTo(1);
    assertThat(date.err()).contains("--from '2018-06': expected a date YYYY-MM-DD");
    CliRun order = run("events", "USA", "PRK", "--from", "2018-06-02", "--to", "2018-06-01");
    assertThat(order.err()).contains("--to 2018-06-01 is before --from 2018-06-02");
    CliRun same = run("events", "USA", "United States");
    assertThat(same.err()).contains("not USA twice");
    assertThat(dir).isEmptyDirectory();
  }

  /**
   * A fresh store has the bundled GDELT scores for every pair, 2018–2024: KOR–PRK warm in the year
   * of the summits, cold in 2022 (independent sums of the raw file in AggregateSeriesIT). With no
   * raw events in the store, the count columns are empty — unknown, not zero.
   */
  @Test
  void aFreshStoreShowsTheBundledScoresOfKoreaAndNorthKorea() {
    bundledStore();
    CliRun csv = run("events", "KOR", "PRK", "--by", "year", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).endsWith(",goldstein_mean,score_sum,score_days,score_dataset");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).startsWith("KOR,PRK,2018,,,,,,,,126256.1016"))
        .anySatisfy(l -> assertThat(l).startsWith("KOR,PRK,2022,,,,,,,,-29877.2789"));
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split(",")[2])
        .containsExactly("2018", "2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(lines.get(1)).endsWith(",gdelt-graph (gdelt_graph_all_pairs_monthly.csv.gz)");
  }

  /** Issue 25, case 1: five rows, a line of {@code length} x's, fifteen rows. */
  private static void writeWithLongLine(java.io.OutputStream out, int length)
      throws java.io.IOException {
    List<String> rows =
        java.nio.file.Files.readAllLines(
            fixture("20150218230000.export.CSV"), java.nio.charset.StandardCharsets.UTF_8);
    for (String row : rows.subList(0, 5)) {
      out.write((row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    byte[] xs = new byte[1 << 16];
    java.util.Arrays.fill(xs, (byte) 'x');
    for (int left = length; left > 0; left -= xs.length) {
      out.write(xs, 0, Math.min(left, xs.length));
    }
    out.write('\n');
    for (String row : rows.subList(5, 20)) {
      out.write((row + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void aVeryLongLineIsOneCountedRejectAndTheGoodRowsComeIn() throws Exception {
    bundledStore();
    Path file = dir.resolve("ll.CSV");
    try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
      writeWithLongLine(out, 20_000_000);
    }
    Path rejects = dir.resolve("rejects.csv");
    CliRun imported = run("import-events", "--rejects", rejects.toString(), file.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("Read 21 rows from 1 file(s): 20 imported, 0 duplicates, 1 rejected.");
    assertThat(imported.err())
        .contains("ll.CSV:6: the line is 20000000 bytes long, more than the limit of 1048576");
    assertThat(java.nio.file.Files.size(rejects)).isLessThan(10_000);
    assertThat(run("import-events", file.toString()).out()).contains("Already imported");
  }

  @Test
  void aGzipBombIsRefusedWithAMessageAndRecordsNothing() throws Exception {
    bundledStore();
    Path file = dir.resolve("bomb.CSV.gz");
    try (java.io.OutputStream out =
        new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
      writeWithLongLine(out, 300_000_000);
    }
    for (int attempt = 0; attempt < 2; attempt++) {
      CliRun refused = run("import-events", file.toString());
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err())
          .contains("entente: " + file + ": cannot be read to its end")
          .contains("bomb.CSV.gz: cannot be read to its end: it inflates to more than 100 times")
          .contains("nothing was imported")
          .doesNotContain("Exception", "\tat ");
    }
    CliRun raised = run("import-events", "--max-expansion", "100000", file.toString());
    assertThat(raised.out())
        .contains("Read 21 rows from 1 file(s): 20 imported, 0 duplicates, 1 rejected.");
  }
}
