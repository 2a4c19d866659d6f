package org.entente.code;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A state name or code that matches no state, with the closest names for the message: "unknown
 * country 'Korea': did you mean PRK (North Korea), KOR (South Korea)?".
 */
public final class UnknownCountryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many close names the message offers. */
  static final int SUGGESTIONS = 5;

  private final transient List<Country> suggestions;

  UnknownCountryException(String text, List<Country> suggestions) {
    super(message(text, suggestions));
    this.suggestions = List.copyOf(suggestions);
  }

  /** The closest states, closest first; empty when no name is close. */
  public List<Country> suggestions() {
    return suggestions;
  }

  private static String message(String text, List<Country> closest) {
    if (closest.isEmpty()) {
      return "unknown country '"
          + text
          + "': expected an ISO 3166 alpha-3 code such as CHN, RUS, PRK or USA"
          + " (former states: ISO 3166-3, e.g. DDR, YUG); 'entente countries' lists them";
    }
    return "unknown country '"
        + text
        + "': did you mean "
        + closest.stream()
            .map(c -> c.iso3() + " (" + c.name() + ")")
            .collect(Collectors.joining(", "))
        + "? 'entente countries' lists them all";
  }
}
