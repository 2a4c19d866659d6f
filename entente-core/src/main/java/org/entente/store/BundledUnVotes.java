package org.entente.store;

import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The UN General Assembly votes shipped with Entente (sessions 1–75; provenance in {@code
 * data/unvotes/README.md}), loaded into a store on first use.
 */
public final class BundledUnVotes {

  private static final String DIR = "/org/entente/data/unvotes/";

  private BundledUnVotes() {}

  /**
   * Loads the bundled votes unless the store already holds them. Cheap when they are there: the
   * files are recognised by checksum.
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, CountryCodes codes, Progress progress) {
    UnVotesImport importer = new UnVotesImport(store, codes);
    ImportReport main =
        importer.run(
            new UnVotesFiles(
                file("un_roll_calls.csv.gz"),
                file("un_roll_call_issues.csv.gz"),
                file("un_votes.csv.gz")),
            "bundled",
            0,
            progress);
    ImportReport session75 =
        importer.run(
            new UnVotesFiles(
                file("unga_session75_2020_roll_calls.csv.gz"),
                null,
                file("unga_session75_2020_votes.csv.gz")),
            "bundled",
            0,
            progress);
    return !main.alreadyLoaded() || !session75.alreadyLoaded();
  }

  private static SourceFile file(String name) {
    return SourceFile.resource(BundledUnVotes.class, DIR + name);
  }
}
