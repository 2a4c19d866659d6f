package org.entente.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * How many intergovernmental organisations two states both belonged to as full members in a year,
 * from the Correlates of War IGO data, version 3 (non-directed dyad-years). Kept with both COW
 * codes and the source line.
 *
 * @param a the ISO-3 actor of {@code ccode1}
 * @param b the ISO-3 actor of {@code ccode2}
 * @param igos the file's {@code dyadigos}: IGOs with both as full members
 */
public record IgoJointMembership(
    String a, String b, int year, int ccode1, int ccode2, int igos, String file, long line) {

  public IgoJointMembership {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a and b must be two states, got " + a + " twice");
    }
    if (year < 1816 || year > 9999) {
      throw new IllegalArgumentException("year must be 1816 or later, was " + year);
    }
    if (ccode1 <= 0 || ccode2 <= 0) {
      throw new IllegalArgumentException(
          "COW codes must be positive, were " + ccode1 + " and " + ccode2);
    }
    if (igos < 0) {
      throw new IllegalArgumentException("igos must be 0 or more, was " + igos);
    }
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  public Dyad dyad() {
    return Dyad.of(a, b);
  }

  /** {@code COW IGO 3 cow-igo-….csv.gz line 5: COW 2 (USA) – 20 (CAN), 1949: 29 IGOs}. */
  public String citation() {
    return String.format(
        Locale.ROOT,
        "COW IGO 3 %s line %d: COW %d (%s) – %d (%s), %d: %d IGOs",
        file,
        line,
        ccode1,
        a,
        ccode2,
        b,
        year,
        igos);
  }
}
