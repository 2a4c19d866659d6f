package org.entente.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One year of a militarized interstate dispute between two states, from the Correlates of War MID
 * 5.0 dyad-year data, seen from {@code a} (the file's {@code ccode1}): each side's highest action
 * and hostility level, the dispute's fatality level and duration. Kept as the file has it, with
 * both COW codes, so that a row can always be matched to its source line.
 *
 * @param a the ISO-3 actor of {@code ccode1}
 * @param b the ISO-3 actor of {@code ccode2}
 * @param dispnum the dispute's number in MID
 * @param onset the dispute began this year ({@code cowmidonset})
 * @param ongoing the dispute was under way this year ({@code cowmidongoing})
 * @param sideA1 {@code a} was on side A, the side that took the first militarized action
 * @param hiact1 {@code a}'s highest action in the dispute, 0 (none) to 23 (join interstate war)
 * @param hostlev1 {@code a}'s hostility level, 1 (no militarized action) to 5 (war)
 * @param fatality the dispute's fatality level, 0 (none) to 6 (over 999 deaths), -9 unknown
 * @param hostlev the dispute's hostility level (the higher of the two sides')
 * @param reciprocated the other side answered with a militarized action ({@code recip})
 * @param startMonth the month the dispute began ({@code stmon})
 * @param minDays the dispute's shortest possible duration, in days ({@code mindur})
 * @param maxDays its longest possible duration ({@code maxdur})
 */
public record MidDyadYear(
    String a,
    String b,
    int year,
    int dispnum,
    int ccode1,
    int ccode2,
    boolean onset,
    boolean ongoing,
    boolean sideA1,
    boolean sideA2,
    int hiact1,
    int hiact2,
    int hostlev1,
    int hostlev2,
    int fatality,
    int hostlev,
    boolean reciprocated,
    int startMonth,
    int minDays,
    int maxDays,
    String file,
    long line) {

  /** MID's fatality code for "unknown" (codebook, variable {@code fatality}). */
  public static final int FATALITY_UNKNOWN = -9;

  public MidDyadYear {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a and b must be two states, got " + a + " twice");
    }
    if (year < 1816 || year > 9999) {
      throw new IllegalArgumentException("year must be 1816 or later, was " + year);
    }
    if (dispnum <= 0) {
      throw new IllegalArgumentException("dispnum must be positive, was " + dispnum);
    }
    if (ccode1 <= 0 || ccode2 <= 0) {
      throw new IllegalArgumentException(
          "COW codes must be positive, were " + ccode1 + " and " + ccode2);
    }
    range("hiact1", hiact1, 0, 23);
    range("hiact2", hiact2, 0, 23);
    range("hostlev1", hostlev1, 1, 5);
    range("hostlev2", hostlev2, 1, 5);
    range("hostlev", hostlev, 1, 5);
    if (fatality != FATALITY_UNKNOWN) {
      range("fatality", fatality, 0, 6);
    }
    range("startMonth", startMonth, 1, 12);
    if (minDays < 1 || maxDays < minDays) {
      throw new IllegalArgumentException(
          "minDays must be 1 or more and maxDays at least minDays, were "
              + minDays
              + ", "
              + maxDays);
    }
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be " + min + " to " + max + ", was " + value);
    }
  }

  public Dyad dyad() {
    return Dyad.of(a, b);
  }

  /** {@code MID 5.0 cow-mid5-….csv.gz line 1234: dispute 4182, COW 750 (IND) – 770 (PAK), 1999}. */
  public String citation() {
    return String.format(
        Locale.ROOT,
        "MID 5.0 %s line %d: dispute %d, COW %d (%s) – %d (%s), %d",
        file,
        line,
        dispnum,
        ccode1,
        a,
        ccode2,
        b,
        year);
  }
}
