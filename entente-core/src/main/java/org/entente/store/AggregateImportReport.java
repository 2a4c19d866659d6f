package org.entente.store;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.Reject;

/**
 * What an import of the cluster job's aggregates did.
 *
 * @param alreadyLoaded the aggregate had been imported before (same manifest SHA-256); nothing was
 *     read
 * @param manifest the output's manifest
 * @param files Parquet files read
 * @param rowsRead aggregate rows read
 * @param imported aggregate rows added to the store
 * @param events events in the rows added
 * @param rejects rows that could not be loaded
 * @param rejectsFile where they were written, or null when there were none or no file was asked for
 */
public record AggregateImportReport(
    boolean alreadyLoaded,
    AggregateManifest manifest,
    int files,
    long rowsRead,
    long imported,
    long events,
    List<Reject> rejects,
    Path rejectsFile) {

  public AggregateImportReport {
    rejects = List.copyOf(rejects);
  }

  static AggregateImportReport nothingNew(AggregateManifest manifest) {
    return new AggregateImportReport(true, manifest, 0, 0, 0, 0, List.of(), null);
  }
}
