package org.entente.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A strategic rivalry as Thompson, Sakuwa & Suhas code it (Analyzing Strategic Rivalries in World
 * Politics, 2021): two states that see each other as competitors, sources of threat and enemies,
 * from a first to a last year, with the elements the rivalry has — over position in a region or the
 * world, territory, ideology, or intervention in a third state.
 *
 * @param a one state, ISO-3, before {@code b} alphabetically
 * @param b the other state, ISO-3
 * @param id the rivalry's number in the data ({@code tssr_id})
 * @param name its name there, e.g. {@code China-United States 2}
 * @param start its first year
 * @param end its last year (2020 for a rivalry still running at the book's horizon)
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
    if (a.compareTo(b) >= 0) {
      throw new IllegalArgumentException("expected a < b, got " + a + ", " + b);
    }
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, was " + id);
    }
    Objects.requireNonNull(name, "name");
    if (end < start) {
      throw new IllegalArgumentException("end must be start or later, were " + start + ", " + end);
    }
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  public Dyad dyad() {
    return Dyad.of(a, b);
  }

  /** Whether the rivalry ran in {@code year} (its first and last year included). */
  public boolean covers(int year) {
    return start <= year && year <= end;
  }

  /** {@code TSS rivalry 211 (China-United States 2) tss-….csv.gz line 212: CHN–USA 1996–2020}. */
  public String citation() {
    return String.format(
        Locale.ROOT,
        "TSS rivalry %d (%s) %s line %d: %s–%s %d–%d",
        id,
        name,
        file,
        line,
        a,
        b,
        start,
        end);
  }
}
