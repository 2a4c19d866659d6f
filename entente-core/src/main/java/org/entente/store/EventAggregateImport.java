package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.domain.PloverType;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.EventLines;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;

/**
 * Imports the output of the cluster job ({@code entente-spark aggregate}: Parquet partitioned by
 * year and its {@link AggregateManifest}) into {@code event_aggregates}, by the import contract:
 * one transaction, recognised by the manifest's SHA-256, bad rows rejected with file and row, the
 * rejects file written before the commit. Before anything is written the output is checked against
 * its manifest (every Parquet file there, whole, nothing unlisted), and its inputs against the
 * store: a file whose events are already in, one by one or in another aggregate, would count twice,
 * so the import is refused. The inputs are recorded as sources, so that importing one of them later
 * as raw events changes nothing.
 *
 * <pre>{@code
 * AggregateImportReport r = new EventAggregateImport(store).run(dir, 0, null, Progress.NONE);
 * }</pre>
 */
public final class EventAggregateImport {

  /** The kind of the aggregate's own row in {@code sources}. */
  public static final String KIND = "event-aggregates";

  /** The kind of each input file's row in {@code sources}. */
  public static final String INPUT_KIND = "events (aggregated)";

  /** The count columns, in the Parquet files and in the table. */
  static final List<String> COUNTS =
      Stream.concat(
              Stream.of("verbal_coop", "material_coop", "verbal_conflict", "material_conflict"),
              Stream.of(PloverType.values()).map(PloverType::column))
          .toList();

  static final String TABLES =
      "CREATE TABLE IF NOT EXISTS event_aggregates (\n"
          + "  dataset VARCHAR NOT NULL,\n"
          + "  source_state VARCHAR NOT NULL,\n"
          + "  target_state VARCHAR NOT NULL,\n"
          + "  period DATE NOT NULL,\n"
          + "  unit VARCHAR NOT NULL,\n"
          + "  goldstein_micros BIGINT NOT NULL,\n"
          + COUNTS.stream().map(c -> "  " + c + " BIGINT NOT NULL,\n").collect(Collectors.joining())
          + "  source_id INTEGER NOT NULL,\n"
          + "  file VARCHAR NOT NULL,\n"
          + "  row BIGINT NOT NULL\n"
          + ");\n"
          + "CREATE TABLE IF NOT EXISTS aggregate_manifests (\n"
          + "  source_id INTEGER PRIMARY KEY,\n"
          + "  manifest VARCHAR NOT NULL\n"
          + ");\n";

  /** The columns a Parquet file must have, with the DuckDB types they are read as. */
  private static final Map<String, String> PARQUET_COLUMNS = parquetColumns();

  private final Store store;

  public EventAggregateImport(Store store) {
    this.store = store;
  }

