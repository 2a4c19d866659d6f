package org.entente.analyze;

import java.util.Objects;

/** The alignment of states {@code a} and {@code b} in one period (a session number or a year). */
public record DyadAlignment(String a, String b, int period, Alignment alignment) {

  public DyadAlignment {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(alignment, "alignment");
  }
}
