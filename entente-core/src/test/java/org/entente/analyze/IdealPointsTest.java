package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.code.RollCallMatches;
import org.entente.ingest.Progress;
import org.entente.store.VoteRows;
import org.junit.jupiter.api.Test;

/**
 * The ideal-point model checked against things it did not compute: published values of Φ, a
 * brute-force matrix inverse, and votes simulated from known ideal points.
 */
class IdealPointsTest {

  @Test
  void normalDistributionMatchesPublishedValues() {
    // Abramowitz & Stegun table 26.1 and R's pnorm(), to 15 significant digits
    assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
    assertThat(StandardNormal.cdf(1)).isCloseTo(0.841344746068543, within(1e-14));
    assertThat(StandardNormal.cdf(1.96)).isCloseTo(0.975002104851780, within(1e-14));
    assertThat(StandardNormal.cdf(-3)).isCloseTo(0.00134989803163009, within(1e-16));
    // beyond 7.07 Hart's continued fraction holds about eight significant digits, relative
    assertThat(StandardNormal.cdf(-10) / 7.61985302416053e-24).isCloseTo(1, within(1e-8));
    assertThat(StandardNormal.upperTail(8) / 6.22096057427178e-16).isCloseTo(1, within(1e-8));
    // the mean of N(0,1) truncated to (x, ∞): φ(x)/Q(x); for x = 0 it is √(2/π)
    assertThat(StandardNormal.millsUpper(0)).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-14));
    assertThat(StandardNormal.millsUpper(40)).isCloseTo(40.02496, within(1e-4));
  }

  @Test
  void truncatedMeansLieInTheirCategory() {
    for (double mu = -8; mu <= 8; mu += 0.25) {
      assertThat(DynamicOrdinalIrt.truncatedMean(DynamicOrdinalIrt.LOW, mu, 0.7)).isLessThan(0);
      assertThat(DynamicOrdinalIrt.truncatedMean(DynamicOrdinalIrt.MIDDLE, mu, 0.7))
          .isBetween(0.0, 0.7);
      assertThat(DynamicOrdinalIrt.truncatedMean(DynamicOrdinalIrt.HIGH, mu, 0.7))
          .isGreaterThanOrEqualTo(0.7);
    }
    // symmetric interval around the mean: the mean itself
    assertThat(DynamicOrdinalIrt.truncatedMean(DynamicOrdinalIrt.MIDDLE, 0.35, 0.7))
        .isCloseTo(0.35, within(1e-12));
  }

  @Test
  void tridiagonalPosteriorEqualsBruteForceInverse() {
    Random random = new Random(7);
    int n = 9;
    double[] d = new double[n];
    double[] e = new double[n];
    double[] r = new double[n];
    double[][] p = new double[n][n];
    for (int i = 0; i < n; i++) {
      e[i] = i < n - 1 ? -random.nextDouble() : 0;
      r[i] = random.nextGaussian();
    }
    for (int i = 0; i < n; i++) {
      d[i] = 0.5 + random.nextDouble() - (i > 0 ? e[i - 1] : 0) - e[i]; // diagonally dominant
      p[i][i] = d[i];
      if (i < n - 1) {
        p[i][i + 1] = e[i];
        p[i + 1][i] = e[i];
      }
    }
    double[] mean = new double[n];
    double[] variance = new double[n];
    TridiagonalGaussian.solve(d, e, r, mean, variance);
    double[][] inverse = gaussJordanInverse(p);
    for (int i = 0; i < n; i++) {
      double m = 0;
      for (int j = 0; j < n; j++) {
        m += inverse[i][j] * r[j];
      }
      assertThat(mean[i]).isCloseTo(m, within(1e-12));
      assertThat(variance[i]).isCloseTo(inverse[i][i], within(1e-12));
    }
  }

  /**
   * Votes simulated from the model itself — 40 states whose ideal points follow random walks over
   * 12 sessions, 60 roll calls a session, a fifth of them voted again the next session (bridged) —
   * are recovered with a correlation above 0.95, the anchor on the positive side.
   */
  @Test
  void recoversSimulatedIdealPoints() {
    Simulation sim = Simulation.run(new Random(2024), 40, 12, 60);
    IdealPoints.Estimate estimate =
        IdealPoints.estimate(
            sim.rows, new RollCallMatches(sim.matches), IdealPoints.DEFAULTS, Progress.NONE);

    assertThat(estimate.converged()).isTrue();
    assertThat(estimate.items()).isLessThan(estimate.rollCalls());
    List<double[]> pairs = new ArrayList<>();
    for (IdealPoint p : estimate.points()) {
      pairs.add(new double[] {p.idealPoint(), sim.truth.get(p.country() + ":" + p.year())});
      assertThat(p.se()).isGreaterThan(0).isLessThan(1);
    }
    assertThat(pairs).hasSize(sim.truth.size());
    assertThat(PublishedIdealPoints.pearson(pairs)).isGreaterThan(0.95);
    assertThat(estimate.points().stream().filter(p -> p.country().equals("USA")))
        .allSatisfy(p -> assertThat(p.idealPoint()).isPositive());
  }

  /** Votes drawn from the dynamic ordinal model with known parameters. */
  private record Simulation(
      VoteRows rows, List<RollCallMatches.Pair> matches, Map<String, Double> truth) {

    static Simulation run(Random random, int states, int sessions, int perSession) {
      List<String> names = new ArrayList<>();
      double[][] x = new double[states][sessions];
      for (int i = 0; i < states; i++) {
        names.add(threeLetters(i));
        x[i][0] = i == 0 ? 2 : random.nextGaussian();
        for (int t = 1; t < sessions; t++) {
          x[i][t] = x[i][t - 1] + 0.2 * random.nextGaussian();
        }
      }
      List<int[]> votes = new ArrayList<>(); // period, rcid, country, vote
      List<RollCallMatches.Pair> matches = new ArrayList<>();
      int rcid = 0;
      double[] repeat = null;
      int repeatRcid = -1;
      for (int t = 0; t < sessions; t++) {
        double[] carried = null;
        int carriedRcid = -1;
        for (int k = 0; k < perSession; k++) {
          rcid++;
          double[] item = {
            random.nextGaussian(), 1.5 * random.nextGaussian(), 0.3 + random.nextDouble()
          };
          if (k == 0 && repeat != null) {
            item = repeat;
            matches.add(new RollCallMatches.Pair(repeatRcid, rcid));
          }
          if (k == 1) {
            carried = item;
            carriedRcid = rcid;
          }
          for (int i = 0; i < states; i++) {
            double y = item[0] + item[1] * x[i][t] + random.nextGaussian();
            int vote = y < 0 ? 3 : y < item[2] ? 2 : 1;
            votes.add(new int[] {t + 1, rcid, i, vote});
          }
        }
        repeat = carried;
        repeatRcid = carriedRcid;
      }
      int n = votes.size();
      int[] period = new int[n];
      int[] rc = new int[n];
      short[] country = new short[n];
      byte[] vote = new byte[n];
      for (int k = 0; k < n; k++) {
        int[] v = votes.get(k);
        period[k] = v[0];
        rc[k] = v[1];
        country[k] = (short) v[2];
        vote[k] = (byte) v[3];
      }
      Map<String, Double> truth = new HashMap<>();
      for (int i = 0; i < states; i++) {
        for (int t = 0; t < sessions; t++) {
          truth.put(names.get(i) + ":" + (t + 1 + 1945), x[i][t]);
        }
      }
      return new Simulation(new VoteRows(period, rc, country, vote, names), matches, truth);
    }

    private static String threeLetters(int i) {
      return i == 0 ? "USA" : "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }
  }

  private static double[][] gaussJordanInverse(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int row = col + 1; row < n; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      double f = m[col][col];
      for (int j = 0; j < 2 * n; j++) {
        m[col][j] /= f;
      }
      for (int row = 0; row < n; row++) {
        if (row != col) {
          double g = m[row][col];
          for (int j = 0; j < 2 * n; j++) {
            m[row][j] -= g * m[col][j];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inverse[i], 0, n);
    }
    return inverse;
  }
}
