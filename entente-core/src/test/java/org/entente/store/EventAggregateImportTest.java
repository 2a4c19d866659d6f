package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.Fixtures;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.EventAggregation;
import org.entente.analyze.EventPeriod;
import org.entente.domain.DatePrecision;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.EventFiles;
import org.entente.ingest.EventLines;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.report.EventWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of the cluster job's output, on an output written here the way the job writes it: the
 * real GDELT sample read and aggregated by entente-core, as Parquet by year (DuckDB's writer, the
 * job's columns) with its manifest. The job itself is checked against the embedded path in the
 * spark module's tests.
 */
public class EventAggregateImportTest {

  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** The sample's aggregates by day, as entente-core counts them. */
  public static List<EventAggregate> sampleAggregates(DatePrecision unit) {
    EventAggregation agg = new EventAggregation(unit);
    EventFiles.read(
        GDELT,
        GDELT.toString(),
        EventFiles.reader("auto", GDELT),
        new Rejects(),
        Progress.NONE,
        agg::add);
    return agg.aggregates("sample");
  }

  /** Writes an output directory as the job does: Parquet per year and the manifest. */
  public static Path writeOutput(Path out, List<EventAggregate> rows, String by) throws Exception {
    Files.createDirectories(out);
    List<AggregateManifest.Output> outputs = new ArrayList<>();
    Map<Integer, List<EventAggregate>> byYear = new TreeMap<>();
    rows.forEach(r -> byYear.computeIfAbsent(r.period().getYear(), y -> new ArrayList<>()).add(r));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE rows (dataset VARCHAR, source VARCHAR, target VARCHAR, period DATE,"
              + " events BIGINT, verbal_coop BIGINT, material_coop BIGINT, verbal_conflict BIGINT,"
              + " material_conflict BIGINT, goldstein_sum DECIMAL(18,6), "
              + EventWriter.PLOVER_COLUMNS.stream()
                  .map(p -> p + " BIGINT")
                  .collect(Collectors.joining(", "))
              + ")");
      for (Map.Entry<Integer, List<EventAggregate>> y : byYear.entrySet()) {
        st.execute("DELETE FROM rows");
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO rows VALUES (?, ?, ?, ?::DATE, ?, ?, ?, ?, ?, ?::DECIMAL(18,6)"
                    + ", ?".repeat(16)
                    + ")")) {
          for (EventAggregate g : y.getValue()) {
            EventCounts k = g.counts();
            int i = 1;
            ps.setString(i++, g.dataset());
            ps.setString(i++, g.sourceState());
            ps.setString(i++, g.targetState());
            ps.setString(i++, g.period().toString());
            ps.setLong(i++, k.events());
            ps.setLong(i++, k.verbalCoop());
            ps.setLong(i++, k.materialCoop());
            ps.setLong(i++, k.verbalConflict());
            ps.setLong(i++, k.materialConflict());
            ps.setString(i++, java.math.BigDecimal.valueOf(k.goldsteinMicros(), 6).toPlainString());
            for (long n : k.plover()) {
              ps.setLong(i++, n);
            }
            ps.addBatch();
          }
          ps.executeBatch();
        }
        String rel = "year=" + y.getKey() + "/part-00000.snappy.parquet";
        Files.createDirectories(out.resolve(rel).getParent());
        st.execute("COPY rows TO '" + out.resolve(rel) + "' (FORMAT PARQUET)");
        outputs.add(
            new AggregateManifest.Output(
                rel, Files.size(out.resolve(rel)), EventLines.sha256(out.resolve(rel))));
      }
    }
    long aggregated = rows.stream().mapToLong(r -> r.counts().events()).sum();
    AggregateManifest m =
        new AggregateManifest(
            AggregateManifest.FORMAT,
            AggregateManifest.VERSION,
            by,
            "auto",
            false,
            new AggregateManifest.Code("test", "unknown", "none", "none"),
            "2026-12-02T00:00:00Z",
            List.of(
                new AggregateManifest.Input(
                    GDELT.toString(),
                    Files.size(GDELT),
                    EventLines.sha256(GDELT),
                    "gdelt2",
                    2271,
                    2271,
                    0)),
            new AggregateManifest.Rows(
                2271, 0, 0, 2271, 2271 - aggregated, aggregated, rows.size()),
            outputs,
            null);
    Files.writeString(out.resolve(AggregateManifest.FILE), m.toJson(), StandardCharsets.UTF_8);
    return out;
  }

  private AggregateImportReport importAggregate(Path out, int maxRejects) {
    return new EventAggregateImport(store).run(out, maxRejects, null, Progress.NONE);
  }

  private long count(String sql) throws SQLException {
    try (Statement st = store.connection().createStatement()) {
      return OneFileImport.count(st, sql);
    }
  }

  @Test
  void everyPairsSeriesFromTheAggregatesEqualsTheRawImports() throws Exception {
    Path out = writeOutput(dir.resolve("agg"), sampleAggregates(DatePrecision.DAY), "day");
    AggregateImportReport r = importAggregate(out, 0);
    assertThat(r.alreadyLoaded()).isFalse();
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.imported()).isEqualTo(r.rowsRead()).isEqualTo(197);
    assertThat(r.events()).isEqualTo(470);

    try (Store raw = Store.open(dir.resolve("raw.duckdb"), "512MB")) {
      new EventImport(raw)
          .run(List.of(GDELT), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
      EventQueries rawQueries = new EventQueries(raw);
      EventQueries aggQueries = new EventQueries(store);
      EventAggregation fromRaw = new EventAggregation(DatePrecision.DAY);
      rawQueries.forEachEvent(fromRaw::add);
      EventAggregation fromStore = new EventAggregation(DatePrecision.DAY);
      aggQueries.forEachAggregate(fromStore::add);
      assertThat(fromStore.aggregates("x")).isEqualTo(fromRaw.aggregates("x"));

      for (String[] pair : new String[][] {{"USA", "RUS"}, {"CHN", "RUS"}, {"ISR", "PSE"}}) {
        for (EventPeriod p : EventPeriod.values()) {
          assertThat(
                  DyadEventSeries.of(
                      pair[0],
                      pair[1],
                      p,
                      false,
                      List.of(),
                      aggQueries.aggregates(pair[0], pair[1], false, null, null)))
              .as(pair[0] + "-" + pair[1] + " by " + p.key())
              .isEqualTo(
                  DyadEventSeries.of(
                      pair[0],
                      pair[1],
                      p,
                      false,
                      rawQueries.between(pair[0], pair[1], false, null, null)));
        }
      }
    }
    assertThat(new EventQueries(store).aggregatedEvents()).isEqualTo(470);
  }

  @Test
  void importingAgainOrImportingItsInputRawChangesNothing() throws Exception {
    Path out = writeOutput(dir.resolve("agg"), sampleAggregates(DatePrecision.DAY), "day");
    importAggregate(out, 0);
    long rows = count("SELECT count(*) FROM event_aggregates");
    assertThat(importAggregate(out, 0).alreadyLoaded()).isTrue();
    EventImportReport raw =
        new EventImport(store)
            .run(List.of(GDELT), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
    assertThat(raw.alreadyLoaded()).as("its input is known by SHA-256").isTrue();
    assertThat(count("SELECT count(*) FROM event_aggregates")).isEqualTo(rows);
    assertThat(new EventQueries(store).count()).isZero();
    assertThat(count("SELECT count(*) FROM sources WHERE kind = 'events (aggregated)'")).isOne();
  }

  @Test
  void anAggregateOfFilesAlreadyInTheStoreIsRefused() throws Exception {
    new EventImport(store)
        .run(List.of(GDELT), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
    long sources = count("SELECT count(*) FROM sources");
    Path out = writeOutput(dir.resolve("agg"), sampleAggregates(DatePrecision.DAY), "day");
    assertThatThrownBy(() -> importAggregate(out, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20150218230000.export.CSV of this aggregate is in the store already")
        .hasMessageContaining("its events would count twice; nothing was imported");
    assertThat(count("SELECT count(*) FROM sources")).isEqualTo(sources);
  }

  @Test
  void anOutputThatIsNotWholeIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path out = writeOutput(dir.resolve("agg"), sampleAggregates(DatePrecision.DAY), "day");
    Path part = out.resolve("year=2015/part-00000.snappy.parquet");
    byte[] whole = Files.readAllBytes(part);

    Files.write(part, new byte[] {1}, StandardOpenOption.APPEND);
    assertThatThrownBy(() -> importAggregate(out, 0))
        .hasMessageContaining("differs from the manifest")
        .hasMessageContaining("damaged or was copied in part; nothing was imported");

    Files.delete(part);
    assertThatThrownBy(() -> importAggregate(out, 0))
        .hasMessageContaining("is listed in the manifest but missing");

    Files.write(part, whole);
    Files.copy(part, out.resolve("year=2015/part-00001.snappy.parquet"));
    assertThatThrownBy(() -> importAggregate(out, 0))
        .hasMessageContaining("part-00001.snappy.parquet: Parquet not listed in _manifest.json");

    assertThatThrownBy(() -> importAggregate(dir.resolve("nothing-here"), 0))
        .hasMessageContaining("does not exist: --dataset aggregate takes the output directory");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> importAggregate(dir.resolve("empty"), 0))
        .hasMessageContaining("_manifest.json not found: expected the output directory");
    assertThat(count("SELECT count(*) FROM sources")).isZero();
  }

  @Test
  void rowsNoAggregationCanMakeAreRejectedWithFileAndRow() throws Exception {
    List<EventAggregate> good = sampleAggregates(DatePrecision.DAY);
    long in2015 = good.stream().filter(g -> g.period().getYear() == 2015).count();
    Path out = writeOutput(dir.resolve("agg"), good, "day");
    Path part = out.resolve("year=2015/part-00000.snappy.parquet");
    // Rows written straight into the Parquet, past the records' own checks, as a broken job
    // might: each from USA→RUS on 2015-02-18, with one thing wrong.
    long usaRusEvents =
        good.stream()
            .filter(g -> g.sourceState().equals("USA") && g.targetState().equals("RUS"))
            .findFirst()
            .orElseThrow()
            .counts()
            .events();
    String usaRus = " FROM t WHERE source = 'USA' AND target = 'RUS'";
    String rest =
        "period, events, verbal_coop, material_coop, verbal_conflict, material_conflict,"
            + " goldstein_sum, COLUMNS('plover_.*')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE t AS SELECT * FROM read_parquet('"
              + part
              + "', hive_partitioning = false)");
      st.execute("CREATE TABLE bad AS SELECT * FROM t WITH NO DATA");
      st.execute("INSERT INTO bad SELECT dataset, source, source, " + rest + usaRus);
      st.execute("INSERT INTO bad SELECT dataset, 'usa', target, " + rest + usaRus);
      st.execute(
          "INSERT INTO bad SELECT dataset, 'AAA', 'BBB', period, events + 1, verbal_coop,"
              + " material_coop, verbal_conflict, material_conflict, goldstein_sum,"
              + " COLUMNS('plover_.*')"
              + usaRus);
      st.execute(
          "INSERT INTO bad SELECT dataset, 'AAA', 'CCC', period, 1, 1, 0, 0, 0, 11.5, "
              + String.join(", ", java.util.Collections.nCopies(16, "0"))
              + usaRus);
      st.execute("INSERT INTO bad SELECT *" + usaRus);
      st.execute("COPY (FROM t UNION ALL FROM bad) TO '" + part + "' (FORMAT PARQUET)");
    }
    rewriteManifest(out);
    assertThatThrownBy(() -> importAggregate(out, 0)).isInstanceOf(ImportRejectedException.class);
    assertThat(count("SELECT count(*) FROM sources")).isZero();

    AggregateImportReport r = importAggregate(out, EventImport.UNLIMITED);
    assertThat(r.imported()).isEqualTo(good.size());
    assertThat(r.rejects())
        .extracting(x -> x.line() + " " + x.column() + " " + x.value())
        .containsExactly(
            (in2015 + 1) + " target USA",
            (in2015 + 2) + " source usa",
            (in2015 + 3) + " events " + (usaRusEvents + 1),
            (in2015 + 4) + " goldstein_sum 11.500000",
            (in2015 + 5) + " period 2015-02-18");
    assertThat(r.rejects())
        .allSatisfy(x -> assertThat(x.file()).endsWith("year=2015/part-00000.snappy.parquet"));
    assertThat(r.rejects().get(0).problem()).contains("a state other than the source");
    assertThat(r.rejects().get(4).problem()).contains("this one repeats an earlier row");
  }

  /** The manifest again, with the sizes and checksums of the Parquet files as they are now. */
  private static void rewriteManifest(Path out) throws IOException {
    AggregateManifest m = AggregateManifest.read(out.resolve(AggregateManifest.FILE));
    List<AggregateManifest.Output> outputs = new ArrayList<>();
    for (AggregateManifest.Output o : m.outputs()) {
      Path p = out.resolve(o.path());
      outputs.add(new AggregateManifest.Output(o.path(), Files.size(p), EventLines.sha256(p)));
    }
    AggregateManifest again =
        new AggregateManifest(
            m.format(),
            m.version(),
            m.by(),
            m.dataset(),
            m.oneADay(),
            m.code(),
            m.created(),
            m.inputs(),
            m.rows(),
            outputs,
            m.rejects());
    Files.writeString(out.resolve(AggregateManifest.FILE), again.toJson(), StandardCharsets.UTF_8);
  }
}
