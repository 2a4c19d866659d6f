package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;

/**
 * What an import of Security Council vetoes did.
 *
 * @param alreadyLoaded every file had been imported before (same SHA-256); nothing was read
 * @param vetoesAdded new veto records written
 * @param unchanged records already in the store with the same date, draft and members (from this
 *     file's earlier copy or another source), left as they were
 * @param rejects rows that could not be loaded
 * @param rejectsFile where they were written, or null when there were none or no file was asked for
 * @param notes what was read but deliberately not loaded, in words
 */
public record VetoImportReport(
    boolean alreadyLoaded,
    long vetoesAdded,
    long unchanged,
    List<Reject> rejects,
    Path rejectsFile,
    List<String> notes) {

  public VetoImportReport {
    rejects = List.copyOf(rejects);
    notes = List.copyOf(notes);
  }

  static VetoImportReport nothingNew() {
    return new VetoImportReport(true, 0, 0, List.of(), null, List.of());
  }
}
