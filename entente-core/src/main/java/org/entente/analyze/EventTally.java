package org.entente.analyze;

import java.io.Serializable;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.domain.PloverType;

/**
 * Adds events up into {@link EventCounts}: one mutable tally per dyad-period while a series is
 * counted. Tallies merge in any order with the same result (the Goldstein sum is kept in
 * millionths), which is what lets a cluster job count parts of the archive apart and add them up.
 * Serializable for that job.
 *
 * <pre>{@code
 * EventTally t = new EventTally();
 * events.forEach(t::add);
 * EventCounts c = t.counts();
 * }</pre>
 */
public final class EventTally implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] quad = new long[4];
  private final long[] plover = new long[PloverType.values().length];
  private long goldsteinMicros;

  /** Adds one event. */
  public EventTally add(Event e) {
    return add(e.quadClass(), EventCounts.micros(e.goldstein()), PloverType.of(e.plover()));
  }

  /** Adds what one event adds ({@link EventAggregation.Count}); its key is the caller's. */
  public EventTally add(EventAggregation.Count c) {
    return add(c.quadClass(), c.goldsteinMicros(), c.plover());
  }

  /**
   * Adds one event given by its parts.
   *
   * @param plover its PLOVER type, or null for none
   */
  public EventTally add(int quadClass, long goldsteinMicros, PloverType plover) {
    quad[quadClass - 1]++;
    this.goldsteinMicros += goldsteinMicros;
    if (plover != null) {
      this.plover[plover.ordinal()]++;
    }
    return this;
  }

  /** Adds counts made elsewhere: another tally's, or a stored aggregate's. */
  public EventTally add(EventCounts c) {
    quad[0] += c.verbalCoop();
    quad[1] += c.materialCoop();
    quad[2] += c.verbalConflict();
    quad[3] += c.materialConflict();
    goldsteinMicros += c.goldsteinMicros();
    long[] p = c.plover();
    for (int i = 0; i < p.length; i++) {
      plover[i] += p[i];
    }
    return this;
  }

  /** Adds a stored aggregate's counts. */
  public EventTally add(EventAggregate a) {
    return add(a.counts());
  }

  /** Adds another tally into this one. */
  public EventTally merge(EventTally other) {
    for (int i = 0; i < quad.length; i++) {
      quad[i] += other.quad[i];
    }
    for (int i = 0; i < plover.length; i++) {
      plover[i] += other.plover[i];
    }
    goldsteinMicros += other.goldsteinMicros;
    return this;
  }

  /** Events added so far. */
  public long events() {
    return quad[0] + quad[1] + quad[2] + quad[3];
  }

  /** What has been added, as a value. */
  public EventCounts counts() {
    return new EventCounts(quad[0], quad[1], quad[2], quad[3], goldsteinMicros, plover);
  }
}
