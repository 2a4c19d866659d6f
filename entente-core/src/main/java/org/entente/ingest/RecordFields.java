package org.entente.ingest;

import java.util.regex.Pattern;
import org.entente.domain.PartialDate;

/**
 * The fields of one row of a hand-written record file (treaty records, sanctions regimes), parsed
 * one at a time: the first bad value rejects the row, once, naming its column and value; later
 * values of a failed row are still read so that the caller's flow stays simple.
 */
class RecordFields {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  final SourceFile file;
  final CsvRows.Row row;
  private final Rejects rejects;
  boolean failed;

  RecordFields(SourceFile file, CsvRows.Row row, Rejects rejects) {
    this.file = file;
    this.row = row;
    this.rejects = rejects;
  }

  /** The record's key: lower-case letters and digits joined by hyphens. */
  String id() {
    String value = row.get("id").trim();
    if (!ID.matcher(value).matches()) {
      reject("id", value, "expected lower-case letters and digits joined by hyphens");
    }
    return value;
  }

  String required(String column, String problem) {
    String value = row.get(column).trim();
    if (value.isEmpty()) {
      reject(column, value, problem);
    }
    return value;
  }

  /** A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when empty. */
  PartialDate date(String column, boolean required) {
    String value = row.get(column).trim();
    if (value.isEmpty()) {
      if (required) {
        reject(column, value, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
      }
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      reject(
          column, value, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD (" + e.getMessage() + ")");
      return null;
    }
  }

  void reject(String column, String value, String problem) {
    if (!failed) {
      failed = true;
      rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
    }
  }
}
