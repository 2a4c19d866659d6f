package org.entente.code;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The permanent members of the UN Security Council, as veto data name them, resolved to Entente's
 * actors by date through the explicit table {@code unsc-permanent-members.csv}: "USSR" and "Russia"
 * are RUS, "China" is TWN until 1971-10-24 and CHN from 1971-10-25. A name or code the table does
 * not give for that date is refused, never guessed.
 *
 * <pre>{@code
 * PermanentMembers seats = PermanentMembers.bundled();
 * seats.byName("China", LocalDate.of(1955, 12, 13)); // Optional[TWN]
 * seats.holdsSeat("CHN", LocalDate.of(2024, 3, 22)); // true
 * }</pre>
 */
public final class PermanentMembers {

  static final String TABLE = "unsc-permanent-members.csv";

  private record Row(String name, String iso3, LocalDate from, LocalDate to) {

    boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  private static volatile PermanentMembers bundled;

  private final List<Row> rows;

  private PermanentMembers(List<Row> rows) {
    this.rows = rows;
  }

  /** The table shipped with Entente. */
  public static PermanentMembers bundled() {
    if (bundled == null) {
      try (InputStream table = PermanentMembers.class.getResourceAsStream(TABLE)) {
        if (table == null) {
          throw new IllegalStateException("missing resource " + TABLE);
        }
        bundled = read(table);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code unsc-permanent-members.csv}.
   *
   * @throws IllegalStateException naming the line, for an iso3 that is not three capitals or a date
   *     that is not YYYY-MM-DD
   */
  static PermanentMembers read(InputStream table) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .ofNamedCsvRecord(new InputStreamReader(table, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        String iso3 = r.getField("iso3");
        if (!iso3.matches("[A-Z]{3}")) {
          throw new IllegalStateException(
              TABLE + ":" + r.getStartingLineNumber() + ": iso3 '" + iso3 + "' is not ISO-3");
        }
        try {
          rows.add(
              new Row(r.getField("name"), iso3, date(r.getField("from")), date(r.getField("to"))));
        } catch (java.time.format.DateTimeParseException e) {
          throw new IllegalStateException(
              TABLE + ":" + r.getStartingLineNumber() + ": " + e.getMessage(), e);
        }
      }
    }
    return new PermanentMembers(List.copyOf(rows));
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /** The actor a name of the veto data stands for on that date (exact spelling), or empty. */
  public Optional<String> byName(String name, LocalDate date) {
    return rows.stream()
        .filter(r -> r.name.equals(name) && r.covers(date))
        .map(Row::iso3)
        .findFirst();
  }

  /** Whether the state with this ISO-3 code held a permanent seat on that date. */
  public boolean holdsSeat(String iso3, LocalDate date) {
    return rows.stream().anyMatch(r -> r.iso3.equals(iso3) && r.covers(date));
  }

  /** Whether the state ever held a permanent seat (only permanent members cast vetoes). */
  public boolean isPermanentMember(String iso3) {
    return rows.stream().anyMatch(r -> r.iso3.equals(iso3));
  }

  /** The names the table accepts on a date, for messages: {@code USSR, China, USA, UK, France}. */
  public String namesOn(LocalDate date) {
    return String.join(", ", distinct(date, true));
  }

  /** The ISO-3 codes of the permanent members on a date, for messages. */
  public String codesOn(LocalDate date) {
    return String.join(", ", distinct(date, false));
  }

  private Set<String> distinct(LocalDate date, boolean names) {
    Set<String> out = new LinkedHashSet<>();
    for (Row r : rows) {
      if (r.covers(date)) {
        out.add(names ? r.name : r.iso3);
      }
    }
    return out;
  }
}
