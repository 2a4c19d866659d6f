package org.entente.ingest;

import java.util.Optional;
import org.entente.code.CowCodes;

/**
 * Parses the fields of one row of a Correlates of War dyad-year file, rejecting the row (once) at
 * the first bad value with file, line, column, value and what was expected. A COW code without an
 * actor that year is such a reject, as in {@link AtopReader}.
 */
final class CowRowFields {

  private final CowCodes cow;
  private final SourceFile file;
  private final CsvRows.Row row;
  private final Rejects rejects;
  private boolean failed;

  CowRowFields(CowCodes cow, SourceFile file, CsvRows.Row row, Rejects rejects) {
    this.cow = cow;
    this.file = file;
    this.row = row;
    this.rejects = rejects;
  }

  boolean failed() {
    return failed;
  }

  int code(String column) {
    return whole(column, 1, 999_999, "a COW state code (a positive whole number)");
  }

  int year(String column, int first, int last) {
    return whole(column, first, last, "a year from " + first + " to " + last);
  }

  /** A whole number from {@code min} to {@code max}; {@code expected} says what it is. */
  int whole(String column, int min, int max, String expected) {
    String value = row.get(column).trim();
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(column, value, "expected " + expected);
    return min;
  }

  boolean flag(String column) {
    String value = row.get(column).trim();
    switch (value) {
      case "1":
        return true;
      case "0":
        return false;
      default:
        reject(column, value, "expected 1 or 0");
        return false;
    }
  }

  /** The actor of a COW code in a year, or null (and a reject) when the table has none. */
  String actor(String column, int ccode, int year) {
    Optional<String> iso3 = cow.iso3(ccode, year);
    if (iso3.isEmpty()) {
      reject(column, Integer.toString(ccode), cow.unresolved(ccode, year) + " (year " + year + ")");
      return null;
    }
    return iso3.get();
  }

  void reject(String column, String value, String problem) {
    if (!failed) {
      failed = true;
      rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
    }
  }
}
