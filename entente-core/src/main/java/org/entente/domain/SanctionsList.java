package org.entente.domain;

import java.util.Optional;

/** The sanctions lists Entente reads, each a snapshot published on a given day. */
public enum SanctionsList {
  /** The UN Security Council Consolidated List (XML). */
  UN,
  /** The US Treasury's Specially Designated Nationals and Blocked Persons list (CSV). */
  OFAC,
  /**
   * Japan's Ministry of Finance list of persons subject to asset freezes under the Foreign Exchange
   * and Foreign Trade Act (経済制裁措置及び対象者リスト, CSV).
   */
  MOF;

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
