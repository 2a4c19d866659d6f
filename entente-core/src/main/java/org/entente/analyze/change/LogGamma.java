package org.entente.analyze.change;

/**
 * {@code log Γ(x)} for {@code x > 0} by Lanczos' approximation (Lanczos 1964, SIAM J. Numer. Anal.
 * B 1, 86–96) with Godfrey's coefficients for g = 7, n = 9, good to about 15 digits; below 1/2
 * through the reflection formula Γ(x) Γ(1 − x) = π / sin(πx).
 */
final class LogGamma {
  private static final double G = 7;
  private static final double[] COEFFICIENTS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private LogGamma() {}

  static double of(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException("x: expected a finite number > 0, got " + x);
    }
    if (x < 0.5) {
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - of(1 - x);
    }
    double z = x - 1;
    double series = COEFFICIENTS[0];
    for (int i = 1; i < COEFFICIENTS.length; i++) {
      series += COEFFICIENTS[i] / (z + i);
    }
    double t = z + G + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
  }
}
