package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relation}, {@code triad} and {@code camps} end to end on the bundled data: the seed's
 * triangle and the readings, golden files for the outputs, clear refusals of bad input.
 */
class RelationCommandsIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = BundledStore.copyTo(dir.resolve("relations.duckdb")).toString();
  }

  /** The data rows of a CSV output. */
  private static List<String[]> rows(String csv) {
    return de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv).stream()
        .skip(1)
        .map(r -> r.getFields().toArray(String[]::new))
        .toList();
  }

  @Test
  void theChinaRussiaNorthKoreaTriangleIsMostLikelyAMenageATroisButTheEvidenceDoesNotClaimIt() {
    CliRun run =
        CliRun.of(
            "triad",
            "CHN",
            "RUS",
            "PRK",
            "--from",
            "1992",
            "--to",
            "2025",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches("triad-chn-rus-prk-1992-2025.csv", run.out());
    List<String[]> rows = rows(run.out());
    List<String> header = List.of(run.out().lines().findFirst().orElseThrow().split(","));
    String[] y1992 = rows.get(0);
    assertThat(y1992[header.indexOf("sign_ab")])
        .as("China and Russia at odds in 1992")
        .isEqualTo("-");
    assertThat(y1992[header.indexOf("type")]).isEqualTo("unit_veto");
    String[] y2024 = rows.get(2024 - 1992);
    assertThat(y2024[header.indexOf("most_likely")]).isEqualTo("menage_a_trois");
    assertThat(y2024[header.indexOf("sign_ac")]).as("China-North Korea").isEqualTo("+");
    assertThat(y2024[header.indexOf("sign_bc")]).as("Russia-North Korea").isEqualTo("+");
    assertThat(y2024[header.indexOf("sign_ab")])
        .as("China-Russia: interval holds 0")
        .isEqualTo("0");
    // so the type is not claimed: the seed's conclusion that the three are no bloc
    assertThat(y2024[header.indexOf("type")]).isEqualTo("undetermined");
    assertThat(Double.parseDouble(y2024[header.indexOf("p_type")])).isLessThan(0.8);
  }

  @Test
  void theUsaIsThePariahOfTheMostLikelyStableMarriageWithChinaAndRussia() {
    CliRun run =
        CliRun.of(
            "triad",
            "USA",
            "CHN",
            "RUS",
            "--from",
            "2020",
            "--to",
            "2025",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> header = List.of(run.out().lines().findFirst().orElseThrow().split(","));
    for (String[] row : rows(run.out())) {
      assertThat(row[header.indexOf("most_likely")]).as(row[0]).isEqualTo("stable_marriage");
      assertThat(row[header.indexOf("roles")]).isEqualTo("partners=CHN,RUS;pariah=USA");
      assertThat(row[header.indexOf("sign_ab")]).as(row[0]).isEqualTo("-");
      assertThat(row[header.indexOf("sign_ac")]).as(row[0]).isEqualTo("-");
      // China–Russia's interval holds 0, so the probability of the type stays below 0.8
      double p = Double.parseDouble(row[header.indexOf("p_type")]);
      assertThat(p).as(row[0]).isBetween(0.5, 0.8);
      assertThat(row[header.indexOf("type")]).as(row[0]).isEqualTo("undetermined");
    }
  }

  @Test
  void aRelationShowsEveryComponentAndWhatIsMissing() {
    CliRun run =
        CliRun.of(
            "relation",
            "KOR",
            "PRK",
            "--from",
            "2008",
            "--to",
            "2026",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo(
            "a,b,period,index,index_lo,index_hi,sign,alignment,alignment_lo,alignment_hi,basis,"
                + "kappa,votes,events_net,alliance,joint_vetoes,sanctions,coverage,missing,"
                + "evidence");
    // the index within its interval, the sign + or - only when the interval excludes 0
    for (String[] row : rows(run.out())) {
      if (row[3].isEmpty()) {
        assertThat(row[6]).as(row[2]).isEqualTo("?");
        continue;
      }
      double index = Double.parseDouble(row[3]);
      double lo = Double.parseDouble(row[4]);
      double hi = Double.parseDouble(row[5]);
      assertThat(index).as(row[2]).isBetween(lo, hi);
      if (row[6].equals("+")) {
        assertThat(lo).as(row[2]).isPositive();
      } else if (row[6].equals("-")) {
        assertThat(hi).as(row[2]).isNegative();
      }
    }
    Golden.assertMatches("relation-kor-prk-2008-2026.csv", run.out());
  }

  /**
   * A table reaching past where a component's evidence ends says so (issue 22): the bundled events
   * end in 2024-02, the OFAC list on 2024-05-03; a table that stops before them says nothing.
   */
  @Test
  void aTablePastTheEndOfTheEventsSaysWhereTheyEnd() {
    CliRun late = CliRun.of("relation", "KOR", "PRK", "--from", "2023", "--db", db);
    assertThat(late.exitCode()).as(late.err()).isZero();
    assertThat(late.out())
        .contains("Evidence ends: UN votes through 2026-06-04; events through 2024-02")
        .contains("sanctions lists as of 2024-05-03 (OFAC)")
        .contains("missing, not zero");
    CliRun triad = CliRun.of("triad", "CHN", "RUS", "PRK", "--from", "2024", "--db", db);
    assertThat(triad.out()).contains("Evidence ends: UN votes through 2026-06-04");
    CliRun early =
        CliRun.of("relation", "KOR", "PRK", "--from", "2018", "--to", "2020", "--db", db);
    assertThat(early.out()).doesNotContain("Evidence ends");
  }

  @Test
  void campsSplitEastAsiaIntoTwoCampsAndNameTheFrustratedTie() {
    CliRun run =
        CliRun.of(
            "camps",
            "USA",
            "JPN",
            "KOR",
            "CHN",
            "RUS",
            "PRK",
            "--year",
            "2024",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches("camps-east-asia-2024.csv", run.out());
    assertThat(run.out()).contains("state,CHN,,,,A,", "state,USA,,,,B,", "state,RUS,,,,A,");
  }

  /**
   * Who stands with China in 2025 by the relation index: every pair of the stored fit with China in
   * that year, as {@code relation --all} lists them, sorted by the index; North Korea first, its
   * interval above 0.
   */
  @Test
  void relationWithRanksEveryStateByTheIndexOfOneYear() {
    CliRun table =
        CliRun.of("relation", "--with", "CHN", "--from", "2025", "--to", "2025", "--db", db);
    assertThat(table.exitCode()).as(table.err()).isZero();
    Golden.assertMatches("relation-with-chn-2025.txt", table.out());

    CliRun csv =
        CliRun.of(
            "relation",
            "--with",
            "CHN",
            "--from",
            "2020",
            "--to",
            "2025",
            "--top",
            "500",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> header = List.of(csv.out().lines().findFirst().orElseThrow().split(","));
    assertThat(header)
        .containsExactly(
            "rank",
            "state",
            "name",
            "value",
            "lo",
            "hi",
            "n",
            "sign",
            "alignment",
            "alignment_lo",
            "alignment_hi",
            "basis");
    List<String[]> ranked = rows(csv.out());
    CliRun all =
        CliRun.of(
            "relation", "--all", "--from", "2025", "--to", "2025", "--format", "csv", "--db", db);
    Map<String, String[]> withChina = new HashMap<>();
    for (String[] r : rows(all.out())) {
      if ((r[0].equals("CHN") || r[1].equals("CHN")) && !r[3].isEmpty()) {
        withChina.put(r[0].equals("CHN") ? r[1] : r[0], r);
      }
    }
    assertThat(ranked).extracting(r -> r[1]).hasSameElementsAs(withChina.keySet());
    assertThat(ranked).hasSize(withChina.size());
    double previous = Double.POSITIVE_INFINITY;
    for (String[] r : ranked) {
      String[] pair = withChina.get(r[1]);
      // relation --all writes four decimals
      assertThat(Double.parseDouble(r[3]))
          .as(r[1])
          .isCloseTo(Double.parseDouble(pair[3]), within(5e-5));
      assertThat(Double.parseDouble(r[4]))
          .as(r[1])
          .isCloseTo(Double.parseDouble(pair[4]), within(5e-5));
      assertThat(Double.parseDouble(r[5]))
          .as(r[1])
          .isCloseTo(Double.parseDouble(pair[5]), within(5e-5));
      assertThat(r[7]).as(r[1]).isEqualTo(pair[6]);
      assertThat(Double.parseDouble(r[8]))
          .as(r[1])
          .isCloseTo(Double.parseDouble(pair[7]), within(5e-5));
      assertThat(r[6]).as("no count of roll calls").isEmpty();
      assertThat(Double.parseDouble(r[3])).isLessThanOrEqualTo(previous);
      previous = Double.parseDouble(r[3]);
    }
    assertThat(ranked.get(0)[1]).isEqualTo("PRK");
    assertThat(ranked.get(0)[7]).isEqualTo("+");

    CliRun json =
        CliRun.of(
            "relation",
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
    // the API's answer to /api/v1/standing?with=CHN&by=relation&to=2025 is this file too (ServeIT)
    Golden.assertMatches("standing-chn-relation-2025.json", json.out());

    CliRun month = CliRun.of("relation", "--with", "CHN", "--by", "month", "--db", db);
    assertThat(month.exitCode()).isEqualTo(1);
    assertThat(month.err()).contains("--with is by year");
    CliRun later = CliRun.of("relation", "--with", "CHN", "--to", "2100", "--db", db);
    assertThat(later.exitCode()).isEqualTo(1);
    assertThat(later.err())
        .contains("the relation model's stored fit has no pair with CHN in year 2100");
  }

  @Test
  void badInputIsRefusedClearly() {
    CliRun twice = CliRun.of("triad", "CHN", "RUS", "China", "--db", db);
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("CHN is named twice").doesNotContain("Exception");
    CliRun same = CliRun.of("relation", "RUS", "Russia", "--db", db);
    assertThat(same.exitCode()).isEqualTo(1);
    assertThat(same.err()).contains("two different states");
    CliRun by = CliRun.of("relation", "RUS", "CHN", "--by", "week", "--db", db);
    assertThat(by.exitCode()).isEqualTo(1);
    assertThat(by.err()).contains("--by takes year or month");
  }
}
