package org.entente.ingest;

import java.util.Objects;

/**
 * A row that could not be loaded, with everything a user needs to fix it.
 *
 * @param file source file name as the user gave it
 * @param line 1-based line where the record starts
 * @param column the offending column, or empty when the whole record is at fault
 * @param value the offending value as written
 * @param problem what was expected instead
 * @param record the whole record as read, so nothing is lost
 */
public record Reject(
    String file, long line, String column, String value, String problem, String record) {

  public Reject {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    column = column == null ? "" : column;
    value = value == null ? "" : value;
    record = record == null ? "" : record;
  }

  /**
   * One line for a terminal: {@code votes.csv:12: column vote: 'maybe': expected yes, no or
   * abstain}.
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(file).append(':').append(line).append(": ");
    if (!column.isEmpty()) {
      sb.append("column ").append(column).append(": ");
    }
    if (!value.isEmpty() || !column.isEmpty()) {
      sb.append('\'').append(value).append("': ");
    }
    return sb.append(problem).toString();
  }
}
