package org.entente.analyze;

import java.util.Locale;

/** The agreement measures of {@link Alignment}, by their command-line names. */
public enum Measure {
  AGREE("agreement"),
  S("S score"),
  KAPPA("Cohen's kappa"),
  PI("Scott's pi");

  private final String title;

  Measure(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** Name as used on the command line and in CSV headers: agree, s, kappa, pi. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
