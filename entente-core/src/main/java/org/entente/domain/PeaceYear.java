package org.entente.domain;

import java.util.Objects;

/**
 * An expert's judgement of how two states got on in one year: the Peace Scale of Diehl, Goertz &
 * Gallegos (2021), the year's mean of its monthly codes — 0 severe rivalry, 0.25 lesser rivalry,
 * 0.5 negative peace, 0.75 warm peace, 1 security community.
 *
 * @param a one state, ISO-3, before {@code b} alphabetically
 * @param b the other state, ISO-3
 * @param year the calendar year
 * @param peace the scale's value, 0 … 1
 * @param file the file the judgement was read from
 * @param line its line in that file
 */
public record PeaceYear(String a, String b, int year, double peace, String file, long line) {

  public PeaceYear {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("expected a < b, got " + a + ", " + b);
    }
    if (!(peace >= 0 && peace <= 1)) {
      throw new IllegalArgumentException("peace must be 0 … 1, got " + peace);
    }
  }

  /** The scale's category nearest the year's mean: 0, 0.25, 0.5, 0.75 or 1. */
  public double category() {
    return Math.round(peace * 4) / 4.0;
  }
}
