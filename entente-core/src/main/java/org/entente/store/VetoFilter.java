package org.entente.store;

import java.util.Set;

/**
 * Which Security Council vetoes a query selects.
 *
 * @param castBy states that must all have cast the veto (on the same draft); empty for every veto
 * @param fromYear first year (inclusive), or null
 * @param toYear last year (inclusive), or null
 */
public record VetoFilter(Set<String> castBy, Integer fromYear, Integer toYear) {

  public VetoFilter {
    castBy = Set.copyOf(castBy);
    for (String s : castBy) {
      if (!s.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("castBy must hold ISO-3 codes, got '" + s + "'");
      }
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
  }

  /** Every veto. */
  public static VetoFilter all() {
    return new VetoFilter(Set.of(), null, null);
  }

  /** The vetoes all of these states cast together, e.g. {@code castBy("CHN", "RUS")}. */
  public static VetoFilter castBy(String... states) {
    return new VetoFilter(Set.of(states), null, null);
  }

  /** The same filter over these years (inclusive; null for open). */
  public VetoFilter years(Integer from, Integer to) {
    return new VetoFilter(castBy, from, to);
  }
}
