package org.entente.domain;

import java.util.Objects;

/**
 * One row of an aggregated event-count series: how many events a state directed at another in one
 * year, by QuadClass (verbal/material cooperation/conflict). Counts, not scores.
 *
 * @param dataset the series' name, e.g. {@code icews-netify}
 * @param source the acting state, ISO-3
 * @param target the state acted on, ISO-3
 * @param year the calendar year
 * @param verbCoop QuadClass 1 events
 * @param matlCoop QuadClass 2 events
 * @param verbConf QuadClass 3 events
 * @param matlConf QuadClass 4 events
 * @param file the file the row was read from
 * @param line its line in that file
 */
public record CountRow(
    String dataset,
    String source,
    String target,
    int year,
    long verbCoop,
    long matlCoop,
    long verbConf,
    long matlConf,
    String file,
    long line) {

  public CountRow {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    if (source.equals(target)) {
      throw new IllegalArgumentException("source and target are one state: " + source);
    }
    if (verbCoop < 0 || matlCoop < 0 || verbConf < 0 || matlConf < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
  }

  /** All events of the row. */
  public long total() {
    return verbCoop + matlCoop + verbConf + matlConf;
  }
}
