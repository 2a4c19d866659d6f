package org.entente.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.EventPeriod;
import org.entente.domain.Event;

/**
 * Times dyad-month event series on a loaded store, as {@code ./entente events A B --by month}
 * computes them (the store's query, then {@link DyadEventSeries} in Java), without the JVM start:
 * the ten busiest pairs and random pairs with events, 50 warm-up queries, then 200 timed ones.
 * Prints p50, p95 and the largest, in milliseconds (BENCHMARKS.md, "Events at scale"; run by
 * bench/events.sh).
 *
 * <pre>{@code
 * java -cp … org.entente.store.EventQueryBenchmark STORE.duckdb
 * }</pre>
 */
public final class EventQueryBenchmark {

  private EventQueryBenchmark() {}

  public static void main(String[] args) throws SQLException {
    try (Store store =
        Store.open(Path.of(args[0]), "2GB", Store.Access.READ_ONLY, Duration.ZERO, s -> {})) {
      List<String[]> pairs = pairs(store);
      Random random = new Random(20150218);
      EventQueries queries = new EventQueries(store);
      long[] nanos = new long[200];
      long events = 0;
      for (int i = 0; i < 250; i++) {
        String[] p = i % 10 == 0 ? pairs.get(i / 10 % 10) : pairs.get(random.nextInt(pairs.size()));
        long start = System.nanoTime();
        List<Event> found = queries.between(p[0], p[1], false, null, null);
        List<DyadEventPeriod> series =
            DyadEventSeries.of(p[0], p[1], EventPeriod.MONTH, false, found);
        long took = System.nanoTime() - start;
        if (i >= 50) {
          nanos[i - 50] = took;
          events += found.size();
        }
        if (series.isEmpty()) {
          throw new IllegalStateException("no series for " + p[0] + "-" + p[1]);
        }
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "%d pairs with events; busiest %s-%s (%s events). 200 dyad-month series, %.0f events"
              + " each on average: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
          pairs.size(),
          pairs.get(0)[0],
          pairs.get(0)[1],
          pairs.get(0)[2],
          events / 200.0,
          nanos[99] / 1e6,
          nanos[189] / 1e6,
          nanos[199] / 1e6);
    }
  }

  /** Unordered state pairs with events, busiest first. */
  private static List<String[]> pairs(Store store) throws SQLException {
    List<String[]> pairs = new ArrayList<>();
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT least(source_state, target_state) a, greatest(source_state, target_state)"
                    + " b, count(*) n FROM events WHERE source_state <> target_state"
                    + " GROUP BY ALL ORDER BY n DESC, a, b")) {
      while (rs.next()) {
        pairs.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
      }
    }
    return pairs;
  }
}
