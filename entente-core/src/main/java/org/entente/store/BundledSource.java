package org.entente.store;

import java.util.List;
import org.entente.ingest.Progress;

/**
 * One data set shipped with Entente and loaded into a store on first use: the UN votes, the
 * alliance and treaty records, the militarized disputes and shared IGOs, the expert references
 * (Peace Scale, rivalries), the Security Council vetoes, the sanctions lists. Each is recognised in
 * a store by the checksums of its files, so a loaded store reads no data file.
 */
public interface BundledSource {

  /** What it is, for the first-use message: "UN General Assembly votes (sessions 1–80)". */
  String description();

  /** Who it comes from, as its terms ask to be acknowledged; one line each. */
  List<String> attribution();

  /** Whether the store holds every file of this source (by checksum; no data file is read). */
  boolean isLoaded(Store store);

  /** Loads what the store lacks, each import in its own transaction; a no-op when loaded. */
  void load(Store store, Progress progress);
}
