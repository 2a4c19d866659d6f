package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * The import contract of CONTRIBUTING.md ("The store and the import contract") for a source that is
 * one file filling one table: recognised by SHA-256, read whole before anything is written, written
 * in one transaction in which rows already present are skipped and rows that contradict the store
 * are rejected, rolled back above {@code maxRejects}, the rejects file written before the commit.
 * {@link UnVotesImport} is the model; subclasses say how to read, stage and compare.
 *
 * @param <T> one row as read
 */
abstract class OneFileImport<T> {

  private final Store store;
  private final Set<String> replacing;

  OneFileImport(Store store, Set<String> replacing) {
    this.store = store;
    for (String sha : replacing) {
      if (!sha.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("not a SHA-256 checksum: " + sha);
      }
    }
    this.replacing = Set.copyOf(replacing);
  }

  /** The table the rows go to; its staging copy is {@code staged_<table>}. */
  abstract String table();

  /** The columns that identify a row across files: a second row with them is the same row. */
  abstract String key();

  /** Reads the file; bad rows go to {@code rejects}. */
  abstract List<T> read(SourceFile file, Rejects rejects, Progress progress);

  /** Writes the rows into {@code staged_<table>} (same columns as the table). */
  abstract void stage(Connection conn, List<T> rows, long sourceId) throws SQLException;

  /**
   * Rejects the staged rows that have the key of a stored row but other content, and deletes them
   * from {@code staged_<table>}.
   */
  abstract void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException;

  Set<String> replacing() {
    return replacing;
  }

  /**
   * Runs the import.
   *
   * @param kind provenance label recorded for the source file, e.g. {@code bundled}
   * @param maxRejects how many bad rows to tolerate; above that the import is rolled back
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} rows were rejected, or the
   *     rejected rows could not be written
   * @throws StoreException if the file cannot be read to its end, or the store cannot be written
   */
  AllianceImportReport run(
      SourceFile file, String kind, int maxRejects, RejectsFile rejectsFile, Progress progress) {
    Connection conn = ImportTransaction.begin(store, maxRejects);
    try {
      String sha256 = file.sha256();
      if (isKnown(conn, sha256)) {
        return AllianceImportReport.nothingNew();
      }
      Rejects rejects = new Rejects();
      List<T> rows = read(file, rejects, progress);
      return write(conn, file, sha256, rows, rejects, kind, maxRejects, rejectsFile, progress);
    } catch (BrokenFileException e) {
      throw ImportTransaction.refused(e);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  private AllianceImportReport write(
      Connection conn,
      SourceFile file,
      String sha256,
      List<T> rows,
      Rejects rejects,
      String kind,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress)
      throws SQLException {
    return ImportTransaction.run(
        conn,
        progress,
        () -> {
          String staged = "staged_" + table();
          try (Statement st = conn.createStatement()) {
            progress.start("Writing " + file.name() + " to the store", 4, "steps");
            long sourceId = ImportTransaction.nextSourceId(st);
            removeReplaced(st);
            st.execute("CREATE TABLE " + staged + " AS SELECT * FROM " + table() + " WITH NO DATA");
            stage(conn, rows, sourceId);
            progress.advanceTo(1);

            rejectConflicts(st, file.name(), rejects);
            progress.advanceTo(2);

            long stagedRows = count(st, "SELECT count(*) FROM " + staged);
            long added =
                st.executeUpdate(
                    "INSERT INTO "
                        + table()
                        + " SELECT s.* FROM "
                        + staged
                        + " s ANTI JOIN "
                        + table()
                        + " t USING ("
                        + key()
                        + ")");
            st.execute("DROP TABLE " + staged);
            progress.advanceTo(3);

            Path rejectsWritten =
                ImportTransaction.commit(
                    conn,
                    rejects,
                    maxRejects,
                    rejectsFile,
                    () -> {
                      try (PreparedStatement ps =
                          conn.prepareStatement(
                              "INSERT INTO sources VALUES (?, ?, ?, ?, (SELECT count(*) FROM "
                                  + table()
                                  + " WHERE source_id = ?), ?, current_timestamp)")) {
                        ps.setLong(1, sourceId);
                        ps.setString(2, file.name());
                        ps.setString(3, kind);
                        ps.setString(4, sha256);
                        ps.setLong(5, sourceId);
                        ps.setLong(6, rejects.count());
                        ps.executeUpdate();
                      }
                    });
            progress.advanceTo(4);
            return new AllianceImportReport(
                false, added, stagedRows - added, rejects.all(), rejectsWritten);
          }
        });
  }

  /**
   * Deletes, inside the import's transaction, every row of the sources this import replaces: a
   * newer release of a bundled file takes their place, or nothing changes.
   */
  private void removeReplaced(Statement st) throws SQLException {
    if (replacing.isEmpty()) {
      return;
    }
    String ids =
        "(SELECT source_id FROM sources WHERE sha256 IN ("
            + replacing.stream().map(h -> "'" + h + "'").collect(Collectors.joining(","))
            + "))";
    st.execute(
        "DELETE FROM "
            + table()
            + " WHERE source_id IN "
            + ids
            + "; DELETE FROM sources WHERE source_id IN "
            + ids);
  }

  private static boolean isKnown(Connection conn, String sha256) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM sources WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
