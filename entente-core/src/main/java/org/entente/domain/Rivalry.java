package org.entente.domain;

import java.util.Objects;

/**
 * A strategic rivalry of Thompson, Sakuwa & Suhas (2021): two states that regard each other as
 * competitors, sources of threat and enemies, from {@code start} to {@code end}.
 *
 * @param a one state, ISO-3, before {@code b} alphabetically
 * @param b the other
 * @param id the rivalry's number in the dataset
 * @param name its name there ("China-US")
 * @param start the first year
 * @param end the last year (2020 for those still running at the book's horizon)
 * @param file the file it was read from
 * @param line its line in that file
 */
public record Rivalry(
    String a,
    String b,
    int id,
    String name,
    int start,
    int end,
    boolean positional,
    boolean spatial,
    boolean ideological,
    boolean interventionary,
    String file,
    long line) {

  public Rivalry {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(name, "name");
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("expected a < b, got " + a + ", " + b);
    }
    if (end < start) {
      throw new IllegalArgumentException(
          "rivalry ends (" + end + ") before it starts (" + start + ")");
    }
  }
}
