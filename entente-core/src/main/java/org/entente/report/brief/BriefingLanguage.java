package org.entente.report.brief;

import java.util.Locale;

/** The language a briefing is written in: labels, dates, state names. */
public enum BriefingLanguage {
  EN,
  JA;

  /** {@code en} or {@code ja}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of {@code --lang}. */
  public static BriefingLanguage parse(String key) {
    for (BriefingLanguage l : values()) {
      if (l.key().equals(key.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("language: expected en or ja, got '" + key + "'");
  }
}
