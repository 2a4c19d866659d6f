package org.entente.report;

import java.util.Locale;

/** Output formats every listing command offers. */
public enum Format {
  TABLE,
  CSV,
  JSON,
  JSONL;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
