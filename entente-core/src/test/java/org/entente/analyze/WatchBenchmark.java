package org.entente.analyze;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.Dyad;
import org.entente.store.Store;
import org.entente.store.Watches;

/**
 * How long the watch takes after an import (BENCHMARKS.md, "Watching"): the first {@code N} pairs
 * of 46 states are watched in a copy of a store holding the bundled data, their baseline kept, then
 * the check that runs after every import is timed twice.
 *
 * <pre>{@code
 * java -cp … org.entente.analyze.WatchBenchmark STORE-COPY 1000
 * }</pre>
 */
public final class WatchBenchmark {

  private static final String STATES =
      "USA CHN RUS PRK KOR JPN GBR FRA DEU IND PAK IRN ISR UKR BLR SYR TWN VNM PHL AUS CAN BRA ZAF"
          + " SAU TUR IDN MEX ARG ITA EGY MNG ESP POL NLD BEL SWE NOR FIN DNK GRC PRT AUT CHE CZE"
          + " HUN ROU";

  private WatchBenchmark() {}

  public static void main(String[] args) {
    String[] states = STATES.split(" ");
    List<Dyad> pairs = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      for (int j = i + 1; j < states.length; j++) {
        pairs.add(Dyad.of(states[i], states[j]));
      }
    }
    pairs = pairs.subList(0, Math.min(pairs.size(), Integer.parseInt(args[1])));
    try (Store store = Store.open(Path.of(args[0]), "2GB")) {
      new Watches(store).add(pairs);
      long t0 = System.nanoTime();
      int baseline = Watching.baseline(store, pairs, Instant.now());
      long t1 = System.nanoTime();
      Watching.Checked first = Watching.check(store, Instant.now());
      long t2 = System.nanoTime();
      Watching.Checked second = Watching.check(store, Instant.now());
      long t3 = System.nanoTime();
      System.out.printf(
          java.util.Locale.ROOT,
          "%d pairs: baseline of %d turning points in %.2f s; check after an import: %d new in"
              + " %.2f s, again %d new in %.2f s%n",
          pairs.size(),
          baseline,
          (t1 - t0) / 1e9,
          first.raised().size(),
          (t2 - t1) / 1e9,
          second.raised().size(),
          (t3 - t2) / 1e9);
    }
  }
}
