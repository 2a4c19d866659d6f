package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spearman's ρ by hand, with ties, and against a brute force on random data. */
class CorrelationTest {

  @Test
  void spearmanWithoutTiesIsOneMinusSixSumOfSquaredRankDifferences() {
    // d = 1, -1, 1, -1, 0: rho = 1 - 6 * 4 / (5 * 24) = 0.8
    double rho = Correlation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5});
    assertThat(rho).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void spearmanGivesTiesTheirMeanRank() {
    // ranks x 1.5 1.5 3 4, y 1 3 2 4: Pearson of the ranks = 3 / sqrt(4.5 * 5) (by hand)
    double rho =
        Correlation.spearman(new double[] {0, 0, 0.5, 1}, new double[] {0.1, 0.3, 0.2, 0.9});
    assertThat(rho).isCloseTo(3 / Math.sqrt(22.5), within(1e-12));
    assertThat(Correlation.ranks(new double[] {0.5, 0, 0.5, 0.5, 1}))
        .containsExactly(3, 1, 3, 3, 5);
  }

  /** Against ranks counted pair by pair (less + (equal + 1) / 2) and Pearson in its sums form. */
  @Test
  void spearmanEqualsABruteForceOnRandomDataWithTies() {
    Random random = new Random(18);
    for (int trial = 0; trial < 200; trial++) {
      int n = 2 + random.nextInt(40);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(5) / 4.0; // the Peace Scale's five values: many ties
        y[i] = random.nextInt(3) == 0 ? 0 : random.nextGaussian();
      }
      double expected = pearson(bruteRanks(x), bruteRanks(y));
      double actual = Correlation.spearman(x, y);
      if (Double.isNaN(expected)) {
        assertThat(actual).isNaN();
      } else {
        assertThat(actual).as("trial %d", trial).isCloseTo(expected, within(1e-12));
      }
    }
  }

  private static double[] bruteRanks(double[] v) {
    double[] ranks = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int less = 0;
      int equal = 0;
      for (double w : v) {
        less += w < v[i] ? 1 : 0;
        equal += w == v[i] ? 1 : 0;
      }
      ranks[i] = less + (equal + 1) / 2.0;
    }
    return ranks;
  }

  /** Pearson's r in its sums form, n Σxy − Σx Σy over the root of the two variances' sums. */
  private static double pearson(double[] x, double[] y) {
    int n = x.length;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      sx += x[i];
      sy += y[i];
      sxx += x[i] * x[i];
      syy += y[i] * y[i];
      sxy += x[i] * y[i];
    }
    double vx = n * sxx - sx * sx;
    double vy = n * syy - sy * sy;
    return vx == 0 || vy == 0 ? Double.NaN : (n * sxy - sx * sy) / Math.sqrt(vx * vy);
  }
}
