package org.entente.domain;

import java.util.Optional;

/** The sanctions lists Entente reads, each a snapshot published on a given day. */
public enum SanctionsList {
  /** The UN Security Council Consolidated List (XML). */
  UN,
  /** The US Treasury's Specially Designated Nationals and Blocked Persons list (CSV). */
  OFAC;

  /** The list named {@code text}, in any case. */
  public static Optional<SanctionsList> parse(String text) {
    for (SanctionsList list : values()) {
      if (list.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }
}
