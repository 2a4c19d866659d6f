package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.analyze.AggregateSeries.Unit;
import org.entente.ingest.Progress;
import org.entente.store.BundledEventScores;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled GDELT scores through {@link AggregateSeries}, each figure checked against a sum of
 * the raw files done here without Entente's reader or store.
 */
class AggregateSeriesIT {

  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

  @TempDir static Path dir;
  private static Store store;
  private static AggregateSeries series;
  private static long loadMillis;

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    long start = System.nanoTime();
    assertThat(BundledEventScores.ensureLoaded(store, Progress.NONE)).isTrue();
    loadMillis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("Bundled GDELT scores loaded in " + loadMillis + " ms");
    series = new AggregateSeries(new ScoreQueries(store));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** The raw file's data lines split on commas (the files hold no quoted fields). */
  private static List<String[]> raw(String name) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("gdelt-graph/" + name)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(l -> l.strip().split(","))
          .toList();
    }
  }

  private static Map<String, Double> rawYears(String a, String b) throws IOException {
    Map<String, Double> years = new HashMap<>();
    for (String[] f : raw("gdelt_graph_all_pairs_monthly.csv.gz")) {
      if (f[1].equals(a) && f[2].equals(b)) {
        years.merge(f[0].substring(0, 4), Double.parseDouble(f[3]), Double::sum);
      }
    }
    return years;
  }

  private static double year(List<ScorePeriod> years, String year) {
    return years.stream().filter(y -> y.period().equals(year)).findFirst().orElseThrow().scoreSum();
  }

  @Test
  void koreasArePositiveIn2018AndNegativeIn2022AndRussiaAndTheUsNegativeIn2022()
      throws IOException {
    List<ScorePeriod> korea = series.scores("KOR", "PRK", Unit.YEAR, FIRST, LAST);
    List<ScorePeriod> russia = series.scores("USA", "RUS", Unit.YEAR, FIRST, LAST);
    assertThat(korea)
        .extracting(ScorePeriod::period)
        .containsExactly("2018", "2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(year(korea, "2018")).isPositive();
    assertThat(year(korea, "2022")).isNegative();
    assertThat(year(russia, "2022")).isNegative();
    Map<String, Double> rawKorea = rawYears("KOR", "PRK");
    Map<String, Double> rawRussia = rawYears("RUS", "USA");
    for (ScorePeriod y : korea) {
      assertThat(y.scoreSum()).isCloseTo(rawKorea.get(y.period()), offset(1e-6));
      assertThat(y.provenance().file()).isEqualTo("gdelt_graph_all_pairs_monthly.csv.gz");
    }
    for (ScorePeriod y : russia) {
      assertThat(y.scoreSum()).isCloseTo(rawRussia.get(y.period()), offset(1e-6));
    }
    System.out.printf(
        "KOR-PRK 2018 %.4f, 2022 %.4f; RUS-USA 2022 %.4f%n",
        year(korea, "2018"), year(korea, "2022"), year(russia, "2022"));
  }

  @Test
  void everyMonthIsItsRawRowForEveryPairOfAState() throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    for (String[] f : raw("gdelt_graph_all_pairs_monthly.csv.gz")) {
      if (f[1].equals("PRK") || f[2].equals("PRK")) {
        rows.put(f[1] + f[2] + f[0], f);
      }
    }
    int seen = 0;
    for (String other : List.of("CHN", "JPN", "KOR", "RUS", "USA", "SYR", "IRN")) {
      for (ScorePeriod m : series.scores(other, "PRK", Unit.MONTH, FIRST, LAST)) {
        String[] f = rows.get(m.a() + m.b() + m.period());
        assertThat(f).as(m.toString()).isNotNull();
        assertThat(m.scoreSum()).isEqualTo(Double.parseDouble(f[3]));
        assertThat(m.days()).isEqualTo(Integer.parseInt(f[4]));
        seen++;
      }
    }
    long expected =
        rows.values().stream()
            .filter(
                f ->
                    List.of("CHN", "JPN", "KOR", "RUS", "USA", "SYR", "IRN")
                        .contains(f[1].equals("PRK") ? f[2] : f[1]))
            .count();
    assertThat(seen).isEqualTo(expected).isGreaterThan(300);
  }

  /**
   * The daily file covers 2018-01-01 … 2018-07-20 only. In the months it covers whole, its days sum
   * to the monthly row within the rounding of the source: each value is rounded to 4 decimals, so a
   * month of n days may differ by up to (n + 1) × 0.00005.
   */
  @Test
  void dailyMonthTotalsAgreeWithTheMonthlyFile() {
    for (List<String> pair :
        List.of(
            List.of("KOR", "PRK"),
            List.of("RUS", "USA"),
            List.of("CHN", "USA"),
            List.of("IND", "PAK"))) {
      List<ScorePeriod> days = series.scores(pair.get(0), pair.get(1), Unit.DAY, FIRST, LAST);
      assertThat(days).isNotEmpty();
      assertThat(days.get(days.size() - 1).start()).isBefore(LocalDate.of(2018, 7, 21));
      List<ScorePeriod> months =
          series.scores(pair.get(0), pair.get(1), Unit.MONTH, FIRST, LocalDate.of(2018, 6, 30));
      assertThat(months).hasSize(6);
      for (ScorePeriod m : months) {
        List<ScorePeriod> inMonth =
            days.stream().filter(d -> d.period().startsWith(m.period())).toList();
        double sum = inMonth.stream().mapToDouble(ScorePeriod::scoreSum).sum();
        assertThat(inMonth).as(pair + " " + m.period()).hasSize(m.days());
        assertThat(sum)
            .as(pair + " " + m.period())
            .isCloseTo(m.scoreSum(), offset((m.days() + 1) * 0.00005 + 1e-9));
      }
    }
  }

  @Test
  void loadingAgainChangesNothingAndReadsNoFile() {
    List<ScorePeriod> before = series.scores("KOR", "PRK", Unit.MONTH, FIRST, LAST);
    assertThat(BundledEventScores.ensureLoaded(store, Progress.NONE)).isFalse();
    assertThat(BundledEventScores.SOURCE.isLoaded(store)).isTrue();
    assertThat(series.scores("KOR", "PRK", Unit.MONTH, FIRST, LAST)).isEqualTo(before);
  }
}
