package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;

/**
 * What an import of event files did. Every row read is imported, a duplicate or rejected.
 *
 * @param alreadyLoaded every file had been imported before (same SHA-256); nothing was read
 * @param files files read
 * @param rowsRead event rows read (header lines not counted)
 * @param imported events added to the store
 * @param duplicates events already in the store or earlier in the files by the duplicate rule
 * @param rejects rows that could not be loaded
 * @param rejectsFile where they were written, or null when there were none or no file was asked for
 */
public record EventImportReport(
    boolean alreadyLoaded,
    int files,
    long rowsRead,
    long imported,
    long duplicates,
    List<Reject> rejects,
    Path rejectsFile) {

  public EventImportReport {
    rejects = List.copyOf(rejects);
  }

  static EventImportReport nothingNew() {
    return new EventImportReport(true, 0, 0, 0, 0, List.of(), null);
  }
}
