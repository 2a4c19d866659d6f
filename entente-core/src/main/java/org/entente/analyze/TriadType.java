package org.entente.analyze;

import java.util.Locale;

/**
 * Dittmer's four shapes of a strategic triangle, and {@code UNDETERMINED} when a tie is neutral or
 * has no evidence (Dittmer's games are defined for amity and enmity only).
 *
 * <p>Lowell Dittmer, "The Strategic Triangle: An Elementary Game-Theoretical Analysis", <i>World
 * Politics</i> 33(4), 1981, 485–515.
 */
public enum TriadType {
  /** +++: amity between all three. */
  MENAGE_A_TROIS,
  /** ++−: one pivot in amity with two wings that are enemies of each other. */
  ROMANTIC_TRIANGLE,
  /** +−−: two partners in amity, both at enmity with the pariah. */
  STABLE_MARRIAGE,
  /** −−−: enmity between all three. */
  UNIT_VETO,
  /** At least one tie neutral or unknown. */
  UNDETERMINED;

  /** Name as written in CSV and JSON: {@code menage_a_trois}, {@code romantic_triangle}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
