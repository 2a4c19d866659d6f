package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.entente.testing.BundledStore;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval peace-scale} on real Peace Scale rows of six pairs, 2010–2020, against the same
 * figures worked out here from {@code relation A B --format csv} of each pair.
 */
class EvalPeaceScaleIT {

  private static final Path FIXTURE =
      CoreFixtures.path("validation/peace-scale-v3-dev-dyads.csv.gz");

  private static final Set<String> PAIRS =
      Set.of("GBR,USA", "CHN,JPN", "RUS,USA", "KOR,PRK", "PRK,RUS", "JPN,KOR");

  @TempDir static Path dir;
  private static String db;
  private static Path file;
  private static final List<String[]> ROWS = new ArrayList<>();

  @BeforeAll
  static void slice() throws Exception {
    db = BundledStore.copyTo(dir.resolve("eval.duckdb")).toString();
    StringBuilder csv = new StringBuilder("a,b,year,peace\n");
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(FIXTURE)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        if (PAIRS.contains(f[0] + "," + f[1]) && Integer.parseInt(f[2]) >= 2010) {
          csv.append(line).append('\n');
          ROWS.add(f);
        }
      }
    }
    file = dir.resolve("peace-slice.csv");
    Files.writeString(file, csv);
  }

  @Test
  void theFiguresAreThoseOfTheRelationOfEachPair() {
    assertThat(ROWS).hasSize(PAIRS.size() * 11); // 2010–2020 for each pair (zcat | grep)
    Map<String, Double> index = new HashMap<>();
    for (String pair : PAIRS) {
      String[] ab = pair.split(",");
      CliRun relation =
          CliRun.of(
              "relation",
              ab[0],
              ab[1],
              "--from",
              "2010",
              "--to",
              "2020",
              "--format",
              "csv",
              "--db",
              db);
      assertThat(relation.exitCode()).as(relation.err()).isZero();
      relation
          .out()
          .lines()
          .skip(1)
          .forEach(
              l -> {
                String[] f = l.split(",", -1);
                index.put(
                    f[0] + "," + f[1] + "," + f[2],
                    f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]));
              });
    }
    int scored = 0;
    int rivalries = 0;
    int rivalriesNegative = 0;
    int warm = 0;
    int warmPositive = 0;
    for (String[] row : ROWS) {
      double value = index.get(row[0] + "," + row[1] + "," + row[2]);
      double peace = Double.parseDouble(row[3]);
      if (Double.isNaN(value)) {
        continue;
      }
      scored++;
      if (Math.round(peace * 4) <= 1) {
        rivalries++;
        rivalriesNegative += value < 0 ? 1 : 0;
      } else if (Math.round(peace * 4) >= 3) {
        warm++;
        warmPositive += value > 0 ? 1 : 0;
      }
    }

    CliRun eval = CliRun.of("eval", "peace-scale", file.toString(), "--format", "csv", "--db", db);

    assertThat(eval.exitCode()).as(eval.err()).isZero();
    List<String> lines = eval.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "part,dyad_years,scored,spearman,mean_0,mean_0.25,mean_0.5,mean_0.75,mean_1,"
                + "rivalry_negative,warm_positive");
    assertThat(lines)
        .extracting(l -> l.split(",")[0])
        .containsExactly("part", "fit", "held-out", "all");
    String[] all = lines.get(3).split(",", -1);
    assertThat(Integer.parseInt(all[1])).isEqualTo(ROWS.size());
    assertThat(Integer.parseInt(all[2])).isEqualTo(scored);
    assertThat(Double.parseDouble(all[9]))
        .isCloseTo(rivalriesNegative / (double) rivalries, within(1e-9));
    assertThat(Double.parseDouble(all[10])).isCloseTo(warmPositive / (double) warm, within(1e-9));
    String[] fit = lines.get(1).split(",", -1);
    String[] heldOut = lines.get(2).split(",", -1);
    assertThat(Integer.parseInt(fit[1]) + Integer.parseInt(heldOut[1])).isEqualTo(ROWS.size());
  }

  @Test
  void aFileCutShortIsRefusedWithItsName() throws Exception {
    byte[] whole = Files.readAllBytes(FIXTURE);
    Path cut = dir.resolve("cut.csv.gz");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
    CliRun eval = CliRun.of("eval", "peace-scale", cut.toString(), "--db", db);
    assertThat(eval.exitCode()).isEqualTo(1);
    assertThat(eval.err()).contains("cut.csv.gz").doesNotContain("unexpected error");
  }

  @Test
  void aFileWithoutUsableRowsIsRefusedWithACount() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "a,b,year,peace\n,HRV,2007,0.5\n");
    CliRun eval = CliRun.of("eval", "peace-scale", bad.toString(), "--db", db);
    assertThat(eval.exitCode()).isEqualTo(1);
    assertThat(eval.err()).contains("1 row(s) of").contains("no dyad-year to measure against");
  }
}
