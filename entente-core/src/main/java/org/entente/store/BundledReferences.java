package org.entente.store;

import java.util.List;
import java.util.Map;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The expert references shipped with Entente ({@code data/validation/}), loaded into a store on
 * first use: half of the Peace Scale's dyads (v3.0, 1992–2020) and the strategic rivalries of
 * Thompson, Sakuwa & Suhas (to 2020). The relation model is calibrated on the Peace Scale's {@code
 * fit} pairs and checked on the others. Each file is one import, recognised by its SHA-256.
 */
public final class BundledReferences {

  static final String DIR = "/org/entente/data/validation/";
  private static final String PEACE_FILE = "peace-scale-v3-dev-dyads.csv.gz";
  private static final String RIVALRY_FILE = "tss-rivalries-2020.csv.gz";

  /**
   * Peace Scale rows whose first state has no ISO-3 code (an empty code, paired with Croatia or
   * Moldova): the bundled load accepts exactly this many rejects ({@code
   * data/validation/README.md}).
   */
  static final int PEACE_REJECTS = 21;

  /**
   * Rivalries naming Austria-Hungary (COW 300), Venice (324), the Republic of Vietnam (817) or
   * Kosovo (347), which have no ISO-3 code: as {@link #PEACE_REJECTS}, for the rivalries.
   */
  static final int RIVALRY_REJECTS = 10;

  /** Who the bundled references come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Peace Scale v3.0 1992–2020, half of its dyads: Diehl, Goertz and Gallegos, \"Peace"
              + " data: Concept, measurement, patterns, and research agenda\", Conflict Management"
              + " and Peace Science 38(5) (2021): 605–624; CC BY 4.0.",
          "Strategic rivalries 1494–2020: Thompson, Sakuwa and Suhas, Analyzing Strategic"
              + " Rivalries in World Politics (Springer, 2021); via the R package peacesciencer."
              + " Free to use with this citation.");

  /** The bundled references as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "Expert references for the relation model: Peace Scale v3.0 (half of its"
              + " pairs), strategic rivalries (Thompson, Sakuwa & Suhas)";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return BundledReferences.isLoaded(store);
        }

        @Override
        public void load(Store store, Progress progress) {
          ensureLoaded(store, progress);
        }
      };

  private BundledReferences() {}

  /**
   * Loads the bundled references unless the store already holds them; cheap when it does (the
   * checksums in {@code SHA256SUMS} are compared with the store's sources).
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, Progress progress) {
    if (isLoaded(store)) {
      return false;
    }
    AllianceImportReport peace =
        new PeaceScaleImport(store, CountryCodes.bundled())
            .run(peaceFile(), "bundled", PEACE_REJECTS, null, progress);
    AllianceImportReport rivalries =
        new RivalryImport(store, CowCodes.bundled())
            .run(rivalryFile(), "bundled", RIVALRY_REJECTS, null, progress);
    return !peace.alreadyLoaded() || !rivalries.alreadyLoaded();
  }

  /** Whether the store holds both bundled files (by checksum; no data file is read). */
  public static boolean isLoaded(Store store) {
    return store.hasSources(checksums().values());
  }

  /** Every bundled reference file with its SHA-256, as listed in {@code SHA256SUMS}. */
  static Map<String, String> checksums() {
    return BundledUnVotes.checksums(DIR);
  }

  static SourceFile peaceFile() {
    return SourceFile.resource(BundledReferences.class, DIR + PEACE_FILE);
  }

  static SourceFile rivalryFile() {
    return SourceFile.resource(BundledReferences.class, DIR + RIVALRY_FILE);
  }
}
