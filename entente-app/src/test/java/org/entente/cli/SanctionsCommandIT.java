package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sanctions} commands end to end on the bundled lists, outputs against golden files. */
class SanctionsCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = dir.resolve("cli.duckdb").toString();
    CliRun first = CliRun.of("status", "--db", db);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out())
        .contains("un-sc-consolidated-2026-02-27.xml.gz", "sdn_2024-05-03.csv.gz")
        .contains("Security Council Consolidated List", "Office of Foreign Assets Control");
  }

  private static CliRun run(String... args) {
    String[] withDb = java.util.Arrays.copyOf(args, args.length + 2);
    withDb[args.length] = "--db";
    withDb[args.length + 1] = db;
    return CliRun.of(withDb);
  }

  @Test
  void programsAgainstNorthKorea() {
    CliRun table = run("sanctions", "programs", "--target", "PRK");
    assertThat(table.exitCode()).isZero();
    Golden.assertMatches("sanctions-programs-prk.txt", table.out());
    CliRun csv = run("sanctions", "programs", "--target", "North Korea", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out())
        .startsWith("program,list,code,authority,target,since,ended,entries,title,source\n");
    Golden.assertMatches("sanctions-programs-prk.csv", csv.out());
  }

  /** Issue 20: the regime table's authorities, beside the lists'. */
  @Test
  void programsOfJapanAndChinaComeFromTheRegimeTableWithTheirCitations() {
    CliRun japan = run("sanctions", "programs", "--authority", "JPN", "--target", "RUS");
    assertThat(japan.exitCode()).isZero();
    assertThat(japan.out())
        .contains("jpn-rus-2014-08", "jpn-rus-2022-02", "REGIMES")
        .contains("jpn-rus-2014-08: https://www.mofa.go.jp/press/release/press4e_000387.html")
        .doesNotContain("jpn-prk-");
    CliRun china = run("sanctions", "programs", "--authority", "CHN", "--format", "csv");
    assertThat(china.exitCode()).isZero();
    assertThat(china.out().lines().skip(1))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains(",REGIMES,").contains(",CHN,"));
    assertThat(china.out())
        .contains("chn-usa-2020-07-xinjiang,REGIMES,chn-usa-2020-07-xinjiang,CHN,USA,2020-07-13");
    // Russia's list of unfriendly states, aimed at the EU among others, is found by a member state
    CliRun germany = run("sanctions", "programs", "--authority", "RUS", "--target", "DEU");
    assertThat(germany.out()).contains("rus-usa-2022-unfriendly");
  }

  /**
   * {@code import-sanctions}: a list recognised by its content and dated by its name; the same file
   * again changes nothing; a file that is no list is refused, naming it, with the store unchanged.
   */
  @Test
  void importSanctionsRecognisesAListAndRefusesAnythingElse() throws Exception {
    Path fixtures = CoreFixtures.path("");
    String sdn = fixtures.resolve("sanctions/sdn-2021-08-20-sample.csv").toString();
    CliRun first = run("import-sanctions", sdn);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("sdn-2021-08-20-sample.csv: OFAC list of 2021-08-20")
        .containsPattern("Imported \\d+ entries");
    CliRun again = run("import-sanctions", sdn);
    assertThat(again.out()).contains("Already imported");
    String status = run("status").out();
    CliRun wrong =
        run("import-sanctions", fixtures.resolve("treaties/treaties_bad.csv").toString());
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err())
        .contains("treaties_bad.csv: not a sanctions list Entente reads", "nothing was imported");
    assertThat(run("status").out()).isEqualTo(status);
    // The older snapshot does not displace the newer one: the programmes still count 2024's.
    assertThat(run("sanctions", "programs", "--target", "PRK").out())
        .contains("OFAC SDN list of 2024-05-03");
  }

  @Test
  void theUnsDprkEntries() {
    CliRun csv =
        run("sanctions", "entities", "--target", "PRK", "--authority", "UN", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    // 80 individuals and 75 entities, each with the file and line it was read from.
    assertThat(csv.out().lines()).hasSize(1 + 155);
    assertThat(csv.out().lines().skip(1))
        .allSatisfy(l -> assertThat(l).contains("un-sc-consolidated-2026-02-27.xml.gz:"));
    Golden.assertMatches("sanctions-entities-prk-un.csv", csv.out());
  }

  @Test
  void entitiesAsATable() {
    CliRun table = run("sanctions", "entities", "--target", "HTI");
    assertThat(table.exitCode()).isZero();
    Golden.assertMatches("sanctions-entities-hti.txt", table.out());
  }

  @Test
  void searchFindsTheDesignationFirst() {
    CliRun csv = run("sanctions", "search", "kim jong un", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out())
        .startsWith(
            "score,name,list,program,type,listed_on,entry_id\n"
                + "1.000,\"KIM, Jong Un\",OFAC,DPRK3,individual,,20157\n");
    Golden.assertMatches("sanctions-search-kim-jong-un.csv", csv.out());
    Golden.assertMatches(
        "sanctions-search-kim-jong-un.txt", run("sanctions", "search", "kim jong un").out());
    Golden.assertMatches(
        "sanctions-search-ri-pyong-chol.json",
        run("sanctions", "search", "Lee", "Pyong-chol", "--format", "json").out());
    Golden.assertMatches(
        "sanctions-search-gaddafi.jsonl",
        run("sanctions", "search", "Muammar Gaddafi", "--limit", "3", "--format", "jsonl").out());
    for (String form : new String[] {"KIM Jong-un", "Jong Un Kim", "Kim Jong-Eun"}) {
      CliRun r = run("sanctions", "search", form, "--format", "csv");
      assertThat(r.out().lines().skip(1).findFirst())
          .as(form)
          .hasValueSatisfying(l -> assertThat(l).endsWith(",20157"));
    }
  }

  @Test
  void errorsLeaveStandardOutputEmpty() {
    CliRun none = run("sanctions", "search", "Xi Jinping", "--format", "csv");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.out()).isEmpty();
    assertThat(none.err()).contains("no designated name or alias matches 'Xi Jinping'");

    CliRun authority = run("sanctions", "programs", "--authority", "FRA");
    assertThat(authority.exitCode()).isEqualTo(1);
    assertThat(authority.out()).isEmpty();
    assertThat(authority.err()).contains("unknown authority 'FRA'", "UN, USA");

    CliRun target = run("sanctions", "entities", "--target", "Korea");
    assertThat(target.exitCode()).isEqualTo(1);
    assertThat(target.out()).isEmpty();
    assertThat(target.err()).contains("unknown country 'Korea'", "PRK", "KOR");

    CliRun nothing = run("sanctions", "entities", "--target", "JPN");
    assertThat(nothing.exitCode()).isEqualTo(1);
    assertThat(nothing.out()).isEmpty();
    assertThat(nothing.err())
        .contains("no entry of the loaded lists is designated under a programme directed at JPN");

    CliRun limit = run("sanctions", "search", "kim", "--limit", "0");
    assertThat(limit.exitCode()).isEqualTo(2);
    assertThat(limit.out()).isEmpty();
    assertThat(limit.err()).contains("--limit must be 1 or more");
  }
}
