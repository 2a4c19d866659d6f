package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code alignment} command end to end on the bundled data, outputs against golden files. */
class AlignmentCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = dir.resolve("cli.duckdb").toString();
    CliRun first = CliRun.of("status", "--db", db);
    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).contains("Loaded the bundled data");
    assertThat(first.out()).contains("982,334 votes", "sessions 1–80");
  }

  @Test
  void tableOfKappaByYear() {
    CliRun run =
        CliRun.of("alignment", "CHN", "RUS", "--measure", "kappa", "--by", "year", "--db", db);
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("alignment-chn-rus-kappa-by-year.txt", run.out());
  }

  @Test
  void csvBySession() {
    CliRun run = CliRun.of("alignment", "CHN", "RUS", "--format", "csv", "--db", db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("a,b,period,n,agree,s,kappa,pi\n");
    assertThat(run.out())
        .contains("\nCHN,RUS,44,110,0.954545454545,0.909090909091,-0.024208566108,");
    Golden.assertMatches("alignment-chn-rus.csv", run.out());
  }

  @Test
  void jsonBySession() {
    CliRun run = CliRun.of("alignment", "PRK", "RUS", "--format", "json", "--db", db);
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("alignment-prk-rus.json", run.out());
  }

  @Test
  void evidenceTableAndCsv() {
    CliRun table = CliRun.of("alignment", "CHN", "RUS", "--evidence", "74", "--db", db);
    assertThat(table.exitCode()).isZero();
    Golden.assertMatches("alignment-chn-rus-evidence-74.txt", table.out());
    CliRun csv =
        CliRun.of("alignment", "CHN", "RUS", "--evidence", "74", "--format", "csv", "--db", db);
    assertThat(csv.exitCode()).isZero();
    // Header plus one line per counted roll call: n = 87 in session 74.
    assertThat(csv.out().lines()).hasSize(88);
    Golden.assertMatches("alignment-chn-rus-evidence-74.csv", csv.out());
  }

  @Test
  void evidenceJsonLinesHasOneRollCallPerLine() {
    CliRun run =
        CliRun.of("alignment", "CHN", "RUS", "--evidence", "74", "--format", "jsonl", "--db", db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(87)
        .allSatisfy(l -> assertThat(l).startsWith("{\"rcid\":"));
    Golden.assertMatches("alignment-chn-rus-evidence-74.jsonl", run.out());
  }

  /** Roll calls from the UN's record carry its references: meeting record, draft, agenda item. */
  @Test
  void evidenceOfAUnSessionCitesTheUnsRecord() {
    CliRun run =
        CliRun.of("alignment", "PRK", "RUS", "--evidence", "77", "--format", "jsonl", "--db", db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(80)
        .allSatisfy(
            l ->
                assertThat(l)
                    .containsPattern("\"source_PRK\":\"(77|ES-11)\\.json\\.gz:\\d+\"")
                    .contains("\"meeting_record\":\"A/"));
    Golden.assertMatches("alignment-prk-rus-evidence-77.jsonl", run.out());
  }

  @Test
  void allPairsOfOneSession() {
    CliRun run =
        CliRun.of(
            "alignment",
            "--all",
            "--by",
            "session",
            "--from",
            "2019",
            "--to",
            "2019",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).isZero();
    var lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("a,b,period,n,agree,s,kappa,pi");
    // 193 states voted in session 74, and every pair voted together at least once.
    assertThat(lines).hasSize(1 + 193 * 192 / 2);
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(
            l -> {
              String[] f = l.split(",", -1);
              assertThat(f).hasSize(8);
              assertThat(f[0]).isLessThan(f[1]);
              assertThat(f[2]).isEqualTo("74");
            });
    assertThat(lines)
        .contains("CHN,RUS,74,87,0.873563218391,0.747126436782,0.626900584795,0.617582417582");
  }

  /**
   * Which states vote most like China in 2025: κ over session 80, each state's against the pair's
   * own value ({@code alignment CHN X}), none on a handful of roll calls on top (São Tomé and
   * Príncipe reaches κ 1.000 on six).
   */
  @Test
  void withRanksEveryStateByKappaWithOneLeavingOutThoseOnFewRollCalls() {
    CliRun table =
        CliRun.of(
            "alignment",
            "--with",
            "CHN",
            "--top",
            "20",
            "--min-n",
            "30",
            "--from",
            "2025",
            "--to",
            "2025",
            "--db",
            db);
    assertThat(table.exitCode()).as(table.err()).isZero();
    Golden.assertMatches("alignment-with-chn-2025.txt", table.out());
    assertThat(table.out())
        .contains(
            "Left out: 3 state(s) that voted with CHN on fewer than 30 roll calls (--min-n).");

    CliRun csv =
        CliRun.of(
            "alignment",
            "--with",
            "CHN",
            "--top",
            "300",
            "--from",
            "2025",
            "--to",
            "2025",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.err()).contains("fewer than 30 roll calls (--min-n)");
    List<String[]> rows =
        csv.out()
            .lines()
            .skip(1)
            .map(l -> l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1))
            .toList();
    assertThat(csv.out()).startsWith("rank,state,name,value,lo,hi,n\n");
    assertThat(rows).hasSize(187);
    assertThat(rows.get(0)[1]).isEqualTo("PAK");
    assertThat(rows).extracting(r -> r[1]).doesNotContain("STP", "MDG", "CHN");
    assertThat(rows).allSatisfy(r -> assertThat(Integer.parseInt(r[6])).isGreaterThanOrEqualTo(30));
    for (String[] r : rows.subList(0, 10)) {
      CliRun pair =
          CliRun.of(
              "alignment",
              "CHN",
              r[1],
              "--from",
              "2025",
              "--to",
              "2025",
              "--format",
              "csv",
              "--db",
              db);
      String[] value = pair.out().lines().skip(1).findFirst().orElseThrow().split(",");
      assertThat(r[3]).as(r[1]).isEqualTo(value[6]);
      assertThat(r[6]).as(r[1]).isEqualTo(value[3]);
    }

    CliRun json =
        CliRun.of(
            "alignment",
            "--with",
            "CHN",
            "--from",
            "2025",
            "--to",
            "2025",
            "--format",
            "json",
            "--db",
            db);
    assertThat(json.exitCode()).isZero();
    // the API's answer to /api/v1/standing?with=CHN&from=2025&to=2025 is this file too (ServeIT)
    Golden.assertMatches("standing-chn-alignment-2025.json", json.out());
  }

  @Test
  void withRefusesWhatItCannotRank() {
    CliRun pair = CliRun.of("alignment", "CHN", "--with", "RUS", "--db", db);
    assertThat(pair.exitCode()).isEqualTo(1);
    assertThat(pair.err()).contains("--with ranks every state: give no states");
    CliRun top = CliRun.of("alignment", "--with", "CHN", "--top", "0", "--db", db);
    assertThat(top.exitCode()).isEqualTo(2);
    assertThat(top.err()).contains("--top takes 1 or more, not 0");
    CliRun minN = CliRun.of("alignment", "CHN", "RUS", "--min-n", "10", "--db", db);
    assertThat(minN.exitCode()).isEqualTo(1);
    assertThat(minN.err()).contains("--top and --min-n rank the states --with one");
    CliRun tooFew =
        CliRun.of(
            "alignment",
            "--with",
            "CHN",
            "--min-n",
            "5000",
            "--from",
            "2025",
            "--to",
            "2025",
            "--db",
            db);
    assertThat(tooFew.exitCode()).isEqualTo(1);
    assertThat(tooFew.out()).isEmpty();
    assertThat(tooFew.err())
        .contains("no state voted with CHN on 5000 or more roll calls in session 80 (2025)")
        .contains("lower --min-n");
  }

  @Test
  void dbOptionMayStandAnywhereAfterTheCommand() {
    CliRun before = CliRun.of("alignment", "--db", db, "CHN", "RUS", "--format", "csv");
    CliRun between = CliRun.of("alignment", "CHN", "--db", db, "RUS", "--format", "csv");
    assertThat(before.exitCode()).isZero();
    assertThat(between.out()).isEqualTo(before.out());
  }

  @Test
  void namesWorkLikeCodes() {
    CliRun byName = CliRun.of("alignment", "China", "North Korea", "--format", "csv", "--db", db);
    CliRun byCode = CliRun.of("alignment", "chn", "PRK", "--format", "csv", "--db", db);
    assertThat(byName.out()).isEqualTo(byCode.out()).contains("CHN,PRK,");
  }

  @Test
  void unknownCountryIsAClearError() {
    CliRun run = CliRun.of("alignment", "CHN", "XYZ", "--db", db);
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("unknown country 'XYZ'", "ISO 3166 alpha-3");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOptionIsAClearError() {
    CliRun run = CliRun.of("alignment", "CHN", "RUS", "--bogus", "--db", db);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void periodWithoutDataIsAClearError() {
    CliRun run = CliRun.of("alignment", "CHN", "RUS", "--from", "1950", "--to", "1960", "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("no jointly cast votes of CHN and RUS in 1950–1960", "CHN voted 1971–2026");
    CliRun evidence = CliRun.of("alignment", "CHN", "RUS", "--evidence", "5", "--db", db);
    assertThat(evidence.exitCode()).isEqualTo(1);
    assertThat(evidence.err()).contains("no jointly cast votes of CHN and RUS in session 5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json", "jsonl"})
  void allPairsWithoutDataIsAClearErrorAndPrintNothing(String format) {
    CliRun run = CliRun.of("alignment", "--all", "--from", "3000", "--format", format, "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("entente: no roll calls with votes in 3000–… with these filters\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badIssueAndMeasureAreClearErrors() {
    assertThat(CliRun.of("alignment", "CHN", "RUS", "--issue", "xx", "--db", db).err())
        .contains("unknown issue 'xx'", "me, nu, di, hr, co, ec");
    CliRun measure = CliRun.of("alignment", "CHN", "RUS", "--measure", "tau", "--db", db);
    assertThat(measure.exitCode()).isEqualTo(2);
    assertThat(measure.err()).contains("--measure", "tau");
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("alignment", "import-votes", "countries", "status");
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("entente ");
  }
}
