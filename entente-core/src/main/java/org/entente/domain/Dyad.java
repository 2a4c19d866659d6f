package org.entente.domain;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * Every pair of {@code states}, in the order of the list ({@code [A, B, C]} gives A–B, A–C, B–C).
   *
   * @throws IllegalArgumentException if a state is given twice
   */
  public static List<Dyad> pairsOf(List<String> states) {
    List<Dyad> pairs = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        pairs.add(of(states.get(i), states.get(j)));
      }
    }
    return pairs;
  }

  public boolean contains(String state) {
    return a.equals(state) || b.equals(state);
  }

  @Override
  public String toString() {
    return a + "–" + b;
  }
}
