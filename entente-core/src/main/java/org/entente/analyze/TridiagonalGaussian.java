package org.entente.analyze;

/**
 * The mean and marginal variances of a Gaussian with a symmetric tridiagonal precision matrix — a
 * random walk observed with noise, whose posterior this is (the Kalman smoother in matrix form).
 * The mean solves P m = r by the Thomas algorithm; the variances are the diagonal of P⁻¹, 1 / (top
 * pivot + bottom pivot − diagonal), in linear time.
 */
public final class TridiagonalGaussian {

  private TridiagonalGaussian() {}

  /**
   * @param d the diagonal of P (n values)
   * @param e the off-diagonal, e[i] = P[i][i+1] (the last value is ignored)
   * @param r the right-hand side (precision times mean)
   * @param mean receives m
   * @param variance receives the diagonal of P⁻¹
   */
  static void solve(double[] d, double[] e, double[] r, double[] mean, double[] variance) {
    solve(d, e, r, mean, variance, null);
  }

  /**
   * As {@link #solve(double[], double[], double[], double[], double[])}, with the covariance of
   * each value and the next: cov(x[i], x[i+1]) = −e[i] / top[i] · var(x[i+1]), as the posterior is
   * a backward Markov chain x[i] | x[i+1] ~ N((z[i] − e[i] x[i+1]) / top[i], 1 / top[i]).
   *
   * @param lag receives cov(x[i], x[i+1]) (n − 1 values used), or null
   */
  public static void solve(
      double[] d, double[] e, double[] r, double[] mean, double[] variance, double[] lag) {
    int n = d.length;
    double[] top = new double[n];
    double[] z = new double[n];
    top[0] = d[0];
    z[0] = r[0];
    for (int i = 1; i < n; i++) {
      double f = e[i - 1] / top[i - 1];
      top[i] = d[i] - f * e[i - 1];
      z[i] = r[i] - f * z[i - 1];
    }
    mean[n - 1] = z[n - 1] / top[n - 1];
    for (int i = n - 2; i >= 0; i--) {
      mean[i] = (z[i] - e[i] * mean[i + 1]) / top[i];
    }
    double bottom = d[n - 1];
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1) {
        bottom = d[i] - e[i] * e[i] / bottom;
      }
      variance[i] = 1 / (top[i] + bottom - d[i]);
    }
    if (lag != null) {
      for (int i = 0; i < n - 1; i++) {
        lag[i] = -e[i] / top[i] * variance[i + 1];
      }
    }
  }
}
