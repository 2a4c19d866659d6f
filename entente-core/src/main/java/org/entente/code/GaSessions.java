package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The regular sessions of the UN General Assembly by opening day, from the explicit table {@code
 * ga-sessions.csv} (its header gives the sources and why no day is computed from a rule). A vote of
 * an emergency special session counts in the regular session running on its date.
 *
 * <pre>{@code
 * GaSessions.bundled().sessionOn(LocalDate.of(2022, 3, 2)); // OptionalInt[76]: A/RES/ES-11/1
 * }</pre>
 */
public final class GaSessions {

  static final String TABLE = "ga-sessions.csv";

  private static volatile GaSessions bundled;

  private final NavigableMap<LocalDate, Integer> sessionByOpening;

  private GaSessions(NavigableMap<LocalDate, Integer> sessionByOpening) {
    this.sessionByOpening = sessionByOpening;
  }

  /** The table shipped with Entente. */
  public static GaSessions bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, GaSessions::read);
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code ga-sessions.csv}.
   *
   * @throws IllegalStateException naming the line, for a session number or date that does not
   *     parse, a row without a source, or a row that does not follow its predecessor by one session
   *     and a later date
   */
  static GaSessions read(InputStream table) throws IOException {
    NavigableMap<LocalDate, Integer> sessionByOpening = new TreeMap<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String where = TABLE + " line " + r.getStartingLineNumber() + ": ";
        int session = session(r.getField("session"), where);
        LocalDate opened = date(r.getField("opened"), where);
        if (!r.getField("source").startsWith("https://")) {
          throw new IllegalStateException(
              where + "source '" + r.getField("source") + "' must be an https:// address");
        }
        // Gaps or disorder would make a date count in the wrong session without any error.
        Map.Entry<LocalDate, Integer> last = sessionByOpening.lastEntry();
        if (last != null && (session != last.getValue() + 1 || !opened.isAfter(last.getKey()))) {
          throw new IllegalStateException(
              where
                  + "session "
                  + session
                  + " opened "
                  + opened
                  + " must follow session "
                  + last.getValue()
                  + " (opened "
                  + last.getKey()
                  + ") as session "
                  + (last.getValue() + 1)
                  + ", opened later");
        }
        sessionByOpening.put(opened, session);
      }
    }
    if (sessionByOpening.isEmpty()) {
      throw new IllegalStateException(TABLE + ": no sessions");
    }
    return new GaSessions(sessionByOpening);
  }

  private static int session(String text, String where) {
    int session;
    try {
      session = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      session = 0;
    }
    if (session < 1) {
      throw new IllegalStateException(
          where + "session '" + text + "' must be a positive whole number");
    }
    return session;
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(where + "opened '" + text + "' must be a date as 2023-09-05");
    }
  }

  /**
   * The regular session running on a day: the one opened most recently on or before it. A date
   * after the last opening of the table counts in the last session, so the table needs a row for
   * each new session.
   *
   * @return the session number, or empty before the first session of the table
   */
  public OptionalInt sessionOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Map.Entry<LocalDate, Integer> opening = sessionByOpening.floorEntry(date);
    return opening == null ? OptionalInt.empty() : OptionalInt.of(opening.getValue());
  }

  /**
   * The regular session that should be running on a day, past the end of the table too: a session
   * opens each September, so a day a year or more after the last opening of the table counts in a
   * later session ({@code update unvotes} asks the source for it before the table has its row).
   *
   * @return the session number, or empty before the first session of the table
   */
  public OptionalInt expectedOn(LocalDate date) {
    OptionalInt known = sessionOn(date);
    if (known.isEmpty()) {
      return known;
    }
    LocalDate lastOpening = sessionByOpening.lastKey();
    int later =
        date.isBefore(lastOpening) ? 0 : java.time.Period.between(lastOpening, date).getYears();
    return OptionalInt.of(known.getAsInt() + later);
  }
}
