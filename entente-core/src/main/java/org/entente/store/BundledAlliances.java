package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The alliance evidence shipped with Entente, loaded into a store on first use: ATOP 5.1's directed
 * dyad-years 1815–2018 ({@code data/atop/}) and the treaty records with their citations ({@code
 * data/treaties/}). Each is one import, recognised by its SHA-256; an edited treaty file replaces
 * the one a store holds, in the same transaction.
 */
public final class BundledAlliances {

  private static final String ATOP = "/org/entente/data/atop/";
  private static final String TREATIES = "/org/entente/data/treaties/";
  private static final String ATOP_FILE = "atop5_1_ddyr.csv.gz";
  private static final String TREATY_FILE = "treaties.csv";

  /**
   * ATOP rows naming a state without an ISO code (Austria-Hungary, the German and Italian states
   * before unification, the Republic of Vietnam, the Korea of 1887–1905): the bundled load accepts
   * exactly this many rejects, all of that kind ({@code data/atop/README.md}).
   */
  static final int ATOP_REJECTS = 5_448;

  /** Who the bundled alliance data come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Alliances 1815–2018: ATOP 5.1, Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin"
              + " Mitchell and Andrew G. Long, \"Alliance Treaty Obligations and Provisions,"
              + " 1815–1944\", International Interactions 28 (2002): 237–260; via the R package"
              + " peacesciencer. Free to use with this citation.",
          "Treaty records: data/treaties/treaties.csv, each record with the citation of its"
              + " dates and provisions.");

  /** The bundled alliance data as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "Alliances (ATOP 5.1, 1815–2018) and treaty records";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return BundledAlliances.isLoaded(store);
        }

        @Override
        public void load(Store store, Progress progress) {
          ensureLoaded(store, progress);
        }
      };

  private BundledAlliances() {}

  /**
   * Loads the bundled alliance data unless the store already holds them; cheap when it does (the
   * checksums in {@code SHA256SUMS} are compared with the store's sources).
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, Progress progress) {
    if (isLoaded(store)) {
      return false;
    }
    AllianceImportReport atop =
        new AtopImport(store, CowCodes.bundled())
            .run(atopFile(), "bundled", ATOP_REJECTS, null, progress);
    SourceFile treaties = treatyFile();
    AllianceImportReport records =
        new TreatyImport(store, CountryCodes.bundled())
            .replacing(earlierReleases(store, TREATY_FILE, treaties.sha256()))
            .run(treaties, "bundled", 0, null, progress);
    return !atop.alreadyLoaded() || !records.alreadyLoaded();
  }

  /** Whether the store holds both bundled files (by checksum; no data file is read). */
  public static boolean isLoaded(Store store) {
    List<String> all = new ArrayList<>(BundledUnVotes.checksums(ATOP).values());
    all.addAll(BundledUnVotes.checksums(TREATIES).values());
    return store.hasSources(all);
  }

  /** Every bundled alliance file with its SHA-256, as listed in the {@code SHA256SUMS} files. */
  static Map<String, String> checksums() {
    Map<String, String> all = new LinkedHashMap<>();
    BundledUnVotes.checksums(ATOP).forEach((name, sha) -> all.put(ATOP + name, sha));
    BundledUnVotes.checksums(TREATIES).forEach((name, sha) -> all.put(TREATIES + name, sha));
    return all;
  }

  static SourceFile atopFile() {
    return SourceFile.resource(BundledAlliances.class, ATOP + ATOP_FILE);
  }

  static SourceFile treatyFile() {
    return SourceFile.resource(BundledAlliances.class, TREATIES + TREATY_FILE);
  }

  /** SHA-256 of the bundled files of this name the store holds that are not the current one. */
  static Set<String> earlierReleases(Store store, String name, String current) {
    Set<String> earlier = new HashSet<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT sha256 FROM sources WHERE kind = 'bundled' AND name = ? AND sha256 <> ?")) {
      ps.setString(1, name);
      ps.setString(2, current);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          earlier.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the sources of " + store.file() + ": " + e, e);
    }
    return earlier;
  }
}
