package org.entente.analyze;

/**
 * The standard normal density and distribution function in double precision, with tails computed
 * directly (not as {@code 1 - Φ}) so that truncated-normal moments stay accurate far out. Φ is
 * Hart's 1968 rational approximation as given by West, "Better approximations to cumulative normal
 * functions", Wilmott Magazine (2005): about 1e-15 absolute, and eight significant digits in the
 * tails beyond 7.07. {@code StrictMath.exp} makes the results, and so the ideal points, the same to
 * the last bit on every platform.
 */
final class StandardNormal {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private StandardNormal() {}

  static double density(double x) {
    return StrictMath.exp(-0.5 * x * x) / SQRT_2PI;
  }

  /** Φ(x) = P(Z ≤ x). */
  static double cdf(double x) {
    return x > 0 ? 1 - lowerTail(-x) : lowerTail(x);
  }

  /** Q(x) = P(Z > x) = Φ(−x), accurate in the upper tail. */
  static double upperTail(double x) {
    return cdf(-x);
  }

  /** Φ(x) for x ≤ 0 (Hart 1968, West 2005, figure 2). */
  private static double lowerTail(double x) {
    double z = -x;
    if (z > 37) {
      return 0;
    }
    double e = StrictMath.exp(-0.5 * z * z);
    if (z < 7.07106781186547) {
      double num = 3.52624965998911e-02 * z + 0.700383064443688;
      num = num * z + 6.37396220353165;
      num = num * z + 33.912866078383;
      num = num * z + 112.079291497871;
      num = num * z + 221.213596169931;
      num = num * z + 220.206867912376;
      double den = 8.83883476483184e-02 * z + 1.75566716318264;
      den = den * z + 16.064177579207;
      den = den * z + 86.7807322029461;
      den = den * z + 296.564248779674;
      den = den * z + 637.333633378831;
      den = den * z + 793.826512519948;
      den = den * z + 440.413735824752;
      return e * num / den;
    }
    double f = z + 0.65;
    f = z + 4 / f;
    f = z + 3 / f;
    f = z + 2 / f;
    f = z + 1 / f;
    return e / f / SQRT_2PI;
  }

  /**
   * The inverse Mills ratio φ(x) / Q(x): the mean of a standard normal truncated to (x, ∞). Beyond
   * x = 30 it uses the asymptotic series, where Q underflows.
   */
  static double millsUpper(double x) {
    if (x > 30) {
      double x2 = x * x;
      return x + 1 / x - 2 / (x * x2);
    }
    return density(x) / upperTail(x);
  }
}
