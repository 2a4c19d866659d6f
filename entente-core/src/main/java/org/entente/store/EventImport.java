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
import org.entente.domain.Event;
import org.entente.ingest.EventFiles;
import org.entente.ingest.EventReader;
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
      """;

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
            st.execute("CREATE TABLE staged_events AS SELECT * FROM events WITH NO DATA");
            try (DuckDBAppender app =
                conn.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_events")) {
              for (Map.Entry<Path, String> f : files.entrySet()) {
                long sourceId = ImportTransaction.nextSourceId(st);
                String name = f.getKey().toString();
                int rejectsBefore = rejects.count();
                long[] rows = {0};
                SQLException[] failed = {null};
                EventFiles.read(
                    f.getKey(),
                    name,
                    readers.get(f.getKey()),
                    rejects,
                    progress,
                    event -> {
                      if (failed[0] != null) {
                        return;
                      }
                      try {
                        append(app, event, sourceId);
                        rows[0]++;
                      } catch (SQLException e) {
                        failed[0] = e;
                      }
                    });
                if (failed[0] != null) {
                  throw failed[0];
                }
                loaded.add(
                    new Loaded(
                        sourceId,
                        f.getKey(),
                        f.getValue(),
                        rows[0],
                        rejects.count() - rejectsBefore));
              }
            }
            long staged = OneFileImport.count(st, "SELECT count(*) FROM staged_events");
            long added = st.executeUpdate(insertNew(oneADay));
            st.execute("DROP TABLE staged_events");
            long rowsRead = staged + rejects.count();
            Path written =
                ImportTransaction.commit(
                    conn, rejects, maxRejects, rejectsFile, () -> recordSources(conn, loaded));
            return new EventImportReport(
                false, loaded.size(), rowsRead, added, staged - added, rejects.all(), written);
          }
        });
  }

  /** The staged events that are new by the duplicate rule, first occurrence kept. */
  private static String insertNew(boolean oneADay) {
    String firstById =
        "SELECT * FROM staged_events QUALIFY row_number() OVER"
            + " (PARTITION BY dataset, event_id ORDER BY source_id, line) = 1";
    String sql =
        "INSERT INTO events SELECT s.* FROM ("
            + firstById
            + ") s ANTI JOIN events t USING (dataset, event_id)";
    if (!oneADay) {
      return sql;
    }
    String day = "dataset, date, source_name, target_name, cameo";
    return "INSERT INTO events SELECT s.* FROM (SELECT * FROM ("
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
    app.beginRow().append(e.dataset()).append(e.id()).append(e.date());
    nullable(app, e.sourceState()).append(e.sourceName());
    nullable(app, e.targetState())
        .append(e.targetName())
        .append(e.cameo())
        .append(e.root())
        .append((byte) e.quadClass())
        .append(e.goldstein());
    nullable(app, e.plover()).append(e.url()).append((int) sourceId).append(e.line()).endRow();
  }

  private static DuckDBAppender nullable(DuckDBAppender app, String value) throws SQLException {
    return value == null ? app.appendNull() : app.append(value);
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
