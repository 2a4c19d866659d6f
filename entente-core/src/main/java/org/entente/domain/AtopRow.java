package org.entente.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One directed dyad-year of ATOP's alliance data: in {@code year}, state {@code a} had these
 * obligations towards {@code b} through at least one alliance. Kept as the file has it, with both
 * COW codes, so that a row can always be matched to the source line.
 *
 * @param a the ISO-3 actor of {@code ccode1}
 * @param b the ISO-3 actor of {@code ccode2}
 * @param ccode1 COW code as in the file
 * @param ccode2 COW code as in the file
 */
public record AtopRow(
    String a,
    String b,
    int year,
    int ccode1,
    int ccode2,
    Obligations obligations,
    String file,
    long line)
    implements TieRecord {

  public AtopRow {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a and b must be two states, got " + a + " twice");
    }
    if (year < 1815 || year > 9999) {
      throw new IllegalArgumentException("year must be 1815 or later, was " + year);
    }
    if (ccode1 <= 0 || ccode2 <= 0) {
      throw new IllegalArgumentException(
          "COW codes must be positive, were " + ccode1 + " and " + ccode2);
    }
    Objects.requireNonNull(obligations, "obligations");
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  public Dyad dyad() {
    return Dyad.of(a, b);
  }

  /** {@code ATOP 5.1 atop5_1_ddyr.csv.gz line 143240: COW 365 (RUS) → 731 (PRK), 1961}. */
  @Override
  public String citation() {
    return String.format(
        Locale.ROOT,
        "ATOP 5.1 %s line %d: COW %d (%s) → %d (%s), %d",
        file,
        line,
        ccode1,
        a,
        ccode2,
        b,
        year);
  }
}
