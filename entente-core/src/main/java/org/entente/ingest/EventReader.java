package org.entente.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;

/**
 * Turns one line of an event file into an {@link Event}; a line that cannot be loaded becomes a
 * {@link Reject} and the reader goes on. One implementation per format; {@link EventFiles} picks it
 * and streams the lines. Plain Java over rows, so that a cluster job can run the same code.
 */
public interface EventReader {

  /** What a CAMEO code column must hold, in rejects. */
  String EXPECTED_CAMEO = "a CAMEO event code (e.g. 042, 1123)";

  /** What a {@code YYYYMMDD} date column must hold, in rejects. */
  String EXPECTED_BASIC_DATE = "a date YYYYMMDD";

  /** What a Goldstein column must hold, in rejects. */
  String EXPECTED_GOLDSTEIN = "a Goldstein weight from -10 to 10";

  /** The dataset label stored with each event: {@code gdelt2}, {@code icews}… */
  String dataset();

  /**
   * Parses one line.
   *
   * @return the event, or empty for a header line or a rejected line (added to {@code rejects})
   */
  Optional<Event> parse(TabLine line, Rejects rejects);

  /** Adds a reject for {@code column} of {@code line}. */
  static void reject(TabLine line, String column, String value, String expected, Rejects rejects) {
    rejects.add(new Reject(line.file(), line.number(), column, value, expected, line.text()));
  }

  /** The CAMEO code in field {@code i}, or a reject naming the column. */
  static Optional<CameoEventTypes.Type> cameo(TabLine line, int i, String column, Rejects rejects) {
    String code = line.field(i);
    Optional<CameoEventTypes.Type> type = CameoEventTypes.bundled().type(code);
    if (type.isEmpty()) {
      reject(line, column, code, EXPECTED_CAMEO, rejects);
    }
    return type;
  }

  /** The date in field {@code i}, written {@code YYYYMMDD}, or a reject naming the column. */
  static Optional<LocalDate> basicDate(TabLine line, int i, String column, Rejects rejects) {
    long n = line.digits(i);
    if (n >= 0 && line.field(i).length() == 8) {
      try {
        return Optional.of(LocalDate.of((int) (n / 10000), (int) (n / 100 % 100), (int) (n % 100)));
      } catch (DateTimeException e) {
        // reported below
      }
    }
    reject(line, column, line.field(i), EXPECTED_BASIC_DATE, rejects);
    return Optional.empty();
  }

  /** The date in field {@code i}, written {@code YYYY-MM-DD}, or a reject naming the column. */
  static Optional<LocalDate> isoDate(TabLine line, int i, String column, Rejects rejects) {
    String value = line.field(i);
    if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(value, 0, 4, 10),
                Integer.parseInt(value, 5, 7, 10),
                Integer.parseInt(value, 8, 10, 10)));
      } catch (DateTimeException | NumberFormatException e) {
        // reported below
      }
    }
    reject(line, column, value, "a date YYYY-MM-DD", rejects);
    return Optional.empty();
  }

  /** The number in field {@code i}, within -10 .. 10, or a reject naming the column. */
  static Optional<Double> goldstein(TabLine line, int i, String column, Rejects rejects) {
    String value = line.field(i);
    try {
      double g = Double.parseDouble(value);
      if (g >= -10 && g <= 10) {
        return Optional.of(g);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(line, column, value, EXPECTED_GOLDSTEIN, rejects);
    return Optional.empty();
  }

  /** The number in field {@code i}, or NaN when it is empty or not a number. */
  static double coordinate(TabLine line, int i) {
    if (line.isEmpty(i)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(line.field(i));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
