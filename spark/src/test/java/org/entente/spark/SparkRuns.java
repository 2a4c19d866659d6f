package org.entente.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.entente.analyze.EventAggregation;
import org.entente.domain.DatePrecision;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.Progress;
import org.entente.report.EventWriter;
import org.entente.report.Format;
import org.entente.store.EventImport;
import org.entente.store.EventImportReport;
import org.entente.store.EventQueries;
import org.entente.store.Store;

/**
 * The two paths the tests compare. The cluster job in Spark {@code local[2]}, its Parquet read back
 * by DuckDB (not by the job's code, nor by the store's import); and the embedded path: {@code
 * import-events} into a fresh store, then every directed dyad's counts as {@code events --all}
 * writes them. Rows are CSV lines in {@link EventWriter#AGGREGATE_COLUMNS}.
 */
final class SparkRuns {

  /** The repository's fixtures of real event rows (entente-core/src/test/resources/fixtures). */
  static final Path FIXTURES =
      Path.of("..", "entente-core", "src", "test", "resources", "fixtures", "events");

  static final Path GDELT = FIXTURES.resolve("20150218230000.export.CSV");
  static final Path ICEWS = FIXTURES.resolve("events.2018.sample.tab");

  private static SparkSession spark;

  private SparkRuns() {}

  /** One session for every test of the run: Spark takes seconds to start. */
  static synchronized SparkSession spark() {
    if (spark == null || spark.sparkContext().isStopped()) {
      spark = Main.session("local[2]");
    }
    return spark;
  }

  /** A job's manifest and what it told. */
  record Run(AggregateManifest manifest, String log) {}

  static Run aggregate(Path out, DatePrecision by, boolean oneADay, Path... inputs)
      throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    AggregateManifest m =
        AggregateJob.run(
            spark(),
            new AggregateJob.Settings(
                Arrays.stream(inputs).map(p -> p.toAbsolutePath().toString()).toList(),
                out.toAbsolutePath().toString(),
                by,
                "auto",
                oneADay,
                0),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    return new Run(m, log.toString(StandardCharsets.UTF_8));
  }

  /** The job's rows as DuckDB reads its Parquet files, sorted. */
  static List<String> parquetRows(Path out) {
    String columns =
        EventWriter.AGGREGATE_COLUMNS.stream()
            .map(c -> "CAST(" + c + " AS VARCHAR)")
            .collect(Collectors.joining(" || ',' || "));
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT "
                    + columns
                    + " FROM read_parquet('"
                    + out.toAbsolutePath()
                    + "/**/*.parquet', hive_partitioning = false)")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the job's Parquet under " + out, e);
    }
    rows.sort(null);
    return rows;
  }

  /** What the embedded path made of the same files. */
  record Embedded(EventImportReport report, List<String> rows) {}

  static Embedded embedded(Path storeFile, DatePrecision by, boolean oneADay, Path... inputs) {
    try (Store store = Store.open(storeFile, "1GB")) {
      EventImportReport report =
          new EventImport(store)
              .run(List.of(inputs), "auto", oneADay, EventImport.UNLIMITED, null, Progress.NONE);
      EventAggregation agg = new EventAggregation(by);
      new EventQueries(store).forEachEvent(agg::add);
      return new Embedded(report, csvRows(agg));
    }
  }

  /** The rows of an aggregation as {@code events --all --format csv} writes them, sorted. */
  static List<String> csvRows(EventAggregation agg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventWriter.aggregates(Format.CSV, agg.aggregates("store"), out);
    List<String> lines =
        new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n", -1)));
    lines.remove(0);
    lines.removeIf(String::isEmpty);
    lines.sort(null);
    return lines;
  }

  /** Copies lines {@code from} … {@code to} (1-based, inclusive) of {@code file}. */
  static List<String> lines(Path file, int from, int to) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).subList(from - 1, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
