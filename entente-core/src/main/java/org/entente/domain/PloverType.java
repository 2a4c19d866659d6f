package org.entente.domain;

/**
 * The sixteen PLOVER event types, in the order of the PLOVER manual (draft 0.8, 2021): verbal
 * cooperation, material cooperation, verbal conflict, material conflict. The order is the column
 * order of every PLOVER count Entente writes.
 */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT;

  private static final PloverType[] ALL = values();

  /** The type named {@code name} ({@code CONSULT}), or null for null or a name PLOVER lacks. */
  public static PloverType of(String name) {
    if (name == null) {
      return null;
    }
    for (PloverType t : ALL) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** The type at {@code ordinal}. */
  public static PloverType at(int ordinal) {
    return ALL[ordinal];
  }

  /** The column name of its count: {@code plover_consult}. */
  public String column() {
    return "plover_" + name().toLowerCase(java.util.Locale.ROOT);
  }
}
