package org.entente.store;

import java.util.List;
import java.util.Map;
import org.entente.code.CowCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The Correlates of War evidence shipped with Entente ({@code data/conflict/}), loaded into a store
 * on first use: militarized interstate dispute dyad-years (MID 5.0) and joint IGO memberships (IGO
 * 3), both 1946–2014. Each file is one import, recognised by its SHA-256.
 */
public final class BundledConflict {

  static final String DIR = "/org/entente/data/conflict/";
  private static final String MID_FILE = "cow-mid5-dyad-years-1946-2014.csv.gz";
  private static final String IGO_FILE = "cow-igo-joint-memberships-1946-2014.csv.gz";

  /**
   * Rows naming the Republic of Vietnam (COW 817) or Kosovo (347), which have no ISO-3 code: the
   * bundled load accepts exactly this many rejects, all of that kind ({@code
   * data/conflict/README.md}).
   */
  static final int MID_REJECTS = 86;

  /** As {@link #MID_REJECTS}, for the IGO file. */
  static final int IGO_REJECTS = 3_928;

  /** Who the bundled conflict data come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Militarized disputes 1946–2014: Correlates of War MID 5.0, Palmer, McManus, D'Orazio,"
              + " Kenwick, Karstens, Bloch, Dietrich, Kahn, Ritter and Soules, \"The MID5 Dataset,"
              + " 2011–2014: Procedures, coding rules, and description\", Conflict Management and"
              + " Peace Science 39(4) (2022): 470–482; via the R package peacesciencer.",
          "Joint IGO memberships 1946–2014: Correlates of War IGO 3.0, Pevehouse, Nordstrom,"
              + " McManus and Jamison, \"Tracking organizations in the world: The Correlates of War"
              + " IGO Version 3.0 datasets\", Journal of Peace Research 57(3) (2020): 492–503; via"
              + " the R package peacesciencer. Free to use with these citations.");

  /** The bundled conflict data as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "Militarized disputes (COW MID 5.0) and joint IGO memberships (COW IGO 3),"
              + " 1946–2014";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return BundledConflict.isLoaded(store);
        }

        @Override
        public void load(Store store, Progress progress) {
          ensureLoaded(store, progress);
        }
      };

  private BundledConflict() {}

  /**
   * Loads the bundled conflict data unless the store already holds them; cheap when it does (the
   * checksums in {@code SHA256SUMS} are compared with the store's sources).
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, Progress progress) {
    if (isLoaded(store)) {
      return false;
    }
    CowCodes cow = CowCodes.bundled();
    AllianceImportReport mid =
        new MidDyadYearImport(store, cow).run(midFile(), "bundled", MID_REJECTS, null, progress);
    AllianceImportReport igo =
        new IgoJointMembershipImport(store, cow)
            .run(igoFile(), "bundled", IGO_REJECTS, null, progress);
    return !mid.alreadyLoaded() || !igo.alreadyLoaded();
  }

  /** Whether the store holds both bundled files (by checksum; no data file is read). */
  public static boolean isLoaded(Store store) {
    return store.hasSources(checksums().values());
  }

  /** Every bundled conflict file with its SHA-256, as listed in {@code SHA256SUMS}. */
  static Map<String, String> checksums() {
    return BundledUnVotes.checksums(DIR);
  }

  static SourceFile midFile() {
    return SourceFile.resource(BundledConflict.class, DIR + MID_FILE);
  }

  static SourceFile igoFile() {
    return SourceFile.resource(BundledConflict.class, DIR + IGO_FILE);
  }
}
