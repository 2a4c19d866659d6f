package org.entente.analyze;

/**
 * The measures of DESIGN.md "Measures" computed the long way, straight from the formulas in
 * floating point over vote vectors: the independent check for {@link Alignment}.
 */
final class BruteForce {

  private BruteForce() {}

  /**
   * @param a first state's votes, 1 yes 2 abstain 3 no, 0 absent
   * @param b second state's votes on the same roll calls
   * @return {n, agree, s, kappa, pi}; NaN where undefined
   */
  static double[] measures(int[] a, int[] b) {
    int n = 0;
    double sumD = 0;
    double[] pa = new double[4];
    double[] pb = new double[4];
    for (int k = 0; k < a.length; k++) {
      if (a[k] > 0 && b[k] > 0) {
        n++;
        sumD += Math.abs(a[k] - b[k]) / 2.0;
        pa[a[k]]++;
        pb[b[k]]++;
      }
    }
    double dObserved = sumD / n;
    double expectedKappa = 0;
    double expectedPi = 0;
    for (int x = 1; x <= 3; x++) {
      for (int y = 1; y <= 3; y++) {
        double d = Math.abs(x - y) / 2.0;
        expectedKappa += (pa[x] / n) * (pb[y] / n) * d;
        double px = (pa[x] / n + pb[x] / n) / 2;
        double py = (pa[y] / n + pb[y] / n) / 2;
        expectedPi += px * py * d;
      }
    }
    double agree = 1 - dObserved;
    return new double[] {
      n,
      agree,
      2 * agree - 1,
      expectedKappa == 0 ? Double.NaN : 1 - dObserved / expectedKappa,
      expectedPi == 0 ? Double.NaN : 1 - dObserved / expectedPi
    };
  }
}
