package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ties} end to end on the bundled data: what the done-when lines ask, checked
 * against the treaty records, the veto list and the sanctions lists, and golden files.
 */
class TiesCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = BundledStore.copyTo(dir.resolve("ties.duckdb")).toString();
  }

  /** year → CSV row as column → value. */
  private static Map<Integer, Map<String, String>> csvByYear(String out) {
    List<String> lines = out.lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    return lines.stream()
        .skip(1)
        .map(l -> splitCsv(l))
        .collect(
            Collectors.toMap(
                f -> Integer.parseInt(f.get(2)),
                f -> {
                  Map<String, String> row = new java.util.HashMap<>();
                  for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), f.get(i));
                  }
                  return row;
                }));
  }

  /** A CSV line into fields, honouring quotes (the evidence columns may contain commas). */
  private static List<String> splitCsv(String line) {
    List<String> fields = new java.util.ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Test
  void russiaAndNorthKoreaShowTheLapseAndBothNewTreaties() {
    CliRun run =
        CliRun.of(
            "ties",
            "RUS",
            "PRK",
            "--by",
            "year",
            "--from",
            "1990",
            "--to",
            "2026",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("a,b,year,defense,offense,neutral,nonagg,consul,joint_vetoes,sanctions,basis,");
    Map<Integer, Map<String, String>> years = csvByYear(run.out());
    assertThat(years).hasSize(37);
    for (int y = 1990; y <= 1996; y++) {
      assertThat(years.get(y).get("defense")).as("defence " + y).isEqualTo("1");
    }
    for (int y = 1997; y <= 1999; y++) {
      assertThat(years.get(y).get("defense")).as("lapse " + y).isEqualTo("0");
      assertThat(years.get(y).get("consul")).as("lapse " + y).isEqualTo("0");
    }
    for (int y = 2000; y <= 2023; y++) {
      assertThat(years.get(y).get("defense")).as("2000 treaty " + y).isEqualTo("0");
      assertThat(years.get(y).get("consul")).as("2000 treaty " + y).isEqualTo("1");
    }
    for (int y = 2024; y <= 2026; y++) {
      assertThat(years.get(y).get("defense")).as("2024 treaty " + y).isEqualTo("1");
    }
    assertThat(years.get(2024).get("obligation_sources")).contains("rus-prk-2024");
    assertThat(years.get(2010).get("sanctions")).contains("UN>PRK");
    // A UN regime against North Korea stands in every pair with it; national lists only between
    // the sanctioning state and its target.
    assertThat(years.get(2022).get("sanctions")).isEqualTo("UN>PRK");
    Golden.assertMatches("ties-rus-prk-1990-2026.csv", run.out());
  }

  @Test
  void tableByYearNamesTheTreaties() {
    CliRun run = CliRun.of("ties", "RUS", "PRK", "--from", "1990", "--to", "2026", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1996   D..A.", "1997   .....", "2000   ....C", "2024   D...C");
    Golden.assertMatches("ties-rus-prk-1990-2026.txt", run.out());
  }

  @Test
  void chinaAndNorthKoreaOnTheDayOfTheKimPutinSummit() {
    CliRun run = CliRun.of("ties", "CHN", "PRK", "--on", "2023-09-13", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("records in force on 2023-09-13")
        .contains("chn-prk-1961")
        .contains("source: treaty chn-prk-1961 (treaties.csv line");
    CliRun csv =
        CliRun.of("ties", "CHN", "PRK", "--on", "2023-09-13", "--format", "csv", "--db", db);
    assertThat(csv.exitCode()).isZero();
    assertThat(csv.out()).startsWith("a,b,date,kind,record,detail,source\n");
    assertThat(csv.out()).contains("CHN,PRK,2023-09-13,treaty,");
    Golden.assertMatches("ties-chn-prk-on-2023-09-13.csv", csv.out());
  }

  @Test
  void chinaAndRussiaCountTheirJointVetoes() {
    CliRun run =
        CliRun.of(
            "ties", "CHN", "RUS", "--from", "2022", "--to", "2024", "--format", "csv", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<Integer, Map<String, String>> years = csvByYear(run.out());
    assertThat(years.get(2022).get("joint_vetoes")).isEqualTo("1");
    assertThat(years.get(2022).get("veto_drafts")).isEqualTo("S/2022/431");
    assertThat(years.get(2024).get("joint_vetoes")).isEqualTo("1");
  }

  @Test
  void badArgumentsAreNamed() {
    CliRun sameTwice = CliRun.of("ties", "CHN", "China", "--db", db);
    assertThat(sameTwice.exitCode()).isEqualTo(1);
    assertThat(sameTwice.err()).contains("two different states");
    CliRun badDate = CliRun.of("ties", "CHN", "PRK", "--on", "13/09/2023", "--db", db);
    assertThat(badDate.exitCode()).isEqualTo(2);
    assertThat(badDate.err()).contains("--on takes a date as YYYY-MM-DD");
    CliRun onAndRange =
        CliRun.of("ties", "CHN", "PRK", "--on", "2023-09-13", "--from", "2000", "--db", db);
    assertThat(onAndRange.exitCode()).isEqualTo(1);
    assertThat(onAndRange.err()).contains("--on lists one day");
    assertThat(onAndRange.out()).isEmpty();
  }
}
