package org.entente.store;

import java.time.LocalDate;
import java.util.List;
import org.entente.code.SanctionsPrograms;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The sanctions lists shipped with Entente ({@code data/sanctions/}), loaded into a store on first
 * use: the UN Security Council Consolidated List of 2026-02-27, OFAC's SDN list of 2024-05-03, and
 * an excerpt of fifteen entries of Japan's Ministry of Finance asset-freeze list of 2026-08-28 (the
 * whole file could not be obtained; see {@code data/sanctions/README.md}). All are snapshots: a
 * designation removed before its list's day is not in it.
 */
public final class BundledSanctions {

  private static final String DIR = "/org/entente/data/sanctions/";

  static final String UN_FILE = "un-sc-consolidated-2026-02-27.xml.gz";

  static final String SDN_FILE = "sdn_2024-05-03.csv.gz";

  /** The day the bundled SDN file was downloaded from OFAC; the file itself carries no date. */
  static final LocalDate SDN_PUBLISHED = LocalDate.of(2024, 5, 3);

  static final String MOF_FILE = "mof-shisantouketsu-2026-08-28-excerpt.csv.gz";

  /** The day of the bundled MOF list, from its file name {@code shisantouketsu20260828.csv}. */
  static final LocalDate MOF_PUBLISHED = LocalDate.of(2026, 8, 28);

  /** Who the bundled lists come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Sanctions: United Nations Security Council Consolidated List, 2026-02-27 (an official"
              + " publication of the United Nations).",
          "Sanctions: US Department of the Treasury, Office of Foreign Assets Control, Specially"
              + " Designated Nationals list, 2024-05-03 (US government work, public domain).",
          "Sanctions: Ministry of Finance, Japan, 経済制裁措置及び対象者リスト, 2026-08-28, an"
              + " excerpt of 15 entries (Government of Japan Standard Terms of Use, compatible"
              + " with CC BY 4.0).",
          "Sanctions programme metadata derived from OpenSanctions' programme descriptions"
              + " (opensanctions/opensanctions meta/programs, MIT licence).");

  /** The bundled lists as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "Sanctions lists (UN Security Council 2026-02-27, OFAC SDN 2024-05-03,"
              + " Japan MOF 2026-08-28 excerpt)";
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
            new SanctionsImport(store, SanctionsPrograms.bundled())
                .run(files(), "bundled", 0, null, progress);
          }
        }
      };

  private BundledSanctions() {}

  /** The bundled files, UN first. */
  static List<SanctionsFile> files() {
    return List.of(
        SanctionsFile.un(SourceFile.resource(BundledSanctions.class, DIR + UN_FILE)),
        SanctionsFile.ofac(
            SourceFile.resource(BundledSanctions.class, DIR + SDN_FILE), SDN_PUBLISHED),
        SanctionsFile.mof(
            SourceFile.resource(BundledSanctions.class, DIR + MOF_FILE), MOF_PUBLISHED));
  }
}
