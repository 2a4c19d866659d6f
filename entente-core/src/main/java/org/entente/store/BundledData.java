package org.entente.store;

import java.util.List;
import java.util.function.Consumer;
import org.entente.ingest.Progress;

/** Every data set shipped with Entente, loaded into a store on first use. */
public final class BundledData {

  private BundledData() {}

  /** The bundled sources, in loading order. */
  public static List<BundledSource> all() {
    return List.of(
        BundledUnVotes.SOURCE,
        BundledAlliances.SOURCE,
        BundledConflict.SOURCE,
        BundledReferences.SOURCE,
        BundledVetoes.SOURCE,
        BundledSanctions.SOURCE,
        BundledRegimes.SOURCE,
        BundledEventScores.SOURCE);
  }

  /** Whether the store holds every bundled file (no data file is read). */
  public static boolean isLoaded(Store store) {
    return all().stream().allMatch(source -> source.isLoaded(store));
  }

  /**
   * Loads every bundled source the store lacks.
   *
   * @param announce hears the description of each source before it loads
   * @return the sources loaded now
   */
  public static List<BundledSource> ensureLoaded(
      Store store, Progress progress, Consumer<String> announce) {
    List<BundledSource> missing = all().stream().filter(s -> !s.isLoaded(store)).toList();
    for (BundledSource source : missing) {
      announce.accept(source.description());
      source.load(store, progress);
    }
    return missing;
  }

  /** Who the bundled data come from, one line per source. */
  public static List<String> attribution() {
    return all().stream().flatMap(s -> s.attribution().stream()).toList();
  }
}
