package org.entente.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of an aggregated cooperation–conflict score series: the summed score of an unordered pair
 * of states over one day or one month. A score is not an event count: GDELT's graph scores add
 * Goldstein values weighted by sources, articles and tone ({@code data/gdelt-graph/README.md}).
 *
 * @param dataset the series' name, e.g. {@code gdelt-graph}
 * @param a the first state, ISO-3, alphabetically before {@code b}
 * @param b the second state, ISO-3
 * @param start the first day of the period
 * @param precision how long the period is
 * @param scoreSum the summed score over the period
 * @param days days of the period with a non-zero score
 * @param file the file the row was read from
 * @param line its line in that file
 */
public record ScoreRow(
    String dataset,
    String a,
    String b,
    LocalDate start,
    Precision precision,
    double scoreSum,
    int days,
    String file,
    long line) {

  /** The length of the period a row covers. */
  public enum Precision {
    DAY,
    MONTH
  }

  public ScoreRow {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(precision, "precision");
    if (a == null || b == null || a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("a must come before b: " + a + ", " + b);
    }
    if (precision == Precision.MONTH && start.getDayOfMonth() != 1) {
      throw new IllegalArgumentException("start of a month must be its first day: " + start);
    }
    if (!Double.isFinite(scoreSum)) {
      throw new IllegalArgumentException("scoreSum must be finite: " + scoreSum);
    }
    if (days < 1 || days > (precision == Precision.DAY ? 1 : 31)) {
      throw new IllegalArgumentException("days out of range for a " + precision + ": " + days);
    }
  }
}
