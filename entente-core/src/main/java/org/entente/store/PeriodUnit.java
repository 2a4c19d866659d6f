package org.entente.store;

/**
 * How roll calls are grouped into periods. A session is named by its number and, for year filters,
 * stands for year {@code session + 1945} (DESIGN.md "Measures"); a calendar year groups roll calls
 * by their own dates.
 */
public enum PeriodUnit {
  SESSION,
  YEAR;

  /** "session" or "year", for headings and messages. */
  public String label() {
    return this == SESSION ? "session" : "year";
  }
}
