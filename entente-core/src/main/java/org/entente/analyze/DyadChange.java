package org.entente.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One turning point of a pair's series: where a new segment starts, the mean of the segment before
 * and of the segment after, and the evidence around it ({@link ChangeExplanations}).
 *
 * @param date the first period of the new segment: {@code 1998} or {@code 1998-06}
 * @param before the mean of the segment before
 * @param after the mean of the segment from {@code date}
 * @param beforeFrom the first period of the segment before
 * @param afterTo the last period of the segment from {@code date}
 * @param evidence one item per record cited, most telling first
 */
public record DyadChange(
    String a,
    String b,
    ChangeMeasure measure,
    String date,
    double before,
    double after,
    String beforeFrom,
    String afterTo,
    List<String> evidence) {

  public DyadChange {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(date, "date");
    evidence = List.copyOf(evidence);
  }

  /** Whether the series rose at this change. */
  public boolean rise() {
    return after > before;
  }
}