  /**
   * Runs the import.
   *
   * @param dir the job's output directory, holding {@code _manifest.json}
   * @param maxRejects how many bad rows to tolerate; above that nothing is imported
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report
   * @throws IllegalArgumentException for a directory that is not a whole output of the job, or
   *     inputs already in the store
   * @throws UncheckedIOException if a file cannot be read
   * @throws ImportRejectedException for more than {@code maxRejects} rejects
   * @throws StoreException if the store cannot be written
   */
  public AggregateImportReport run(
      Path dir, int maxRejects, RejectsFile rejectsFile, Progress progress) {
    Connection conn = ImportTransaction.begin(store, maxRejects);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          dir
              + (Files.exists(dir) ? " is not a directory" : " does not exist")
              + ": --dataset aggregate takes the output directory of entente-spark aggregate");
    }
    Path manifestFile = dir.resolve(AggregateManifest.FILE);
    AggregateManifest manifest = AggregateManifest.read(manifestFile);
    String sha256 = EventLines.sha256(manifestFile);
    try {
      Map<String, Long> known = ImportTransaction.knownSources(conn);
      if (known.containsKey(sha256)) {
        return AggregateImportReport.nothingNew(manifest);
      }
      List<Path> parquet = checkOutputs(dir, manifest, progress);
      checkInputs(conn, manifest, known);
      return write(conn, dir, manifest, sha256, parquet, maxRejects, rejectsFile, progress);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  /**
   * The Parquet files of the output, each checked against the manifest: present, of its size and
   * checksum; and no Parquet file the manifest does not list (a second run's leftovers).
   */
  private static List<Path> checkOutputs(Path dir, AggregateManifest m, Progress progress) {
    long total = m.outputs().stream().mapToLong(AggregateManifest.Output::size).sum();
    progress.start("Checking " + dir, total, "bytes");
    List<Path> files = new ArrayList<>();
    Set<Path> listed = new HashSet<>();
    long done = 0;
    try {
      for (AggregateManifest.Output o : m.outputs()) {
        Path file = dir.resolve(o.path()).normalize();
        if (!file.startsWith(dir.normalize())) {
          throw new IllegalArgumentException(
              dir.resolve(AggregateManifest.FILE)
                  + ": output "
                  + o.path()
                  + " lies outside "
                  + dir);
        }
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException(
              file
                  + " is listed in the manifest but missing: the output is incomplete; nothing was"
                  + " imported");
        }
        long size = Files.size(file);
        String sha = EventLines.sha256(file);
        if (size != o.size() || !sha.equals(o.sha256())) {
          throw new IllegalArgumentException(
              file
                  + " differs from the manifest ("
                  + size
                  + " bytes, SHA-256 "
                  + sha
                  + "; listed: "
                  + o.size()
                  + " bytes, "
                  + o.sha256()
                  + "): the output is damaged or was copied in part; nothing was imported");
        }
        files.add(file);
        listed.add(file);
        done += size;
        progress.advanceTo(done);
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        List<Path> unlisted =
            walk.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                .map(Path::normalize)
                .filter(p -> !listed.contains(p))
                .sorted()
                .toList();
        if (!unlisted.isEmpty()) {
          throw new IllegalArgumentException(
              unlisted.get(0)
                  + (unlisted.size() > 1 ? " and " + (unlisted.size() - 1) + " more" : "")
                  + ": Parquet not listed in "
                  + AggregateManifest.FILE
                  + " (left by another run?); give the directory of one run; nothing was imported");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
    return files;
  }

  /** Refuses an aggregate whose input files are in the store already: they would count twice. */
  private static void checkInputs(Connection conn, AggregateManifest m, Map<String, Long> known)
      throws SQLException {
    for (AggregateManifest.Input in : m.inputs()) {
      Long id = known.get(in.sha256());
      if (id != null) {
        String what;
        try (PreparedStatement ps =
            conn.prepareStatement("SELECT name, kind FROM sources WHERE source_id = ?")) {
          ps.setLong(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            what = rs.getString(1) + " (" + rs.getString(2) + ")";
          }
        }
        throw new IllegalArgumentException(
            "input "
                + in.path()
                + " of this aggregate is in the store already, as "
                + what
                + ": its events would count twice; nothing was imported");
      }
    }
  }

  private AggregateImportReport write(
      Connection conn,
      Path dir,
      AggregateManifest manifest,
      String sha256,
      List<Path> parquet,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress)
      throws SQLException {
    return ImportTransaction.run(
        conn,
        progress,
        () -> {
          Rejects rejects = new Rejects();
          try (Statement st = conn.createStatement()) {
            progress.start("Writing " + dir + " to the store", 4, "steps");
            st.execute(TABLES);
            long sourceId = ImportTransaction.nextSourceId(st);
            long read = stage(st, parquet);
            progress.advanceTo(1);
            reject(st, manifest.by(), rejects);
            progress.advanceTo(2);
            long imported =
                st.executeUpdate(
                    "INSERT INTO event_aggregates SELECT dataset, source, target, period, '"
                        + manifest.by()
                        + "', CAST(goldstein_sum * 1000000 AS BIGINT), "
                        + String.join(", ", COUNTS)
                        + ", "
                        + sourceId
                        + ", file, row FROM staged_aggregates ORDER BY source, target, period");
            long events =
                OneFileImport.count(st, "SELECT coalesce(sum(events), 0) FROM staged_aggregates");
            st.execute("DROP TABLE staged_aggregates");
            progress.advanceTo(3);
            Path written =
                ImportTransaction.commit(
                    conn,
                    rejects,
                    maxRejects,
                    rejectsFile,
                    () -> recordSources(conn, dir, manifest, sha256, sourceId, imported, rejects));
            progress.advanceTo(4);
            return new AggregateImportReport(
                false, manifest, parquet.size(), read, imported, events, rejects.all(), written);
          }
        });
  }

  /**
   * Reads the Parquet files into {@code staged_aggregates}, with each row's file and 1-based row
   * number, after checking that they have the columns of the job's output.
   *
   * @return rows read
   */
  private static long stage(Statement st, List<Path> parquet) throws SQLException {
    String files =
        parquet.stream()
            .map(p -> "'" + p.toString().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    String source =
        "read_parquet("
            + files
            + ", filename = true, file_row_number = true, hive_partitioning = false)";
    if (parquet.isEmpty()) {
      st.execute(
          "CREATE TEMP TABLE staged_aggregates AS SELECT ''::VARCHAR AS file, 0::BIGINT AS row, "
              + PARQUET_COLUMNS.entrySet().stream()
                  .map(c -> "NULL::" + c.getValue() + " AS " + c.getKey())
                  .collect(Collectors.joining(", "))
              + " WHERE false");
      return 0;
    }
    Map<String, String> found = new java.util.LinkedHashMap<>();
    try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + source)) {
      while (rs.next()) {
        found.put(rs.getString(1), rs.getString(2));
      }
    }
    for (Map.Entry<String, String> c : PARQUET_COLUMNS.entrySet()) {
      if (!found.containsKey(c.getKey())) {
        throw new IllegalArgumentException(
            parquet.get(0)
                + ": no column "
                + c.getKey()
                + " (columns: "
                + String.join(", ", found.keySet())
                + "): not the output of entente-spark aggregate; nothing was imported");
      }
    }
    st.execute(
        "CREATE TEMP TABLE staged_aggregates AS SELECT filename AS file, file_row_number + 1 AS row, "
            + PARQUET_COLUMNS.entrySet().stream()
                .map(c -> "TRY_CAST(" + c.getKey() + " AS " + c.getValue() + ") AS " + c.getKey())
                .collect(Collectors.joining(", "))
            + " FROM "
            + source);
    return OneFileImport.count(st, "SELECT count(*) FROM staged_aggregates");
  }

  /**
   * Rejects the staged rows that no aggregation can have made, and deletes them: the first broken
   * rule of each row names its column. A row whose dataset, dyad and period repeat an earlier row
   * of the output is rejected too.
   */
  private static void reject(Statement st, String by, Rejects rejects) throws SQLException {
    String quadSum = "verbal_coop + material_coop + verbal_conflict + material_conflict";
    String ploverSum =
        Stream.of(PloverType.values()).map(PloverType::column).collect(Collectors.joining(" + "));
    String anyNull =
        PARQUET_COLUMNS.keySet().stream()
            .map(
                c -> "WHEN " + c + " IS NULL THEN '" + c + "|a value (empty or of the wrong type)'")
            .collect(Collectors.joining(" "));
    String anyNegative =
        COUNTS.stream()
            .map(c -> "WHEN " + c + " < 0 THEN '" + c + "|a count of 0 or more'")
            .collect(Collectors.joining(" "));
    String problem =
        "CASE "
            + anyNull
            + " WHEN dataset = '' THEN 'dataset|a dataset name (gdelt2, icews…)'"
            + " WHEN NOT regexp_full_match(source, '[A-Z]{3}') THEN 'source|an ISO-3 state code'"
            + " WHEN NOT regexp_full_match(target, '[A-Z]{3}') THEN 'target|an ISO-3 state code'"
            + " WHEN source = target THEN 'target|a state other than the source'"
            + ("month".equals(by)
                ? " WHEN day(period) <> 1 THEN 'period|the first day of a month (aggregated by"
                    + " month)'"
                : "")
            + " "
            + anyNegative
            + " WHEN events <> "
            + quadSum
            + " THEN 'events|the sum of the four QuadClass counts'"
            + " WHEN "
            + ploverSum
            + " > events THEN 'plover_agree|PLOVER counts that add up to no more than the events'"
            + " WHEN abs(goldstein_sum) > 10 * events THEN 'goldstein_sum|a sum of at most 10 per"
            + " event in size'"
            + " WHEN row_number() OVER (PARTITION BY dataset, source, target, period ORDER BY file,"
            + " row) > 1 THEN 'period|one row per dataset, dyad and period (this one repeats an"
            + " earlier row)'"
            + " END";
    List<Object[]> bad = new ArrayList<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT * FROM (SELECT file, row, "
                + problem
                + " AS problem, * EXCLUDE (file, row) FROM staged_aggregates) WHERE problem IS NOT"
                + " NULL ORDER BY file, row")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        String[] rule = rs.getString(3).split("\\|", 2);
        StringBuilder record = new StringBuilder();
        String value = "";
        for (int i = 4; i <= columns; i++) {
          String name = rs.getMetaData().getColumnName(i);
          String v = rs.getString(i);
          if (name.equals(rule[0])) {
            value = v == null ? "" : v;
          }
          record.append(i > 4 ? "," : "").append(v == null ? "" : v);
        }
        rejects.add(
            new Reject(
                rs.getString(1),
                rs.getLong(2),
                rule[0],
                value,
                "expected " + rule[1] + " (Parquet row " + rs.getLong(2) + ")",
                record.toString()));
        bad.add(new Object[] {rs.getString(1), rs.getLong(2)});
      }
    }
    if (bad.isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        st.getConnection()
            .prepareStatement("DELETE FROM staged_aggregates WHERE file = ? AND row = ?")) {
      for (Object[] b : bad) {
        ps.setString(1, (String) b[0]);
        ps.setLong(2, (Long) b[1]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void recordSources(
      Connection conn,
      Path dir,
      AggregateManifest m,
      String sha256,
      long sourceId,
      long rows,
      Rejects rejects)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, current_timestamp)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, dir.toString());
      ps.setString(3, KIND);
      ps.setString(4, sha256);
      ps.setLong(5, rows);
      ps.setLong(6, rejects.count());
      ps.executeUpdate();
      Set<String> seen = new HashSet<>();
      try (Statement st = conn.createStatement()) {
        for (AggregateManifest.Input in : m.inputs()) {
          if (!seen.add(in.sha256())) {
            continue;
          }
          ps.setLong(1, ImportTransaction.nextSourceId(st));
          ps.setString(2, in.path());
          ps.setString(3, INPUT_KIND);
          ps.setString(4, in.sha256());
          ps.setLong(5, in.rows() - in.rejected());
          ps.setLong(6, in.rejected());
          ps.executeUpdate();
        }
      }
    }
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO aggregate_manifests VALUES (?, ?)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, m.toJson());
      ps.executeUpdate();
    }
  }

  private static Map<String, String> parquetColumns() {
    Map<String, String> c = new java.util.LinkedHashMap<>();
    c.put("dataset", "VARCHAR");
    c.put("source", "VARCHAR");
    c.put("target", "VARCHAR");
    c.put("period", "DATE");
    c.put("events", "BIGINT");
    for (String n : COUNTS.subList(0, 4)) {
      c.put(n, "BIGINT");
    }
    c.put("goldstein_sum", "DECIMAL(18,6)");
    for (String n : COUNTS.subList(4, COUNTS.size())) {
      c.put(n, "BIGINT");
    }
    return java.util.Collections.unmodifiableMap(c);
  }
}
