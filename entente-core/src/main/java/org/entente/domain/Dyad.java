package org.entente.domain;

import java.util.Objects;

/**
 * Two different states, in alphabetical order of their ISO-3 codes, so that the pair has one key
 * whichever way it is asked: {@code Dyad.of("RUS", "CHN")} is {@code CHN–RUS}.
 */
public record Dyad(String a, String b) {

  public Dyad {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("a must sort before b: " + a + ", " + b);
    }
  }

  public static Dyad of(String x, String y) {
    if (x.equals(y)) {
      throw new IllegalArgumentException("a dyad needs two different states, not " + x + " twice");
    }
    return x.compareTo(y) < 0 ? new Dyad(x, y) : new Dyad(y, x);
  }

  public boolean contains(String state) {
    return a.equals(state) || b.equals(state);
  }

  @Override
  public String toString() {
    return a + "–" + b;
  }
}
