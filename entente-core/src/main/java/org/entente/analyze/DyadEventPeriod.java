package org.entente.analyze;

import java.util.Objects;
import org.entente.domain.EventCounts;

/**
 * The events of one dyad in one period, added up by QuadClass and PLOVER type.
 *
 * @param a first state (the source when directed)
 * @param b second state (the target when directed)
 * @param period its label: {@code 2018-06-01}, {@code 2018-W22}, {@code 2018-06} or {@code 2018}
 * @param counts what the period's events add up to
 */
public record DyadEventPeriod(String a, String b, String period, EventCounts counts) {

  public DyadEventPeriod {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(counts, "counts");
  }

  /** All events. */
  public long events() {
    return counts.events();
  }

  /** QuadClass 1. */
  public long verbalCoop() {
    return counts.verbalCoop();
  }

  /** QuadClass 2. */
  public long materialCoop() {
    return counts.materialCoop();
  }

  /** QuadClass 3. */
  public long verbalConflict() {
    return counts.verbalConflict();
  }

  /** QuadClass 4. */
  public long materialConflict() {
    return counts.materialConflict();
  }

  /** Sum of the events' Goldstein weights. */
  public double goldsteinSum() {
    return counts.goldsteinSum();
  }

  /** Mean Goldstein weight of the period's events. */
  public double goldsteinMean() {
    return counts.goldsteinMean();
  }
}
