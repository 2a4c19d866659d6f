package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;

/**
 * Turns one line of an event file into an {@link Event}; a line that cannot be loaded becomes a
 * {@link Reject} and the reader goes on. One implementation per format; {@link EventFiles} picks it
 * and streams the lines. Plain Java over rows, so that a cluster job can run the same code.
 */
public interface EventReader {

  /** The dataset label stored with each event: {@code gdelt2}, {@code icews}… */
  String dataset();

  /**
   * Parses one line.
   *
   * @return the event, or empty for a header line or a rejected line (added to {@code rejects})
   */
  Optional<Event> parse(String text, String file, long line, Rejects rejects);

  /** A CAMEO code's row, or a reject naming the column. */
  static Optional<CameoEventTypes.Type> cameo(
      String code, String column, String text, String file, long line, Rejects rejects) {
    Optional<CameoEventTypes.Type> type = CameoEventTypes.bundled().type(code);
    if (type.isEmpty()) {
      rejects.add(
          new Reject(file, line, column, code, "a CAMEO event code (e.g. 042, 1123)", text));
    }
    return type;
  }

  /** A date in {@code format}, or a reject naming the column. */
  static Optional<LocalDate> date(
      String value,
      DateTimeFormatter format,
      String expected,
      String column,
      String text,
      String file,
      long line,
      Rejects rejects) {
    try {
      return Optional.of(LocalDate.parse(value, format));
    } catch (DateTimeParseException e) {
      rejects.add(new Reject(file, line, column, value, "a date " + expected, text));
      return Optional.empty();
    }
  }

  /** A number in -10 .. 10, or a reject naming the column. */
  static Optional<Double> goldstein(
      String value, String column, String text, String file, long line, Rejects rejects) {
    try {
      double g = Double.parseDouble(value);
      if (g >= -10 && g <= 10) {
        return Optional.of(g);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    rejects.add(new Reject(file, line, column, value, "a Goldstein weight from -10 to 10", text));
    return Optional.empty();
  }

  /** The tab-separated fields of a line, empty fields kept. */
  static String[] tabs(String text) {
    return text.split("\t", -1);
  }
}
