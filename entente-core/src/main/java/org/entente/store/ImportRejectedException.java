package org.entente.store;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;
import org.entente.ingest.RejectsFile;

/**
 * An import was rolled back because of its bad rows: there were more than allowed, or they could
 * not be written to the rejects file (and an import never loses rows silently). The store is as it
 * was.
 */
public final class ImportRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Reject> rejects;
  private final transient Path rejectsFile;

  private ImportRejectedException(String message, List<Reject> rejects, Path rejectsFile) {
    super(message);
    this.rejects = List.copyOf(rejects);
    this.rejectsFile = rejectsFile;
  }

  /** More rows were bad than allowed; they are written to {@code target} when it can be. */
  static ImportRejectedException tooMany(List<Reject> rejects, int maxRejects, RejectsFile target) {
    String message =
        rejects.size()
            + " row(s) rejected (at most "
            + maxRejects
            + " allowed); nothing was imported. First: "
            + rejects.get(0).describe();
    if (target == null) {
      return new ImportRejectedException(message, rejects, null);
    }
    try {
      Path written = target.write(rejects);
      return new ImportRejectedException(
          message + "\nAll rejected rows: " + written, rejects, written);
    } catch (UncheckedIOException e) {
      return new ImportRejectedException(message + "\n" + e.getMessage(), rejects, null);
    }
  }

  /** The rows were within the limit, but the rejects file could not be written. */
  static ImportRejectedException unwritable(
      List<Reject> rejects, int maxRejects, UncheckedIOException failure) {
    return new ImportRejectedException(
        rejects.size()
            + " row(s) rejected (at most "
            + maxRejects
            + " allowed), but "
            + failure.getMessage()
            + "; nothing was imported, so that the rejected rows are not lost",
        rejects,
        null);
  }

  public List<Reject> rejects() {
    return rejects;
  }

  /** The rejects file written, or null if none could be (then only this exception has them). */
  public Path rejectsFile() {
    return rejectsFile;
  }
}
