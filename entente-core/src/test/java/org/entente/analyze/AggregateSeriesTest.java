package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.Fixtures;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.analyze.AggregateSeries.Unit;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;
import org.entente.store.ScoreQueries;
import org.entente.store.ScoreSeriesImport;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Score series per day, month and year from the real fixture rows, against sums done by hand. */
class AggregateSeriesTest {

  @TempDir Path dir;
  private Store store;
  private AggregateSeries series;

  private static SourceFile fixture(String relative) {
    return new SourceFile(
        relative.substring(relative.lastIndexOf('/') + 1), Fixtures.file(relative).bytes());
  }

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.MONTH)
        .run(fixture("gdelt-graph/monthly_extract.csv"), "test", 0, null, Progress.NONE);
    new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.DAY)
        .run(fixture("gdelt-graph/daily_extract.csv"), "test", 0, null, Progress.NONE);
    series = new AggregateSeries(new ScoreQueries(store));
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** The fixture's lines, split by hand. */
  private static List<String[]> raw(String name) throws IOException {
    return Files.readAllLines(Fixtures.path("gdelt-graph/" + name), StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(l -> l.strip().split(","))
        .toList();
  }

  @Test
  void aYearIsTheSumOfItsMonthsWithEveryLineCited() throws IOException {
    List<ScorePeriod> years =
        series.scores(
            "PRK", "KOR", Unit.YEAR, LocalDate.of(2018, 3, 5), LocalDate.of(2018, 12, 31));
    double sum = 0;
    int count = 0;
    for (String[] f : raw("monthly_extract.csv")) {
      if (f[1].equals("KOR") && f[2].equals("PRK") && f[0].startsWith("2018")) {
        sum += Double.parseDouble(f[3]);
        count += Integer.parseInt(f[4]);
      }
    }
    double expected = sum;
    int days = count;
    assertThat(years)
        .singleElement()
        .satisfies(
            y -> {
              assertThat(y.period()).isEqualTo("2018");
              assertThat(y.scoreSum())
                  .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
              assertThat(y.scoreSum()).isPositive();
              assertThat(y.days()).isEqualTo(days);
              assertThat(y.provenance().dataset()).isEqualTo("gdelt-graph");
              assertThat(y.provenance().file()).isEqualTo("monthly_extract.csv");
              assertThat(y.provenance().rows()).isEqualTo(12);
            });
  }

  @Test
  void monthsAreTheRowsThemselves() throws IOException {
    List<ScorePeriod> months =
        series.scores(
            "RUS", "USA", Unit.MONTH, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30));
    List<String[]> rows =
        raw("monthly_extract.csv").stream().filter(f -> f[1].equals("RUS")).toList();
    assertThat(months).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(months.get(i).period()).isEqualTo(rows.get(i)[0]);
      assertThat(months.get(i).scoreSum()).isEqualTo(Double.parseDouble(rows.get(i)[3]));
      assertThat(months.get(i).provenance().rows()).isEqualTo(1);
    }
  }

  @Test
  void daysComeOnlyFromTheDailyFile() {
    List<ScorePeriod> days =
        series.scores("KOR", "PRK", Unit.DAY, LocalDate.of(2018, 4, 27), LocalDate.of(2018, 4, 27));
    assertThat(days)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.period()).isEqualTo("2018-04-27");
              assertThat(d.provenance().file()).isEqualTo("daily_extract.csv");
            });
    // CHN–USA has monthly rows but no daily rows in the store: no daily series.
    assertThat(
            series.scores(
                "CHN", "USA", Unit.DAY, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
        .isEmpty();
  }

  @Test
  void refusesBadArguments() {
    LocalDate d = LocalDate.of(2018, 1, 1);
    assertThatThrownBy(() -> series.scores("kor", "PRK", Unit.YEAR, d, d))
        .hasMessageContaining("ISO-3");
    assertThatThrownBy(() -> series.scores("KOR", "KOR", Unit.YEAR, d, d))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> series.scores("KOR", "PRK", Unit.YEAR, d, d.minusDays(1)))
        .hasMessageContaining("after");
  }

  @Test
  void monthLabelsAreTheYearInFourDigitsAndTheMonth() {
    assertThat(AggregateSeries.label(Unit.MONTH, LocalDate.of(2018, 6, 1))).isEqualTo("2018-06");
    assertThat(AggregateSeries.label(Unit.MONTH, LocalDate.of(987, 12, 1))).isEqualTo("0987-12");
    assertThat(AggregateSeries.label(Unit.MONTH, LocalDate.of(12345, 1, 1))).isEqualTo("12345-01");
    assertThat(AggregateSeries.label(Unit.YEAR, LocalDate.of(2018, 1, 1))).isEqualTo("2018");
  }
}
