package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves Correlates of War (COW) state codes, by year, to Entente's ISO-3 actors through the
 * explicit table {@code cow-country-codes.csv} (its header gives the decisions: COW 365 is RUS
 * throughout; former states keep their ISO 3166-3 codes). A state without an ISO code resolves to
 * nothing, and {@link #unresolved} says why, for the reject.
 *
 * <pre>{@code
 * CowCodes cow = CowCodes.bundled();
 * cow.iso3(365, 1961);  // Optional[RUS]
 * cow.iso3(345, 1990);  // Optional[YUG]
 * cow.iso3(245, 1850);  // Optional.empty: Bavaria has no ISO code
 * }</pre>
 */
public final class CowCodes {

  static final String TABLE = "cow-country-codes.csv";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Set<String> BASES = Set.of("iso", "iso-3166-3", "successor", "none");

  /** One row: a COW code over a span of years. */
  private record Row(
      int ccode, String name, String iso3, int from, int to, String basis, String note) {

    boolean covers(int year) {
      return from <= year && year <= to;
    }
  }

  private static volatile CowCodes bundled;

  private final Map<Integer, List<Row>> rowsByCode;

  private CowCodes(Map<Integer, List<Row>> rowsByCode) {
    this.rowsByCode = rowsByCode;
  }

  /** The table shipped with Entente. */
  public static CowCodes bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, CowCodes::read);
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code cow-country-codes.csv}.
   *
   * @throws IllegalStateException naming the line, for a code or year that does not parse, an iso3
   *     that is not three capitals, a basis other than iso, iso-3166-3, successor or none, an iso3
   *     given with basis none (or missing without it), a decision row without its note, or two rows
   *     of one code whose years overlap
   */
  static CowCodes read(InputStream table) throws IOException {
    Map<Integer, List<Row>> rows = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String where = TABLE + " line " + r.getStartingLineNumber() + ": ";
        int ccode = number(r.getField("ccode"), "ccode", where);
        String iso3 = r.getField("iso3");
        String basis = r.getField("basis");
        String note = r.getField("note");
        if (!BASES.contains(basis)) {
          throw new IllegalStateException(
              where + "basis '" + basis + "' must be one of iso, iso-3166-3, successor, none");
        }
        if (basis.equals("none") != iso3.isEmpty()) {
          throw new IllegalStateException(
              where + "iso3 '" + iso3 + "' must be empty exactly when the basis is none");
        }
        if (!iso3.isEmpty() && !ISO3.matcher(iso3).matches()) {
          throw new IllegalStateException(where + "iso3 '" + iso3 + "' must be three capitals");
        }
        if (!basis.equals("iso") && note.isBlank()) {
          throw new IllegalStateException(where + "a " + basis + " row needs its note");
        }
        int from = r.getField("from").isEmpty() ? Integer.MIN_VALUE : year(r, "from", where);
        int to = r.getField("to").isEmpty() ? Integer.MAX_VALUE : year(r, "to", where);
        Row row = new Row(ccode, r.getField("cow_name"), iso3, from, to, basis, note);
        List<Row> same = rows.computeIfAbsent(ccode, k -> new ArrayList<>());
        for (Row other : same) {
          if (other.from <= to && from <= other.to) {
            throw new IllegalStateException(
                where + "the years of COW " + ccode + " overlap an earlier row");
          }
        }
        same.add(row);
      }
    }
    rows.replaceAll((k, v) -> List.copyOf(v));
    return new CowCodes(Collections.unmodifiableMap(rows));
  }

  private static int year(NamedCsvRecord r, String column, String where) {
    return number(r.getField(column), column, where);
  }

  private static int number(String text, String column, String where) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + column + " '" + text + "' is not a whole number", e);
    }
  }

  /**
   * The actor a COW code stands for in {@code year}.
   *
   * @return the ISO-3 code, or empty when the table lists no code for it that year
   */
  public Optional<String> iso3(int ccode, int year) {
    for (Row row : rowsByCode.getOrDefault(ccode, List.of())) {
      if (row.covers(year)) {
        return row.iso3.isEmpty() ? Optional.empty() : Optional.of(row.iso3);
      }
    }
    return Optional.empty();
  }

  /** Whether the table has any row for this code. */
  public boolean knows(int ccode) {
    return rowsByCode.containsKey(ccode);
  }

  /**
   * Why {@link #iso3} found no actor, for a reject: {@code COW 245 (Bavaria) has no ISO-3 code in
   * cow-country-codes.csv: ceased 1871, before ISO 3166: no code}.
   */
  public String unresolved(int ccode, int year) {
    List<Row> rows = rowsByCode.get(ccode);
    if (rows == null) {
      return "COW code "
          + ccode
          + " is not in "
          + TABLE
          + "; expected a COW state code listed there";
    }
    for (Row row : rows) {
      if (row.covers(year)) {
        return "COW "
            + ccode
            + " ("
            + row.name
            + ") has no ISO-3 code in "
            + TABLE
            + (row.note.isEmpty() ? "" : ": " + row.note);
      }
    }
    return "COW " + ccode + " (" + rows.get(0).name + ") has no row in " + TABLE + " for " + year;
  }

  /** Every COW code of the table, in table order. */
  public List<Integer> codes() {
    return List.copyOf(rowsByCode.keySet());
  }
}
