package org.entente.analyze.change;

import java.util.Locale;

/**
 * What one more change point costs PELT, in units of twice the negative log-likelihood. The named
 * penalties are those of the R package changepoint 2.3 ({@code penalty_decision.R}), which count
 * the change point itself as a parameter: with {@code p} parameters per segment (1 for a mean, 2
 * for a mean and a variance) and {@code n} observations, BIC (= SIC) is {@code (p + 1) log n} and
 * MBIC is {@code (p + 2) log n} plus {@code log} of every segment's length, added to that segment's
 * cost (changepoint's {@code mbic_mean} and {@code mbic_meanvar} in {@code
 * cost_general_functions.c}; Zhang and Siegmund 2007, Biometrics 63, 22–32).
 */
public final class Penalty {
  /** The modified BIC of Zhang and Siegmund (2007), changepoint's default. */
  public static final Penalty MBIC = new Penalty("MBIC", Double.NaN);

  /** Schwarz's criterion: {@code (p + 1) log n} per change. */
  public static final Penalty BIC = new Penalty("BIC", Double.NaN);

  /** Another name for {@link #BIC}. */
  public static final Penalty SIC = BIC;

  private final String name;
  private final double value;

  private Penalty(String name, double value) {
    this.name = name;
    this.value = value;
  }

  /** A fixed cost per change point, whatever the length of the series. */
  public static Penalty manual(double perChange) {
    if (!(perChange >= 0) || Double.isInfinite(perChange)) {
      throw new IllegalArgumentException(
          "penalty: expected a finite number >= 0, got " + perChange);
    }
    return new Penalty("manual", perChange);
  }

  /** The cost of one change point in a series of {@code n} values with {@code p} parameters. */
  double perChange(int n, int parameters) {
    return switch (name) {
      case "MBIC" -> (parameters + 2) * Math.log(n);
      case "BIC" -> (parameters + 1) * Math.log(n);
      default -> value;
    };
  }

  /** Whether each segment's cost carries {@code log(length)} (MBIC only). */
  boolean chargesSegmentLength() {
    return this == MBIC;
  }

  @Override
  public String toString() {
    return this == MBIC || this == BIC
        ? name
        : String.format(Locale.ROOT, "manual(%s)", Double.toString(value));
  }
}
