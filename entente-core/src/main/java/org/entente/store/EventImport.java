package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.EventFiles;
import org.entente.ingest.EventReader;
import org.entente.ingest.EventStream;
import org.entente.ingest.Progress;
import org.entente.ingest.ReadLimits;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;

/**
 * Imports event files (GDELT 2.0 and 1.0, ICEWS) into {@code events} in one transaction, by the
 * import contract (CONTRIBUTING.md), with the exceptions event files need: good rows are kept by
 * default however many are rejected, and a compressed file that ends early keeps the rows before
 * the cut. Files are streamed, never held in memory. An event is counted once: by its dataset id
 * (GDELT GLOBALEVENTID, ICEWS Event ID), and with {@code oneADay} also once per dataset, day,
 * source and target actor as written (not the resolved state, so two ministries of one state stay
 * apart) and CAMEO code: the Phoenix pipeline's rule.
 *
 * <pre>{@code
 * EventImportReport r = new EventImport(store).run(List.of(path), "auto", false,
 *     EventImport.UNLIMITED, null, Progress.NONE);
 * }</pre>
 */
public final class EventImport {

  /** {@code maxRejects} that keeps every good row whatever the rejects. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /**
   * One row per event, in the column order the appender writes. What is a function of the CAMEO
   * code (root, PLOVER type and mode, the code's name) lives once in {@code cameo_types}, refreshed
   * from the bundled table by every event import: at GDELT scale five more strings per row would
   * cost more than the rest of the row (BENCHMARKS.md, "Events at scale").
   */
  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS events (
        dataset       VARCHAR NOT NULL,
        event_id      VARCHAR NOT NULL,
        date          DATE NOT NULL,
        precision     VARCHAR NOT NULL,
        source_state  VARCHAR,
        source_name   VARCHAR NOT NULL,
        source_sector VARCHAR NOT NULL,
        target_state  VARCHAR,
        target_name   VARCHAR NOT NULL,
        target_sector VARCHAR NOT NULL,
        cameo         VARCHAR NOT NULL,
        quad_class    TINYINT NOT NULL,
        goldstein     DOUBLE NOT NULL,
        place         VARCHAR NOT NULL,
        latitude      DOUBLE,
        longitude     DOUBLE,
        url           VARCHAR NOT NULL,
        source_id     INTEGER NOT NULL,
        line          BIGINT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS cameo_types (
        cameo       VARCHAR PRIMARY KEY,
        root        VARCHAR NOT NULL,
        quad_class  TINYINT NOT NULL,
        goldstein   DOUBLE NOT NULL,
        plover      VARCHAR,
        plover_mode VARCHAR NOT NULL,
        name        VARCHAR NOT NULL
      );
      """;

  /** The columns of {@code events}, in order. */
  static final String COLUMNS =
      "dataset, event_id, date, precision, source_state, source_name, source_sector,"
          + " target_state, target_name, target_sector, cameo, quad_class, goldstein, place,"
          + " latitude, longitude, url, source_id, line";

  private final Store store;
  private final ReadLimits limits;
  private final boolean bulkLoad;

  public EventImport(Store store) {
    this(store, ReadLimits.DEFAULT, true);
  }

  private EventImport(Store store, ReadLimits limits, boolean bulkLoad) {
    this.store = store;
    this.limits = limits;
    this.bulkLoad = bulkLoad;
  }

  /** The same import reading within {@code limits}: longest line, most inflation. */
  public EventImport limits(ReadLimits limits) {
    return new EventImport(store, limits, bulkLoad);
  }

  /**
   * The same import with every file read by its Java reader, GDELT 2.0 included: the path before
   * {@link GdeltBulkLoad}, kept for the tests and the benchmark that hold the two to one store.
   */
  public EventImport rowByRow() {
    return new EventImport(store, limits, false);
  }

  /**
   * Runs the import.
   *
   * @param paths files and directories (read recursively)
   * @param dataset {@code auto}, {@code gdelt} or {@code icews}
   * @param oneADay count one event per dataset, day, source and target actor as written, and code
   * @param maxRejects how many bad rows to tolerate; above that nothing is imported
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report
   * @throws IllegalArgumentException for an unknown dataset or a file whose format auto cannot tell
   * @throws ImportRejectedException for more than {@code maxRejects} rejects
   * @throws StoreException if the store cannot be written, or a file cannot be read to its end
   *     (inflating beyond the limits, or its reader failed): nothing is imported then
   */
  public EventImportReport run(
      List<Path> paths,
      String dataset,
      boolean oneADay,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress) {
    Connection conn = ImportTransaction.begin(store, maxRejects);
    try {
      Map<String, Long> known = ImportTransaction.knownSources(conn);
      Map<Path, String> files = new LinkedHashMap<>();
      for (Path file : EventFiles.expand(paths)) {
        String sha256 = org.entente.ingest.EventLines.sha256(file);
        if (!known.containsKey(sha256) && !files.containsValue(sha256)) {
          files.put(file, sha256);
        }
      }
      if (files.isEmpty()) {
        return EventImportReport.nothingNew();
      }
      Map<Path, EventReader> readers = new LinkedHashMap<>();
      for (Path file : files.keySet()) {
        readers.put(file, EventFiles.reader(dataset, file));
      }
      return write(conn, files, readers, oneADay, maxRejects, rejectsFile, progress);
    } catch (BrokenFileException e) {
      throw ImportTransaction.refused(e);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  private record Loaded(long sourceId, Path file, String sha256, long rows, int rejects) {}

  private EventImportReport write(
      Connection conn,
      Map<Path, String> files,
      Map<Path, EventReader> readers,
      boolean oneADay,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress)
      throws SQLException {
    return ImportTransaction.run(
        conn,
        progress,
        () -> {
          Rejects rejects = new Rejects(maxRejects);
          List<Loaded> loaded = new ArrayList<>();
          try (Statement st = conn.createStatement()) {
            upgrade(st);
            refreshCameoTypes(conn);
            long appended = 0;
            long duplicates;
            try (EventStaging staging = new EventStaging(conn, oneADay)) {
              GdeltBulkLoad bulk = new GdeltBulkLoad(conn, limits);
              for (Map.Entry<Path, String> f : files.entrySet()) {
                long sourceId = ImportTransaction.nextSourceId(st);
                EventReader reader = readers.get(f.getKey());
                int rejectsBefore = rejects.count();
                long rows = 0;
                String name = f.getKey().toString();
                try {
                  if (bulkLoad && reader.dataset().equals("gdelt2")) {
                    rows = bulk.load(f.getKey(), name, sourceId, staging, rejects, progress);
                  } else {
                    try (EventStream events =
                        EventStream.start(f.getKey(), name, reader, limits, rejects, progress)) {
                      for (List<Event> batch = events.next();
                          batch != null;
                          batch = events.next()) {
                        staging.add(batch, sourceId);
                        rows += batch.size();
                      }
                    }
                  }
                } catch (Rejects.TooMany e) {
                  // Refused whatever follows: reading on would only fill memory with rejects.
                  throw ImportRejectedException.tooMany(rejects.all(), maxRejects, rejectsFile);
                }
                appended += rows;
                loaded.add(
                    new Loaded(
                        sourceId, f.getKey(), f.getValue(), rows, rejects.count() - rejectsBefore));
              }
              staging.moveIntoStore();
              duplicates = staging.duplicates();
            }
            long rowsRead = appended + rejects.count();
            Path written =
                ImportTransaction.commit(
                    conn, rejects, maxRejects, rejectsFile, () -> recordSources(conn, loaded));
            return new EventImportReport(
                false,
                loaded.size(),
                rowsRead,
                appended - duplicates,
                duplicates,
                rejects.all(),
                written);
          }
        });
  }

  /**
   * Rebuilds an {@code events} table made by an earlier version (with root and PLOVER columns,
   * without precision, sectors and place) in today's shape, keeping its rows: in one transaction,
   * so that a crash leaves the old table as it was.
   */
  static void upgrade(Statement st) throws SQLException {
    if (OneFileImport.count(
            st,
            "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'events' AND column_name = 'root'")
        == 0) {
      return;
    }
    boolean own = st.getConnection().getAutoCommit();
    if (own) {
      st.execute("BEGIN TRANSACTION");
    }
    st.execute(
        "CREATE TABLE events_upgraded AS SELECT dataset, event_id, date, 'day' AS precision,"
            + " source_state, source_name, '' AS source_sector, target_state, target_name,"
            + " '' AS target_sector, cameo, quad_class, goldstein, '' AS place,"
            + " NULL::DOUBLE AS latitude, NULL::DOUBLE AS longitude, url, source_id, line"
            + " FROM events");
    st.execute("DROP TABLE events");
    st.execute(TABLES);
    st.execute("INSERT INTO events SELECT * FROM events_upgraded");
    st.execute("DROP TABLE events_upgraded");
    if (own) {
      st.execute("COMMIT");
    }
  }

  static void refreshCameoTypes(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("DELETE FROM cameo_types");
    }
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO cameo_types VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (CameoEventTypes.Type t : CameoEventTypes.bundled().types()) {
        ps.setString(1, t.code());
        ps.setString(2, t.code().substring(0, 2));
        ps.setInt(3, t.quadClass());
        ps.setDouble(4, t.goldstein());
        ps.setString(5, t.plover());
        ps.setString(6, t.ploverMode() == null ? "" : t.ploverMode());
        ps.setString(7, t.name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void recordSources(Connection conn, List<Loaded> loaded) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO sources VALUES (?, ?, ?, ?,"
                + " (SELECT count(*) FROM events WHERE source_id = ?), ?, current_timestamp)")) {
      for (Loaded l : loaded) {
        ps.setLong(1, l.sourceId());
        ps.setString(2, l.file().toString());
        ps.setString(3, "events");
        ps.setString(4, l.sha256());
        ps.setLong(5, l.sourceId());
        ps.setLong(6, l.rejects());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
