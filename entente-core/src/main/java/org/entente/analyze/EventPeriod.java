package org.entente.analyze;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.entente.domain.DatePrecision;

/** How events are grouped in time, and each period's label. */
public enum EventPeriod {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /**
   * The label of the period holding {@code date}: {@code 2018-06-01}, {@code 2018-W22} (ISO week,
   * whose year can differ from the calendar year at new year), {@code 2018-06}, {@code 2018}.
   */
  public String label(LocalDate date) {
    return switch (this) {
      case DAY -> date.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  /** The first day of the period holding {@code date} (a Monday for a week). */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /**
   * Whether periods of this length can be counted from aggregates by {@code unit}: days make every
   * period, months only months and years.
   */
  public boolean countableFrom(DatePrecision unit) {
    return switch (unit) {
      case DAY -> true;
      case MONTH -> this == MONTH || this == YEAR;
      case YEAR -> this == YEAR;
    };
  }

  /** The aggregate unit of the same length: {@code DAY} or {@code MONTH}; null for the others. */
  public DatePrecision aggregateUnit() {
    return switch (this) {
      case DAY -> DatePrecision.DAY;
      case MONTH -> DatePrecision.MONTH;
      default -> null;
    };
  }

  /** "day", "week"…, for options and headings. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
