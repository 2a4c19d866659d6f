package org.entente.analyze;

import java.util.Objects;

/**
 * The events of one dyad in one period, counted by QuadClass.
 *
 * @param a first state (the source when directed)
 * @param b second state (the target when directed)
 * @param period its label: {@code 2018-06-01}, {@code 2018-W22}, {@code 2018-06} or {@code 2018}
 * @param events all events
 * @param verbalCoop QuadClass 1
 * @param materialCoop QuadClass 2
 * @param verbalConflict QuadClass 3
 * @param materialConflict QuadClass 4
 * @param goldsteinSum sum of the events' Goldstein weights
 */
public record DyadEventPeriod(
    String a,
    String b,
    String period,
    long events,
    long verbalCoop,
    long materialCoop,
    long verbalConflict,
    long materialConflict,
    double goldsteinSum) {

  public DyadEventPeriod {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(period, "period");
    if (events != verbalCoop + materialCoop + verbalConflict + materialConflict) {
      throw new IllegalArgumentException("events must be the sum of the four QuadClass counts");
    }
  }

  /** Mean Goldstein weight of the period's events. */
  public double goldsteinMean() {
    return events == 0 ? 0 : goldsteinSum / events;
  }
}
