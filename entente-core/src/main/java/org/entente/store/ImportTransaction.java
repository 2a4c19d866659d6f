package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
   * Runs {@code body} with auto-commit off; on any failure rolls back and rethrows the first error.
   * {@code progress} is finished whatever happens.
   */
  static <T> T run(Connection conn, Progress progress, Body<T> body) throws SQLException {
    boolean autoCommit = conn.getAutoCommit();
    conn.setAutoCommit(false);
    try {
      return body.run();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(conn, e);
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
  private static void rollbackQuietly(Connection conn, Exception cause) {
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
