package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The score import: all or nothing, recognised by checksum, nothing half-written on bad input. */
class ScoreSeriesImportTest {

  @TempDir java.nio.file.Path dir;
  private Store store;

  private static SourceFile fixture(String relative) {
    return new SourceFile(
        relative.substring(relative.lastIndexOf('/') + 1), Fixtures.file(relative).bytes());
  }

  private static final SourceFile MONTHLY = fixture("gdelt-graph/monthly_extract.csv");
  private static final SourceFile DAILY = fixture("gdelt-graph/daily_extract.csv");

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private ScoreSeriesImport monthly() {
    return new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.MONTH);
  }

  /** Rows, sources and the sum of every score: changes to any show here. */
  private List<Object> snapshot() throws SQLException {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM event_scores), (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(score_sum), 0) FROM event_scores),"
                    + " (SELECT coalesce(sum(line), 0) FROM event_scores)")) {
      rs.next();
      return List.of(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4));
    }
  }

  @Test
  void importsEveryRowWithItsLineAndAgainChangesNothing() throws SQLException {
    AllianceImportReport report = monthly().run(MONTHLY, "test", 0, null, Progress.NONE);
    assertThat(report.rowsAdded()).isEqualTo(54);
    new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.DAY)
        .run(DAILY, "test", 0, null, Progress.NONE);
    List<Object> before = snapshot();
    assertThat(before.get(0)).isEqualTo(174L);
    assertThat(monthly().run(MONTHLY, "test", 0, null, Progress.NONE).alreadyLoaded()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
    List<ScoreRow> rows =
        new ScoreQueries(store)
            .rows(
                "PRK",
                "KOR",
                ScoreRow.Precision.MONTH,
                java.time.LocalDate.of(2018, 6, 1),
                java.time.LocalDate.of(2018, 6, 1));
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.a()).isEqualTo("KOR");
              assertThat(r.file()).isEqualTo("monthly_extract.csv");
              assertThat(r.line()).isGreaterThan(1);
            });
  }

  @Test
  void aBadRowRefusesTheWholeFileAndWritesNothing() throws SQLException {
    List<Object> before = snapshot();
    String text =
        new String(MONTHLY.bytes(), StandardCharsets.UTF_8).replaceFirst("2018-03,", "2018-3x,");
    SourceFile bad = new SourceFile("bad.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> monthly().run(bad, "test", 0, null, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class);
    String unknown =
        new String(MONTHLY.bytes(), StandardCharsets.UTF_8).replaceFirst(",PRK,", ",QQQ,");
    assertThatThrownBy(
            () ->
                monthly()
                    .run(
                        new SourceFile("unknown.csv", unknown.getBytes(StandardCharsets.UTF_8)),
                        "test",
                        0,
                        null,
                        Progress.NONE))
        .isInstanceOf(ImportRejectedException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTruncatedGzipIsRefusedWithNothingWritten() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(MONTHLY.bytes());
    }
    SourceFile cut =
        new SourceFile("cut.csv.gz", Arrays.copyOf(bytes.toByteArray(), bytes.size() * 2 / 3));
    List<Object> before = snapshot();
    assertThatThrownBy(() -> monthly().run(cut, "test", 1000, null, Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cut.csv.gz")
        .hasMessageContaining("nothing was imported");
    assertThat(snapshot()).isEqualTo(before);
  }
}
