package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Reject;

/**
 * What an import of sanctions lists did.
 *
 * @param alreadyLoaded every file had been imported before (same SHA-256); nothing was read
 * @param entriesAdded list entries written
 * @param namesAdded names and aliases written
 * @param rejects entries that could not be loaded
 * @param rejectsFile where they were written, or null
 */
public record SanctionsImportReport(
    boolean alreadyLoaded,
    long entriesAdded,
    long namesAdded,
    List<Reject> rejects,
    Path rejectsFile,
    List<String> inStoreAlready) {

  public SanctionsImportReport {
    rejects = List.copyOf(rejects);
    inStoreAlready = List.copyOf(inStoreAlready);
  }

  static SanctionsImportReport nothingNew() {
    return new SanctionsImportReport(true, 0, 0, List.of(), null, List.of());
  }
}
