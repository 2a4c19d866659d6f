package org.entente.analyze;

import java.util.Locale;

/** How a {@link CampSplit} was found, so a reader knows whether its frustration is the minimum. */
public enum CampMethod {
  /**
   * The minimum, proven: every split enumerated (groups of up to {@link Camps#EXACT_LIMIT} states)
   * or a split without frustration found (a balanced group of any size).
   */
  EXACT,
  /**
   * Local search from many starts ({@link Camps#RESTARTS}): a split no single move improves, whose
   * frustration may exceed the minimum, never fall below it.
   */
  LOCAL_SEARCH;

  /** Name as written in CSV and JSON: {@code exact}, {@code local_search}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
