package org.entente.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year, as sources give them: {@code 1961-07-11},
 * {@code 2022-02}, {@code 2000} (DESIGN.md: dates carry their precision). It stands for every day
 * from {@link #first()} to {@link #last()}.
 *
 * @param year the year, 1 to 9999
 * @param month 1 to 12, or 0 when only the year is known
 * @param day 1 to the month's length, or 0 when not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How much of a date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year must be 1 to 9999, was " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month must be 1 to 12 (0: unknown), was " + month);
    }
    if (day != 0 && month == 0) {
      throw new IllegalArgumentException("a day needs a month: " + year + "-?-" + day);
    }
    if (day != 0) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "no such day " + year + "-" + month + "-" + day + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException for any other form, or a day that does not exist
   */
  public static PartialDate parse(String text) {
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (m.group(2) != null && month == 0) {
      throw new IllegalArgumentException("'" + text + "': there is no month 00");
    }
    if (m.group(3) != null && day == 0) {
      throw new IllegalArgumentException("'" + text + "': there is no day 00");
    }
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The earliest day this date can mean. */
  public LocalDate first() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** The latest day this date can mean. */
  public LocalDate last() {
    if (month == 0) {
      return LocalDate.of(year, 12, 31);
    }
    return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
  }

  /** Orders by earliest day, then by latest. */
  @Override
  public int compareTo(PartialDate other) {
    int c = first().compareTo(other.first());
    return c != 0 ? c : last().compareTo(other.last());
  }

  /** As written: {@code 1961-07-11}, {@code 2022-02}, {@code 2000}. */
  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
      case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    };
  }
}
