package org.entente.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One value per period for a pair, the input of change-point search: only the periods with a value,
 * in order; those without one are named in {@code skipped} (left out, never counted as 0).
 *
 * @param starts the first day of each period with a value
 * @param values the value of each, as many as {@code starts}
 * @param skipped labels of the periods from the first to the last asked for that had no value
 * @param source what the values are, in words, for notes and messages
 */
public record DyadSeries(
    String a,
    String b,
    ChangeMeasure measure,
    EventPeriod unit,
    List<LocalDate> starts,
    double[] values,
    List<String> skipped,
    String source) {

  public DyadSeries {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(unit, "unit");
    starts = List.copyOf(starts);
    values = values.clone();
    skipped = List.copyOf(skipped);
    if (starts.size() != values.length) {
      throw new IllegalArgumentException(
          "values: expected one per period (" + starts.size() + "), got " + values.length);
    }
  }

  public int size() {
    return values.length;
  }

  /** The label of period {@code i}: {@code 1998} or {@code 1998-06}. */
  public String label(int i) {
    return unit.label(starts.get(i));
  }

  /** The first day after period {@code i}. */
  public LocalDate end(int i) {
    LocalDate start = starts.get(i);
    return unit == EventPeriod.MONTH ? start.plusMonths(1) : start.plusYears(1);
  }

  @Override
  public double[] values() {
    return values.clone();
  }
}
