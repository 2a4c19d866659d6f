package org.entente.analyze;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Dyad;

/**
 * The strategic triangle of three states from the signs of their ties: Dittmer's type with its
 * roles, and structural balance.
 *
 * <p>Types after Lowell Dittmer, "The Strategic Triangle: An Elementary Game-Theoretical Analysis",
 * <i>World Politics</i> 33(4), 1981, 485–515: +++ ménage à trois; ++− romantic triangle, whose
 * pivot is the state on both positive ties and whose wings are the other two; +−− stable marriage
 * of two partners against a pariah; −−− unit veto. Balance after Fritz Heider, "Attitudes and
 * Cognitive Organization", <i>Journal of Psychology</i> 21, 1946, 107–112, and Dorwin Cartwright
 * and Frank Harary, "Structural Balance: A Generalization of Heider's Theory", <i>Psychological
 * Review</i> 63(5), 1956, 277–293: a triangle is balanced iff the product of its signs is positive,
 * so +++ and +−− are balanced, ++− and −−− are not.
 *
 * <p>Both theories speak of amity and enmity only. A neutral tie (an index within the relation's
 * tolerance) or a tie without evidence makes the type {@code undetermined} and the balance empty:
 * reading neutrality as either sign would invent a relation the evidence does not show.
 *
 * <p>{@code Triads.of("CHN", "RUS", "PRK", POSITIVE, POSITIVE, NEGATIVE)} is a romantic triangle
 * with roles {@code pivot=CHN;wings=PRK,RUS}, not balanced.
 *
 * <p>Under the relation model a tie's sign is uncertain: {@link #mostLikely} reads the triangle
 * from the signs of the three posterior means, and {@link #probability} gives how likely that type
 * with its roles is.
 */
public final class Triads {

  private Triads() {}

  /**
   * The triad of three different states from the signs of their ties.
   *
   * @throws IllegalArgumentException when two of the states are the same
   */
  public static Triad of(String a, String b, String c, Sign ab, Sign ac, Sign bc) {
    requireDifferent(a, b, c);
    return new Triad(
        a, b, c, ab, ac, bc, type(ab, ac, bc), roles(a, b, c, ab, ac, bc), balanced(ab, ac, bc));
  }

  /**
   * The triad with each tie's sign looked up by its dyad; a dyad missing from the map is unknown.
   */
  public static Triad of(String a, String b, String c, Map<Dyad, Sign> signs) {
    requireDifferent(a, b, c);
    return of(
        a,
        b,
        c,
        signs.getOrDefault(Dyad.of(a, b), Sign.UNKNOWN),
        signs.getOrDefault(Dyad.of(a, c), Sign.UNKNOWN),
        signs.getOrDefault(Dyad.of(b, c), Sign.UNKNOWN));
  }

  /**
   * The triad of the signs of the three posterior means: the most likely pattern of signs, since
   * each tie's sign is most likely that of its mean. A mean of exactly 0 leaves its sign (and the
   * type) undetermined; an unknown estimate makes it unknown.
   */
  public static Triad mostLikely(
      String a, String b, String c, Estimate ab, Estimate ac, Estimate bc) {
    return of(a, b, c, Sign.of(ab.mean(), 0), Sign.of(ac.mean(), 0), Sign.of(bc.mean(), 0));
  }

  /**
   * The probability under the model of the type and roles of {@link #mostLikely}: the three ties'
   * posteriors are independent given the model's parameters, so a pattern of signs has the product
   * of each tie's P(&gt; 0) or P(&lt; 0). Each type with its roles is one pattern (+++; ++− with
   * its pivot; +−− with its pariah; −−−), so the sum over the patterns of the type is the product
   * of the three ties' probabilities of their means' signs. A mean of exactly 0 has either sign
   * with 1/2. NaN when a tie has no estimate.
   *
   * <p>Means +0.4, +0.2, −0.1 with sd 0.2, 0.2, 0.1: Φ(2) · Φ(1) · Φ(1) = 0.977 · 0.841 · 0.841 =
   * 0.692, a romantic triangle too uncertain to be called one.
   */
  public static double probability(Estimate ab, Estimate ac, Estimate bc) {
    double p = 1;
    for (Estimate e : new Estimate[] {ab, ac, bc}) {
      double positive = e.probabilityPositive();
      if (Double.isNaN(positive)) {
        return Double.NaN;
      }
      p *= e.mean() > 0 ? positive : e.mean() < 0 ? 1 - positive : 0.5;
    }
    return p;
  }

  static void requireDifferent(String a, String b, String c) {
    if (a.equals(b) || a.equals(c) || b.equals(c)) {
      throw new IllegalArgumentException(
          "a triad needs three different states, not " + a + ", " + b + ", " + c);
    }
  }

  static TriadType type(Sign ab, Sign ac, Sign bc) {
    if (!(ab.isDefinite() && ac.isDefinite() && bc.isDefinite())) {
      return TriadType.UNDETERMINED;
    }
    return switch (positives(ab, ac, bc)) {
      case 3 -> TriadType.MENAGE_A_TROIS;
      case 2 -> TriadType.ROMANTIC_TRIANGLE;
      case 1 -> TriadType.STABLE_MARRIAGE;
      default -> TriadType.UNIT_VETO;
    };
  }

  static String roles(String a, String b, String c, Sign ab, Sign ac, Sign bc) {
    return switch (type(ab, ac, bc)) {
      case ROMANTIC_TRIANGLE ->
          "pivot="
              + odd(a, b, c, ab, ac, Sign.NEGATIVE)
              + ";wings="
              + String.join(",", pair(a, b, c, ab, ac, Sign.NEGATIVE));
      case STABLE_MARRIAGE ->
          "partners="
              + String.join(",", pair(a, b, c, ab, ac, Sign.POSITIVE))
              + ";pariah="
              + odd(a, b, c, ab, ac, Sign.POSITIVE);
      case MENAGE_A_TROIS, UNIT_VETO, UNDETERMINED -> "";
    };
  }

  static Optional<Boolean> balanced(Sign ab, Sign ac, Sign bc) {
    if (!(ab.isDefinite() && ac.isDefinite() && bc.isDefinite())) {
      return Optional.empty();
    }
    return Optional.of(ab.factor() * ac.factor() * bc.factor() > 0);
  }

  static String signs(Sign ab, Sign ac, Sign bc) {
    return ab.symbol() + ac.symbol() + bc.symbol();
  }

  /** The state not on the one tie of sign {@code single} (the tie bc when ab and ac differ). */
  static String odd(String a, String b, String c, Sign ab, Sign ac, Sign single) {
    if (ab == single) {
      return c;
    }
    return ac == single ? b : a;
  }

  /** The two states on the one tie of sign {@code single}, alphabetically. */
  static List<String> pair(String a, String b, String c, Sign ab, Sign ac, Sign single) {
    String x = ab == single || ac == single ? a : b;
    String y = ab == single ? b : c;
    return x.compareTo(y) < 0 ? List.of(x, y) : List.of(y, x);
  }

  private static int positives(Sign ab, Sign ac, Sign bc) {
    int n = 0;
    for (Sign s : new Sign[] {ab, ac, bc}) {
      if (s == Sign.POSITIVE) {
        n++;
      }
    }
    return n;
  }
}
