package org.entente.store;

import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Explains why writing to the store failed. DuckDB reports a full disk in the statement that hit
 * it, and later statements of the same transaction only say that no transaction is active; the
 * message names the first cause and says that nothing was written (the transaction was rolled
 * back).
 */
final class WriteFailure {

  private WriteFailure() {}

  static StoreException of(Path store, SQLException e) {
    if (isDiskFull(e)) {
      return new StoreException(
          "the disk holding "
              + store
              + " is full ("
              + DiskSpace.free(store)
              + " free): the import needs more room. Nothing was written; free some space, or use"
              + " --db to put the store on another disk",
          e);
    }
    return new StoreException(
        "import failed, nothing was written: " + StoreFile.firstLine(e.getMessage()), e);
  }

  /** Whether any error in the chain, or suppressed beside it, is a full disk. */
  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null
          && (message.contains("No space left on device")
              || message.contains("Disk quota exceeded")
              || message.contains("File too large"))) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isDiskFull(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }
}
