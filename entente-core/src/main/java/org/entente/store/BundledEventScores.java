package org.entente.store;

import java.util.List;
import java.util.Map;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * GDELT 2.0 cooperation–conflict scores per pair of states, 2018-01 … 2024-02, shipped with Entente
 * ({@code data/gdelt-graph/}, GPL-3.0 with GDELT's attribution) and loaded on first use: the
 * monthly file for every pair, the daily file for pairs among 31 key states. Each file is one
 * import, recognised by its SHA-256.
 */
public final class BundledEventScores {

  private static final String DIR = "/org/entente/data/gdelt-graph/";
  static final String MONTHLY_FILE = "gdelt_graph_all_pairs_monthly.csv.gz";
  static final String DAILY_FILE = "gdelt_graph_key_states_daily.csv.gz";

  /**
   * Monthly rows naming a territory or observer that is not one of Entente's states (ABW, AIA, BMU,
   * COK, CYM, GGY, MAC, PSE, SHN, VAT): the bundled load accepts exactly this many rejects, all of
   * that kind ({@code data/gdelt-graph/README.md}).
   */
  static final int MONTHLY_REJECTS = 16_900;

  /** Who the bundled scores come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Event scores 2018–2024: the GDELT Project (Kalev Leetaru and Philip A. Schrodt, \"GDELT:"
              + " Global Data on Events, Location and Tone, 1979–2012\", ISA Annual Convention,"
              + " 2013), aggregated by github.com/gzemo/gdelt-graph-data; a separate work under"
              + " GPL-3.0 (data/gdelt-graph/LICENSE-GPL-3.0).");

  /** The bundled scores as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "GDELT cooperation–conflict scores per pair of states (2018-01 … 2024-02)";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return store.hasSources(checksums().values());
        }

        @Override
        public void load(Store store, Progress progress) {
          ensureLoaded(store, progress);
        }
      };

  private BundledEventScores() {}

  /**
   * Loads the bundled scores unless the store already holds them.
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, Progress progress) {
    if (SOURCE.isLoaded(store)) {
      return false;
    }
    CountryCodes codes = CountryCodes.bundled();
    AllianceImportReport monthly =
        new ScoreSeriesImport(store, codes, ScoreRow.Precision.MONTH)
            .run(file(MONTHLY_FILE), "bundled", MONTHLY_REJECTS, null, progress);
    AllianceImportReport daily =
        new ScoreSeriesImport(store, codes, ScoreRow.Precision.DAY)
            .run(file(DAILY_FILE), "bundled", 0, null, progress);
    return !monthly.alreadyLoaded() || !daily.alreadyLoaded();
  }

  /** Both bundled files with their SHA-256, as listed in {@code SHA256SUMS}. */
  static Map<String, String> checksums() {
    return BundledUnVotes.checksums(DIR);
  }

  static SourceFile file(String name) {
    return SourceFile.resource(BundledEventScores.class, DIR + name);
  }
}
