package org.entente.analyze;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.domain.PloverType;

/**
 * Adds events up per dataset, directed dyad and day or month: the aggregation that both the
 * embedded store ({@code entente events --all}) and the cluster job ({@code entente-spark}) run, so
 * that the two give the same rows. An event counts toward a dyad when both its actors resolve to
 * states and the states differ; the others (domestic events, actors of no state) are counted apart,
 * in {@link #withoutDyad()}.
 *
 * <pre>{@code
 * EventAggregation agg = new EventAggregation(DatePrecision.DAY);
 * events.forEach(agg::add);
 * List<EventAggregate> rows = agg.aggregates("store.duckdb");
 * }</pre>
 */
public final class EventAggregation {

  /**
   * Where an event is counted: its dataset, directed dyad and the first day of its period. Ordered
   * by those four, the order rows are written in.
   */
  public record Key(String dataset, String sourceState, String targetState, LocalDate period)
      implements Comparable<Key>, Serializable {

    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::dataset)
            .thenComparing(Key::sourceState)
            .thenComparing(Key::targetState)
            .thenComparing(Key::period);

    public Key {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(sourceState, "sourceState");
      Objects.requireNonNull(targetState, "targetState");
      Objects.requireNonNull(period, "period");
    }

    @Override
    public int compareTo(Key o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * What one event adds, and where: all a cluster job needs to move between machines once an event
   * is read.
   *
   * @param key where it counts, or null for an event without a dyad
   * @param quadClass 1–4
   * @param goldsteinMicros its Goldstein weight in millionths
   * @param plover its PLOVER type, or null
   */
  public record Count(Key key, int quadClass, long goldsteinMicros, PloverType plover)
      implements Serializable {

    public Count {
      if (quadClass < 1 || quadClass > 4) {
        throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
      }
    }

    /** What {@code e} adds when events are counted by {@code unit}. */
    public static Count of(Event e, DatePrecision unit) {
      return new Count(
          EventAggregation.key(e, unit),
          e.quadClass(),
          EventCounts.micros(e.goldstein()),
          PloverType.of(e.plover()));
    }
  }

  private final DatePrecision unit;
  private final Map<Key, EventTally> tallies = new HashMap<>();
  private long withoutDyad;

  /**
   * @param unit {@link DatePrecision#DAY} or {@link DatePrecision#MONTH}
   */
  public EventAggregation(DatePrecision unit) {
    this.unit = checkUnit(unit);
  }

  /** Rejects a unit aggregates cannot have. */
  public static DatePrecision checkUnit(DatePrecision unit) {
    if (unit != DatePrecision.DAY && unit != DatePrecision.MONTH) {
      throw new IllegalArgumentException("events are aggregated by day or month, not " + unit);
    }
    return unit;
  }

  /** The first day of the period of {@code unit} that holds {@code date}. */
  public static LocalDate periodStart(LocalDate date, DatePrecision unit) {
    return unit == DatePrecision.MONTH ? date.withDayOfMonth(1) : date;
  }

  /** Whether the event has a dyad: two different states. */
  public static boolean hasDyad(Event e) {
    return e.sourceState() != null
        && e.targetState() != null
        && !e.sourceState().equals(e.targetState());
  }

  /** The event's key, or null when it has no dyad. */
  public static Key key(Event e, DatePrecision unit) {
    if (!hasDyad(e)) {
      return null;
    }
    return new Key(e.dataset(), e.sourceState(), e.targetState(), periodStart(e.date(), unit));
  }

  /**
   * Counts one event.
   *
   * @return false when it has no dyad (counted in {@link #withoutDyad()} only)
   */
  public boolean add(Event e) {
    return add(Count.of(e, unit));
  }

  /**
   * Counts what one event adds.
   *
   * @return false when it has no dyad (counted in {@link #withoutDyad()} only)
   */
  public boolean add(Count c) {
    if (c.key() == null) {
      withoutDyad++;
      return false;
    }
    tallies.computeIfAbsent(c.key(), x -> new EventTally()).add(c);
    return true;
  }

  /** The tallies so far, by key: what a cluster job's task hands on to be merged. */
  public Map<Key, EventTally> tallies() {
    return tallies;
  }

  /** Adds an aggregate made before, by this unit or a finer one (days into months). */
  public void add(EventAggregate a) {
    if (a.unit() == DatePrecision.MONTH && unit == DatePrecision.DAY) {
      throw new IllegalArgumentException(
          "an aggregate by month cannot be counted by day (" + a.source() + ")");
    }
    Key k = new Key(a.dataset(), a.sourceState(), a.targetState(), periodStart(a.period(), unit));
    tallies.computeIfAbsent(k, x -> new EventTally()).add(a);
  }

  /** Events counted that had no dyad. */
  public long withoutDyad() {
    return withoutDyad;
  }

  /** The rows, in key order, each naming {@code source} as where it came from. */
  public List<EventAggregate> aggregates(String source) {
    List<EventAggregate> rows = new ArrayList<>(tallies.size());
    tallies.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> rows.add(aggregate(e.getKey(), e.getValue(), unit, source)));
    return rows;
  }

  /** One row from its key and tally. */
  public static EventAggregate aggregate(
      Key key, EventTally tally, DatePrecision unit, String source) {
    return new EventAggregate(
        key.dataset(),
        key.sourceState(),
        key.targetState(),
        key.period(),
        unit,
        tally.counts(),
        source);
  }
}
