package org.entente.domain;

/**
 * How much of a date its source gives. An event dated only to a month or a year keeps the first day
 * of that period as its date, with this precision beside it, so that it is never read as a day.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
