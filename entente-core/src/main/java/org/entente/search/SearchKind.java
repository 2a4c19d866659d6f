package org.entente.search;

import java.util.Locale;

/** What a search looks through: article sentences, events, or both. */
public enum SearchKind {
  ALL,
  SENTENCE,
  EVENT;

  /** {@code all}, {@code sentence} or {@code event}, as users and URLs spell it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code key} (any case), or an error naming the three there are. */
  public static SearchKind of(String key) {
    for (SearchKind kind : values()) {
      if (kind.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "search kind '" + key + "': expected all, sentence or event");
  }
}
