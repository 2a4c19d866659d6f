package org.entente.analyze.judgement;

import java.util.Objects;

/**
 * Two states in the order the briefing names them ({@code CHN}, {@code RUS}): unlike {@link
 * org.entente.domain.Dyad} not sorted, so that a statement names the pair as the table does.
 */
public record Pair(String a, String b) {

  public Pair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two different states, not " + a + " twice");
    }
  }

  /** {@code CHN-RUS}. */
  @Override
  public String toString() {
    return a + "-" + b;
  }
}
