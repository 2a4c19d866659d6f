package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;

/**
 * What an import of alliance data (ATOP rows or treaty records) did.
 *
 * @param alreadyLoaded the file had been imported before (same SHA-256); nothing was read
 * @param rowsAdded new rows written
 * @param unchanged rows that were already in the store with the same content
 * @param rejects rows that could not be loaded
 * @param rejectsFile where they were written, or null when there were none or no file was asked for
 */
public record AllianceImportReport(
    boolean alreadyLoaded, long rowsAdded, long unchanged, List<Reject> rejects, Path rejectsFile) {

  public AllianceImportReport {
    rejects = List.copyOf(rejects);
  }

  static AllianceImportReport nothingNew() {
    return new AllianceImportReport(true, 0, 0, List.of(), null);
  }
}
