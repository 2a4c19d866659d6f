package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import org.entente.code.PermanentMembers;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The UN Security Council vetoes shipped with Entente ({@code data/unsc-vetoes/}), loaded into a
 * store on first use: Yordan's list of 1946 to July 2022, and Entente's cited additions from
 * September 2022 on. Both files load in one transaction.
 */
public final class BundledVetoes {

  static final String DIR = "/org/entente/data/unsc-vetoes/";

  /** Who the bundled vetoes come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Security Council vetoes 1946 – July 2022: Carlos L. Yordan, The World Politics Data Lab,"
              + " List of UN Security Council Vetoes (1946-2022), MIT licence, from the UN Dag"
              + " Hammarskjöld Library's veto list (research.un.org/en/docs/sc/quick/veto).",
          "Security Council vetoes September 2022 – 2025: compiled for Entente from UN press"
              + " releases and meeting records, each row cited (data/unsc-vetoes/vetoes-2022-2025.csv).");

  /** The bundled vetoes as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "UN Security Council vetoes (1946–2025)";
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
          if (isLoaded(store)) {
            return;
          }
          new VetoImport(store, PermanentMembers.bundled())
              .run(files(), "bundled", 0, null, progress);
        }
      };

  private BundledVetoes() {}

  /** The bundled files, in loading order: Yordan's list first, then the additions. */
  static List<SourceFile> files() {
    List<SourceFile> files = new ArrayList<>();
    for (String name : BundledUnVotes.checksums(DIR).keySet()) {
      files.add(BundledUnVotes.file(DIR, name));
    }
    return files;
  }
}
