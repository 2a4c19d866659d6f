package org.entente.code;

import java.util.Objects;

/**
 * A state as Entente names it: ISO 3166-1 alpha-3, or ISO 3166-3 for a former state.
 *
 * @param iso3 three upper-case letters, e.g. {@code CHN}
 * @param name English display name
 */
public record Country(String iso3, String name) {

  public Country {
    Objects.requireNonNull(iso3, "iso3");
    if (!iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "iso3 must be three upper-case letters, was '" + iso3 + "'");
    }
    Objects.requireNonNull(name, "name");
  }
}
