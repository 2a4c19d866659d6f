package org.entente.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The events of one directed dyad in one period of one dataset, added up: a row of an aggregated
 * event series, such as the cluster job writes for the whole GDELT archive. Its events are not kept
 * one by one; {@code source} says where the aggregate came from.
 *
 * @param dataset the events' dataset ({@code gdelt2}, {@code icews}…)
 * @param sourceState ISO-3 of the acting state
 * @param targetState ISO-3 of the state acted on, never {@code sourceState}
 * @param period the first day of the period
 * @param unit the period's length: {@link DatePrecision#DAY} or {@link DatePrecision#MONTH}
 * @param counts what its events add up to
 * @param source where the aggregate was read from (its manifest), for evidence
 */
public record EventAggregate(
    String dataset,
    String sourceState,
    String targetState,
    LocalDate period,
    DatePrecision unit,
    EventCounts counts,
    String source) {

  public EventAggregate {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(sourceState, "sourceState");
    Objects.requireNonNull(targetState, "targetState");
    if (sourceState.equals(targetState)) {
      throw new IllegalArgumentException(
          "targetState must differ from sourceState, both were " + sourceState);
    }
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(unit, "unit");
    if (unit == DatePrecision.YEAR) {
      throw new IllegalArgumentException("unit must be DAY or MONTH, was YEAR");
    }
    if (unit == DatePrecision.MONTH && period.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("period of a monthly aggregate must be a first of month");
    }
    Objects.requireNonNull(counts, "counts");
    source = source == null ? "" : source;
  }
}
