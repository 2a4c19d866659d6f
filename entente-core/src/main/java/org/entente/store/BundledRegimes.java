package org.entente.store;

import java.util.List;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The table of autonomous sanctions regimes shipped with Entente ({@code
 * data/sanctions-regimes/regimes.csv}): who, beside the UN, sanctions which state, through which
 * instrument, since when, each record with its citation. Loaded into a store on first use and
 * recognised by its SHA-256; an edited release replaces the one a store holds, in the same
 * transaction.
 */
public final class BundledRegimes {

  private static final String DIR = "/org/entente/data/sanctions-regimes/";
  private static final String FILE = "regimes.csv";

  /** Who the records come from. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Sanctions regimes: data/sanctions-regimes/regimes.csv, each record with the citation of"
              + " its instrument: the authority's own publication first where one was found.");

  /** The regime table as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "Autonomous sanctions regimes and counter-sanctions (cited records)";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return store.hasSources(BundledUnVotes.checksums(DIR).values());
        }

        @Override
        public void load(Store store, Progress progress) {
          if (!isLoaded(store)) {
            SourceFile records = file();
            new SanctionsRegimeImport(store, CountryCodes.bundled())
                .replacing(BundledAlliances.earlierReleases(store, FILE, records.sha256()))
                .run(records, "bundled", 0, null, progress);
          }
        }
      };

  private BundledRegimes() {}

  static SourceFile file() {
    return SourceFile.resource(BundledRegimes.class, DIR + FILE);
  }
}
