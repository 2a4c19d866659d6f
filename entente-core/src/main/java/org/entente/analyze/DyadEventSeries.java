package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.domain.Event;

/**
 * Counts a dyad's events per period and QuadClass, in plain Java over event rows, so that the same
 * code gives the same numbers wherever the rows come from (the store, or a cluster job over the
 * whole archive). Undirected by default: events either way between the two states count.
 *
 * <pre>{@code
 * List<DyadEventPeriod> s = DyadEventSeries.of("USA", "PRK", EventPeriod.DAY, false, events);
 * }</pre>
 */
public final class DyadEventSeries {

  private DyadEventSeries() {}

  /**
   * The periods in which the pair has events, in order; events of other pairs are ignored.
   *
   * @param directed count only events from {@code a} to {@code b}
   */
  public static List<DyadEventPeriod> of(
      String a, String b, EventPeriod period, boolean directed, Iterable<Event> events) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, double[]> sums = new TreeMap<>();
    for (Event e : events) {
      boolean forward = a.equals(e.sourceState()) && b.equals(e.targetState());
      boolean backward = b.equals(e.sourceState()) && a.equals(e.targetState());
      if (!(forward || (!directed && backward))) {
        continue;
      }
      String label = period.label(e.date());
      counts.computeIfAbsent(label, k -> new long[4])[e.quadClass() - 1]++;
      sums.computeIfAbsent(label, k -> new double[1])[0] += e.goldstein();
    }
    List<DyadEventPeriod> series = new ArrayList<>();
    for (Map.Entry<String, long[]> c : counts.entrySet()) {
      long[] q = c.getValue();
      series.add(
          new DyadEventPeriod(
              a,
              b,
              c.getKey(),
              q[0] + q[1] + q[2] + q[3],
              q[0],
              q[1],
              q[2],
              q[3],
              sums.get(c.getKey())[0]));
    }
    return series;
  }
}
