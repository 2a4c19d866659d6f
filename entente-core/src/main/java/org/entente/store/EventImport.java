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
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;
import org.entente.ingest.EventFiles;
import org.entente.ingest.EventReader;
import org.entente.ingest.EventStream;
import org.entente.ingest.Progress;
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

  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS events (
        dataset      VARCHAR NOT NULL,
        event_id     VARCHAR NOT NULL,
        date         DATE NOT NULL,
        source_state VARCHAR,
        source_name  VARCHAR NOT NULL,
        target_state VARCHAR,
        target_name  VARCHAR NOT NULL,
        cameo        VARCHAR NOT NULL,
        root         VARCHAR NOT NULL,
        quad_class   TINYINT NOT NULL,
        goldstein    DOUBLE NOT NULL,
        plover       VARCHAR,
        url          VARCHAR NOT NULL,
        source_id    INTEGER NOT NULL,
        line         BIGINT NOT NULL
      );
      ALTER TABLE events ADD COLUMN IF NOT EXISTS precision VARCHAR DEFAULT 'day';
      ALTER TABLE events ADD COLUMN IF NOT EXISTS source_sector VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN IF NOT EXISTS target_sector VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN IF NOT EXISTS plover_mode VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN IF NOT EXISTS place VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN IF NOT EXISTS latitude DOUBLE;
      ALTER TABLE events ADD COLUMN IF NOT EXISTS longitude DOUBLE;
      """;

  /**
   * What Java appends for each event: only what the line itself says. The dataset (one per file),
   * the CAMEO root, QuadClass and PLOVER type and mode (functions of the CAMEO code, which the
   * readers have checked the file's own against) are added in SQL when the staged rows are
   * inserted, where it costs a join rather than five strings per row.
   */
  private static final String STAGED =
      """
      CREATE TEMP TABLE staged_events (
        event_id     VARCHAR NOT NULL,
        date         DATE NOT NULL,
        precision    UTINYINT NOT NULL,
        source_state VARCHAR,
        source_name  VARCHAR NOT NULL,
        source_sector VARCHAR NOT NULL,
        target_state VARCHAR,
        target_name  VARCHAR NOT NULL,
        target_sector VARCHAR NOT NULL,
        cameo        VARCHAR NOT NULL,
        goldstein    DOUBLE NOT NULL,
        place        VARCHAR NOT NULL,
        latitude     DOUBLE,
        longitude    DOUBLE,
        url          VARCHAR NOT NULL,
        source_id    INTEGER NOT NULL,
        line         BIGINT NOT NULL
      );
      CREATE TEMP TABLE staged_files (source_id INTEGER, dataset VARCHAR);
      CREATE TEMP TABLE staged_cameo (
        cameo VARCHAR, root VARCHAR, quad_class TINYINT, plover VARCHAR, plover_mode VARCHAR);
      """;

  private static final String COLUMNS =
      "dataset, event_id, date, precision, source_state, source_name, source_sector,"
          + " target_state, target_name, target_sector, cameo, root, quad_class, goldstein,"
          + " plover, plover_mode, place, latitude, longitude, url, source_id, line";

  private final Store store;

  public EventImport(Store store) {
    this.store = store;
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
   * @throws StoreException if the store cannot be written
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
          Rejects rejects = new Rejects();
          List<Loaded> loaded = new ArrayList<>();
          try (Statement st = conn.createStatement()) {
            st.execute(STAGED);
            stageCameoTypes(conn);
            try (DuckDBAppender app =
                conn.unwrap(DuckDBConnection.class).createAppender("temp", "main", "staged_events")) {
              for (Map.Entry<Path, String> f : files.entrySet()) {
                long sourceId = ImportTransaction.nextSourceId(st);
                EventReader reader = readers.get(f.getKey());
                st.execute(
                    "INSERT INTO staged_files VALUES ("
                        + sourceId
                        + ", '"
                        + reader.dataset()
                        + "')");
                int rejectsBefore = rejects.count();
                long rows = 0;
                String name = f.getKey().toString();
                try (EventStream events =
                    EventStream.start(f.getKey(), name, reader, rejects, progress)) {
                  for (List<Event> batch = events.next(); batch != null; batch = events.next()) {
                    for (Event e : batch) {
                      append(app, e, sourceId);
                    }
                    rows += batch.size();
                  }
                }
                loaded.add(
                    new Loaded(
                        sourceId, f.getKey(), f.getValue(), rows, rejects.count() - rejectsBefore));
              }
            }
            long t0 = System.nanoTime();
            long staged = OneFileImport.count(st, "SELECT count(*) FROM staged_events");
            long added = st.executeUpdate(insertNew(oneADay));
            System.err.printf("TIMING insert %.2f s%n", (System.nanoTime() - t0) / 1e9);
            st.execute(
                "DROP TABLE staged_events; DROP TABLE staged_files; DROP TABLE staged_cameo");
            long rowsRead = staged + rejects.count();
            Path written =
                ImportTransaction.commit(
                    conn, rejects, maxRejects, rejectsFile, () -> recordSources(conn, loaded));
            System.err.printf("TIMING insert+commit %.2f s%n", (System.nanoTime() - t0) / 1e9);
            return new EventImportReport(
                false, loaded.size(), rowsRead, added, staged - added, rejects.all(), written);
          }
        });
  }

  private static void stageCameoTypes(Connection conn) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO staged_cameo VALUES (?, ?, ?, ?, ?)")) {
      for (CameoEventTypes.Type t : CameoEventTypes.bundled().types()) {
        ps.setString(1, t.code());
        ps.setString(2, t.code().substring(0, 2));
        ps.setInt(3, t.quadClass());
        ps.setString(4, t.plover());
        ps.setString(5, "");
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Moves the staged events that are new by the duplicate rule into {@code events}, first
   * occurrence kept, with what the CAMEO code and the file imply added.
   */
  private static String insertNew(boolean oneADay) {
    String complete =
        "SELECT f.dataset, s.event_id, s.date, ['day', 'month', 'year'][s.precision + 1] AS precision,"
            + " s.source_state, s.source_name, s.source_sector, s.target_state, s.target_name,"
            + " s.target_sector, s.cameo, c.root, c.quad_class, s.goldstein, c.plover,"
            + " c.plover_mode, s.place, s.latitude, s.longitude, s.url, s.source_id, s.line"
            + " FROM staged_events s JOIN staged_files f USING (source_id)"
            + " JOIN staged_cameo c USING (cameo)";
    String firstById =
        "SELECT * FROM ("
            + complete
            + ") QUALIFY row_number() OVER (PARTITION BY dataset, event_id ORDER BY source_id, line)"
            + " = 1";
    String insert = "INSERT INTO events (" + COLUMNS + ") SELECT " + COLUMNS + " FROM (";
    if (!oneADay) {
      return insert + firstById + ") s ANTI JOIN events t USING (dataset, event_id)";
    }
    String day = "dataset, date, source_name, target_name, cameo";
    return insert
        + "SELECT * FROM ("
        + firstById
        + ") QUALIFY row_number() OVER (PARTITION BY "
        + day
        + " ORDER BY source_id, line) = 1) s"
        + " WHERE NOT EXISTS (SELECT 1 FROM events t WHERE t.dataset = s.dataset"
        + " AND (t.event_id = s.event_id OR (t.date = s.date"
        + " AND t.source_name = s.source_name AND t.target_name = s.target_name"
        + " AND t.cameo = s.cameo)))";
  }

  private static void append(DuckDBAppender app, Event e, long sourceId) throws SQLException {
    app.beginRow()
        .append(e.id())
        .appendEpochDays((int) e.date().toEpochDay())
        .append((byte) e.precision().ordinal());
    nullable(app, e.source().state()).append(e.source().name()).append(e.source().sector());
    nullable(app, e.target().state())
        .append(e.target().name())
        .append(e.target().sector())
        .append(e.cameo())
        .append(e.goldstein())
        .append(e.place().name());
    coordinate(app, e.place().latitude());
    coordinate(app, e.place().longitude());
    app.append(e.url()).append((int) sourceId).append(e.line()).endRow();
  }

  private static DuckDBAppender nullable(DuckDBAppender app, String value) throws SQLException {
    return value == null ? app.appendNull() : app.append(value);
  }

  private static DuckDBAppender coordinate(DuckDBAppender app, double value) throws SQLException {
    return Double.isNaN(value) ? app.appendNull() : app.append(value);
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
