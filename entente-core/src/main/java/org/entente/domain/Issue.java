package org.entente.domain;

import java.util.Locale;

/**
 * The six issue tags of the UN voting data (Voeten codebook), written as their two-letter codes.
 */
public enum Issue {
  ME("Palestinian conflict"),
  NU("Nuclear weapons and nuclear material"),
  DI("Arms control and disarmament"),
  HR("Human rights"),
  CO("Colonialism"),
  EC("Economic development");

  private final String title;

  Issue(String title) {
    this.title = title;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  /** Parses a two-letter code such as {@code me}; returns null when it is not one. */
  public static Issue parseOrNull(String code) {
    for (Issue issue : values()) {
      if (issue.code().equalsIgnoreCase(code.trim())) {
        return issue;
      }
    }
    return null;
  }
}
