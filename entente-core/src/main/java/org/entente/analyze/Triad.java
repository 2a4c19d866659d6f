package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Three states, the signs of their three ties, Dittmer's type of the triangle with its roles, and
 * whether it is structurally balanced. Made by {@link Triads#of}; the type, roles and balance are
 * checked against the signs here, so a triad never contradicts itself.
 *
 * @param a first state as given
 * @param b second state as given
 * @param c third state as given
 * @param ab sign of the tie between a and b
 * @param ac sign of the tie between a and c
 * @param bc sign of the tie between b and c
 * @param type Dittmer's type; {@code UNDETERMINED} when a tie is neutral or unknown
 * @param roles {@code pivot=X;wings=Y,Z} for a romantic triangle, {@code partners=Y,Z;pariah=X} for
 *     a stable marriage (pairs in alphabetical order, so the text does not depend on the order the
 *     states were given), empty for the other types
 * @param balanced whether the product of the three signs is positive (Heider 1946; Cartwright and
 *     Harary 1956); empty when a tie is neutral or unknown
 */
public record Triad(
    String a,
    String b,
    String c,
    Sign ab,
    Sign ac,
    Sign bc,
    TriadType type,
    String roles,
    Optional<Boolean> balanced) {

  public Triad {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(c, "c");
    Objects.requireNonNull(ab, "ab");
    Objects.requireNonNull(ac, "ac");
    Objects.requireNonNull(bc, "bc");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(roles, "roles");
    Objects.requireNonNull(balanced, "balanced");
    Triads.requireDifferent(a, b, c);
    if (type != Triads.type(ab, ac, bc)) {
      throw new IllegalArgumentException(
          "type " + type.key() + " does not follow from the signs " + Triads.signs(ab, ac, bc));
    }
    if (!roles.equals(Triads.roles(a, b, c, ab, ac, bc))) {
      throw new IllegalArgumentException(
          "roles '" + roles + "' do not follow from the signs " + Triads.signs(ab, ac, bc));
    }
    if (!balanced.equals(Triads.balanced(ab, ac, bc))) {
      throw new IllegalArgumentException(
          "balanced " + balanced + " does not follow from the signs " + Triads.signs(ab, ac, bc));
    }
  }

  /** The state on both positive ties of a romantic triangle. */
  public Optional<String> pivot() {
    return type == TriadType.ROMANTIC_TRIANGLE
        ? Optional.of(Triads.odd(a, b, c, ab, ac, Sign.NEGATIVE))
        : Optional.empty();
  }

  /** The two enemies courted by the pivot of a romantic triangle, alphabetically; else empty. */
  public List<String> wings() {
    return type == TriadType.ROMANTIC_TRIANGLE
        ? Triads.pair(a, b, c, ab, ac, Sign.NEGATIVE)
        : List.of();
  }

  /** The state at enmity with both partners of a stable marriage. */
  public Optional<String> pariah() {
    return type == TriadType.STABLE_MARRIAGE
        ? Optional.of(Triads.odd(a, b, c, ab, ac, Sign.POSITIVE))
        : Optional.empty();
  }

  /** The two states on the positive tie of a stable marriage, alphabetically; else empty. */
  public List<String> partners() {
    return type == TriadType.STABLE_MARRIAGE
        ? Triads.pair(a, b, c, ab, ac, Sign.POSITIVE)
        : List.of();
  }
}
