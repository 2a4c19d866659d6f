package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;

/**
 * The transaction every import runs in, one piece for all sources (CONTRIBUTING.md, "The import
 * transaction"): all or nothing; more rejects than allowed roll back; the rejects file is written
 * before the commit, and if it cannot be, nothing is imported; a failure is reported by its first
 * cause, never by the secondary error of the rollback.
 *
 * <pre>{@code
 * return ImportTransaction.run(conn, progress, () -> {
 *   ... stage and insert ...
 *   Path written = ImportTransaction.commit(conn, rejects, maxRejects, rejectsFile,
 *       () -> recordSources(conn, ...));
 *   return new ImportReport(..., written);
 * });
 * }</pre>
 */
final class ImportTransaction {

  /** The work inside the transaction. */
  @FunctionalInterface
  interface Body<T> {
    T run() throws SQLException;
  }

  /** A step that writes to the store. */
  @FunctionalInterface
  interface Step {
    void run() throws SQLException;
  }

  private ImportTransaction() {}

  /**
   * The store's connection for an import, after checking the arguments every import takes.
   *
   * @throws IllegalArgumentException for a negative {@code maxRejects}
   * @throws IllegalStateException for a store opened read-only
   */
  static Connection begin(Store store, int maxRejects) {
    if (maxRejects < 0) {
      throw new IllegalArgumentException("maxRejects must be 0 or more, not " + maxRejects);
    }
    if (store.access() != Store.Access.READ_WRITE) {
      throw new IllegalStateException("an import needs the store opened for writing");
    }
    return store.connection();
  }

  /** SHA-256 → source id of every file the store holds: how a re-import is recognised. */
  static Map<String, Long> knownSources(Connection conn) throws SQLException {
    Map<String, Long> known = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT sha256, source_id FROM sources")) {
      while (rs.next()) {
        known.put(rs.getString(1), rs.getLong(2));
      }
    }
    return known;
  }

  /** A new source id. */
  static long nextSourceId(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT nextval('source_ids')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A file broken before its end refuses the whole import, whatever the rejects allowed. */
  static StoreException refused(BrokenFileException e) {
    return new StoreException(
        e.getMessage()
            + ". A file that cannot be read to its end is refused whatever --max-rejects allows;"
            + " nothing was imported",
        e);
  }

  /**
   * Runs {@code body} with auto-commit off; on any failure rolls back and rethrows the first error.
   * {@code progress} is finished whatever happens.
   */
  static <T> T run(Connection conn, Progress progress, Body<T> body) throws SQLException {
    boolean autoCommit = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      return body.run();
    } catch (SQLException | RuntimeException | Error e) {
      rollbackQuietly(conn, e); // an Error too: out of memory must not leave half an import
      throw e;
    } finally {
      progress.finish();
      try {
        conn.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        // The connection failed with the import; the import's own error is the one to report.
      }
    }
  }

  /**
   * Ends an import whose rows are written: refuses it when more rows were rejected than allowed,
   * otherwise writes the rejects file, runs {@code recordSources} and commits.
   *
   * @return the rejects file written, or null when there were none or none was asked for
   * @throws ImportRejectedException after rolling back, for too many rejects or an unwritable
   *     rejects file
   */
  static Path commit(
      Connection conn, Rejects rejects, int maxRejects, RejectsFile rejectsFile, Step recordSources)
      throws SQLException {
    if (rejects.count() > maxRejects) {
      conn.rollback();
      throw ImportRejectedException.tooMany(rejects.all(), maxRejects, rejectsFile);
    }
    // The rejected rows are written before the commit: if they cannot be kept, nothing is.
    Path written = null;
    if (!rejects.isEmpty() && rejectsFile != null) {
      try {
        written = rejectsFile.write(rejects.all());
      } catch (UncheckedIOException e) {
        conn.rollback();
        throw ImportRejectedException.unwritable(rejects.all(), maxRejects, e);
      }
    }
    recordSources.run();
    try {
      conn.commit();
    } catch (SQLException e) {
      deleteQuietly(written);
      throw e;
    }
    return written;
  }

  /**
   * Rolls back after a failure. A failed write may already have ended the transaction, so an error
   * here is secondary: it is kept as suppressed, never in place of the first one.
   */
  private static void rollbackQuietly(Connection conn, Throwable cause) {
    try {
      conn.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: the failed commit is what the user hears about.
    }
  }
}
