package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;

/**
 * What an import did.
 *
 * @param alreadyLoaded every file had been imported before (same SHA-256); nothing was read
 * @param rollCallsAdded new roll calls written
 * @param votesAdded new votes written
 * @param unchanged rows that were already in the store with the same content
 * @param rejects rows that could not be loaded
 * @param rejectsFile where they were written, or null when there were none or no file was asked for
 * @param notes what was read but deliberately not loaded, in words (e.g. resolutions adopted
 *     without a vote)
 */
public record ImportReport(
    boolean alreadyLoaded,
    long rollCallsAdded,
    long issueTagsAdded,
    long votesAdded,
    long unchanged,
    List<Reject> rejects,
    Path rejectsFile,
    List<String> notes) {

  public ImportReport {
    rejects = List.copyOf(rejects);
    notes = List.copyOf(notes);
  }

  static ImportReport nothingNew() {
    return new ImportReport(true, 0, 0, 0, 0, List.of(), null, List.of());
  }
}
