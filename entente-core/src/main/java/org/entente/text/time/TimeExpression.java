package org.entente.text.time;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.domain.DatePrecision;
import org.entente.domain.PartialDate;

/**
 * A time expression found in a text, with its character span and the date it stands for, each end
 * at the precision the text gives (DESIGN.md: dates carry their precision). A date known to the
 * month or year keeps the first day of that month or year.
 *
 * <p>What {@code date} and {@code to} mean depends on the {@link Kind}: a {@code DATE} has only a
 * date; a {@code RANGE} runs from {@code date} to {@code to} inclusive (each end as precise as
 * written: {@code 2010年から2012年まで} is 2010 to 2012, both years); a bound ({@code SINCE}, {@code
 * UNTIL}, {@code LAST}) has its one date; a {@code GAP} ({@code 4年ぶり}) gives the earlier occurrence
 * as {@code date} and the current one as {@code to}; a {@code PERIOD} ({@code 金正日時代の末期}) has no
 * date but names its period for the caller to resolve.
 *
 * @param start the first character of the expression in the text given to {@link
 *     TemporalNormaliser#find}
 * @param end one past its last character
 * @param text the expression as written
 * @param date the date, or the start of a range; null only for a {@code PERIOD}
 * @param precision how much of {@code date} the text gives; null only for a {@code PERIOD}
 * @param to the end of a range or the current occurrence of a {@code GAP}; otherwise null
 * @param toPrecision how much of {@code to} is known; null when {@code to} is
 * @param kind what the expression says about its date
 * @param period for a {@code PERIOD}, the named period and which part of it; otherwise null
 */
public record TimeExpression(
    int start,
    int end,
    String text,
    LocalDate date,
    DatePrecision precision,
    LocalDate to,
    DatePrecision toPrecision,
    Kind kind,
    Period period) {

  /** What an expression says about its date. */
  public enum Kind {
    /** A day, month or year: absolute, or resolved from the context ({@code 同年3月}). */
    DATE,
    /** From {@code date} to {@code to} inclusive ({@code 2010年から2012年まで}, {@code 上旬}). */
    RANGE,
    /** From {@code date} on ({@code 2019年以降}, {@code since 2019}). */
    SINCE,
    /** Up to and including {@code date} ({@code 2019年6月まで}, {@code until June 2019}). */
    UNTIL,
    /** The last occurrence was at {@code date} ({@code 2005年10月を最後に}). */
    LAST,
    /**
     * The first occurrence in a while ({@code 4年ぶり}): {@code to} is the current occurrence (the
     * last date mentioned), {@code date} the one before it.
     */
    GAP,
    /** A part of a named period ({@code 金正日時代の末期}): {@link #period()} says which. */
    PERIOD
  }

  /** Which part of a named period an expression means. */
  public enum Part {
    EARLY,
    MIDDLE,
    LATE,
    WHOLE
  }

  /**
   * A named period the normaliser cannot date by itself.
   *
   * @param name the period as written ({@code 金正日時代})
   * @param part the part meant ({@code 末期} → {@code LATE})
   */
  public record Period(String name, Part part) {
    public Period {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(part, "part");
    }
  }

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must be 0 <= start <= end, was " + start + ".." + end);
    }
    if ((date == null) != (precision == null)) {
      throw new IllegalArgumentException(
          "date and precision come together: " + date + ", " + precision);
    }
    if ((to == null) != (toPrecision == null)) {
      throw new IllegalArgumentException(
          "to and toPrecision come together: " + to + ", " + toPrecision);
    }
    if ((kind == Kind.PERIOD) != (period != null) || (kind == Kind.PERIOD) != (date == null)) {
      throw new IllegalArgumentException(
          "kind " + kind + ": period must be given exactly when the date is not, was " + period);
    }
    if ((kind == Kind.RANGE || kind == Kind.GAP) != (to != null)) {
      throw new IllegalArgumentException("kind " + kind + ": to is " + to);
    }
  }

  /** The date as written with its precision ({@code 2023-09}), or null for a {@code PERIOD}. */
  public PartialDate partialDate() {
    return partial(date, precision);
  }

  /** The end of a range or gap as a {@link PartialDate}, or null. */
  public PartialDate partialTo() {
    return partial(to, toPrecision);
  }

  private static PartialDate partial(LocalDate d, DatePrecision p) {
    if (d == null) {
      return null;
    }
    return switch (p) {
      case DAY -> new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case MONTH -> new PartialDate(d.getYear(), d.getMonthValue(), 0);
      case YEAR -> new PartialDate(d.getYear(), 0, 0);
    };
  }

  /** {@code DATE 2023-09-13 "2023年9月13日" [0,10)}, for test reports and logs. */
  @Override
  public String toString() {
    String when =
        kind == Kind.PERIOD
            ? period.name() + "/" + period.part()
            : partialDate() + (to == null ? "" : ".." + partialTo());
    return kind + " " + when + " \"" + text + "\" [" + start + "," + end + ")";
  }
}
