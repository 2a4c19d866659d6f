package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;

/**
 * Counts a dyad's events per period by QuadClass and PLOVER type, in plain Java over event rows and
 * stored aggregates ({@link EventTally}), so that the same code gives the same numbers wherever the
 * rows come from: events imported one by one, or aggregates of the whole archive made by the
 * cluster job. Undirected by default: events either way between the two states count.
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
    return of(a, b, period, directed, events, List.of());
  }

  /**
   * The periods in which the pair has events or aggregates, in order.
   *
   * @param aggregates stored aggregates of the pair; each must be by a unit {@code period} can be
   *     counted from ({@link EventPeriod#countableFrom})
   * @throws IllegalArgumentException for an aggregate by month asked for by day or week
   */
  public static List<DyadEventPeriod> of(
      String a,
      String b,
      EventPeriod period,
      boolean directed,
      Iterable<Event> events,
      List<EventAggregate> aggregates) {
    Map<String, EventTally> tallies = new TreeMap<>();
    for (Event e : events) {
      if (counts(a, b, directed, e.sourceState(), e.targetState())) {
        tallies.computeIfAbsent(period.label(e.date()), k -> new EventTally()).add(e);
      }
    }
    for (EventAggregate g : aggregates) {
      if (!period.countableFrom(g.unit())) {
        throw new IllegalArgumentException(
            "the events of "
                + g.sourceState()
                + "–"
                + g.targetState()
                + " in "
                + g.source()
                + " are aggregated by "
                + g.unit().name().toLowerCase(java.util.Locale.ROOT)
                + ": they can be counted by month or year, not by "
                + period.key());
      }
      if (counts(a, b, directed, g.sourceState(), g.targetState())) {
        tallies.computeIfAbsent(period.label(g.period()), k -> new EventTally()).add(g);
      }
    }
    List<DyadEventPeriod> series = new ArrayList<>(tallies.size());
    tallies.forEach((label, t) -> series.add(new DyadEventPeriod(a, b, label, t.counts())));
    return series;
  }

  private static boolean counts(
      String a, String b, boolean directed, String source, String target) {
    boolean forward = a.equals(source) && b.equals(target);
    boolean backward = b.equals(source) && a.equals(target);
    return forward || (!directed && backward);
  }
}
