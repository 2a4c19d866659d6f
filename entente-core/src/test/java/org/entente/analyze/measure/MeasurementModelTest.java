package org.entente.analyze.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.entente.analyze.Estimate;
import org.entente.analyze.TridiagonalGaussian;
import org.junit.jupiter.api.Test;

/**
 * The relation model against independent computations: the smoother's covariances against a dense
 * matrix inverse, and the fit against data drawn from a model whose parameters are known.
 */
class MeasurementModelTest {

  @Test
  void theSmoothersLagCovarianceIsTheInverseOfThePrecisionMatrix() {
    // A random walk of 5 years observed in years 0, 2 and 4: a tridiagonal precision, inverted by
    // Gauss–Jordan elimination of the dense matrix.
    int n = 5;
    double walk = 1 / 0.04;
    double[] d = {1 + 4 + walk, walk * 2, 9 + walk * 2, walk * 2, 2.5 + walk};
    double[] e = new double[n];
    for (int t = 0; t < n - 1; t++) {
      e[t] = -walk;
    }
    double[] r = {1, 0, -3, 0, 2};
    double[] mean = new double[n];
    double[] variance = new double[n];
    double[] lag = new double[n];
    TridiagonalGaussian.solve(d, e, r, mean, variance, lag);
    double[][] inverse = invert(d, e);
    for (int i = 0; i < n; i++) {
      double m = 0;
      for (int j = 0; j < n; j++) {
        m += inverse[i][j] * r[j];
      }
      assertThat(mean[i]).isCloseTo(m, within(1e-12));
      assertThat(variance[i]).isCloseTo(inverse[i][i], within(1e-12));
      if (i < n - 1) {
        assertThat(lag[i]).isCloseTo(inverse[i][i + 1], within(1e-12));
      }
    }
  }

  private static double[][] invert(double[] d, double[] e) {
    int n = d.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      a[i][i] = d[i];
      if (i < n - 1) {
        a[i][i + 1] = e[i];
        a[i + 1][i] = e[i];
      }
      a[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      double pivot = a[c][c];
      for (int k = 0; k < 2 * n; k++) {
        a[c][k] /= pivot;
      }
      for (int row = 0; row < n; row++) {
        if (row != c) {
          double f = a[row][c];
          for (int k = 0; k < 2 * n; k++) {
            a[row][k] -= f * a[c][k];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inverse[i], 0, n);
    }
    return inverse;
  }

  /**
   * 400 pairs over 30 years, each a random walk with step sd 0.1 from N(0, 0.5²); half observed by
   * the anchor (the Peace Scale) in years 10–19; every pair by two indicators with loadings 0.8 and
   * −0.5, intercepts 0.3 and 0.1 and noise 0.2 and 0.3. The fit must recover the loadings, the
   * noise and the walk, and its 80 % intervals must hold about 80 % of the true values.
   */
  @Test
  void theFitRecoversTheParametersOfDataDrawnFromTheModel() throws Exception {
    Random random = new Random(19);
    Panel.Builder panel = new Panel.Builder();
    double[][] truth = new double[400][30];
    for (int p = 0; p < 400; p++) {
      double x = 0.5 * random.nextGaussian();
      String a = "A" + (100 + p);
      for (int t = 0; t < 30; t++) {
        if (t > 0) {
          x += 0.1 * random.nextGaussian();
        }
        truth[p][t] = x;
        int year = 1990 + t;
        if (p % 2 == 0 && t >= 10 && t < 20) {
          // the calibration takes the anchor as the latent's value, as an expert coding defines it
          panel.add(a, "ZZZ", year, Indicator.PEACE_SCALE, x);
        }
        panel.add(a, "ZZZ", year, Indicator.RIVALRY, 0.3 + 0.8 * x + 0.2 * random.nextGaussian());
        panel.add(a, "ZZZ", year, Indicator.VOTES, 0.1 - 0.5 * x + 0.3 * random.nextGaussian());
      }
    }
    Panel built = panel.build();
    DimensionFit fit =
        MeasurementModel.fit(
            built,
            Dimension.RELATIONS,
            new MeasurementModel.Settings(500, 1e-5),
            MeasurementModel.Listener.NONE);
    DimensionFit.Loading rivalry = loading(fit, Indicator.RIVALRY);
    DimensionFit.Loading votes = loading(fit, Indicator.VOTES);
    assertThat(rivalry.loading()).isCloseTo(0.8, within(0.08));
    assertThat(votes.loading()).isCloseTo(-0.5, within(0.05));
    assertThat(rivalry.noiseSd()).isCloseTo(0.2, within(0.03));
    assertThat(votes.noiseSd()).isCloseTo(0.3, within(0.03));
    assertThat(fit.walkSd()).isCloseTo(0.1, within(0.03));
    int inside = 0;
    int all = 0;
    for (int d = 0; d < built.dyadCount(); d++) {
      int p = Integer.parseInt(built.dyads().get(d).a().substring(1)) - 100;
      for (int t = 0; t < 30; t++) {
        Estimate e = fit.estimate(d, 1990 + t);
        all++;
        if (truth[p][t] >= e.lo() && truth[p][t] <= e.hi()) {
          inside++;
        }
      }
    }
    assertThat(inside / (double) all).isBetween(0.74, 0.86);
  }

  @Test
  void aFitThatDoesNotConvergeSaysSoInsteadOfReturningEstimates() {
    Panel panel =
        new Panel.Builder()
            .add("AAA", "BBB", 2000, Indicator.VOTES, 0.4)
            .add("AAA", "BBB", 2001, Indicator.VOTES, -0.2)
            .add("AAA", "BBB", 2000, Indicator.RIVALRY, 1)
            .build();
    assertThatThrownBy(
            () ->
                MeasurementModel.fit(
                    panel,
                    Dimension.RELATIONS,
                    new MeasurementModel.Settings(1, 1e-12),
                    MeasurementModel.Listener.NONE))
        .isInstanceOf(MeasurementModel.NotConverged.class)
        .hasMessageContaining("after 1 iterations");
  }

  @Test
  void aPairWithNothingOnADimensionHasNoEstimateThere() throws Exception {
    Panel panel =
        new Panel.Builder()
            .add("AAA", "BBB", 2000, Indicator.RIVALRY, 1)
            .add("AAA", "CCC", 2000, Indicator.VOTES, 0.1)
            .add("AAA", "CCC", 2003, Indicator.VOTES, 0.3)
            .build();
    DimensionFit alignment =
        MeasurementModel.fit(
            panel, Dimension.ALIGNMENT, MeasurementModel.Settings.DEFAULT, (i, c) -> {});
    assertThat(alignment.estimate(0, 2000).known()).isFalse();
    Estimate between = alignment.estimate(1, 2001);
    Estimate observed = alignment.estimate(1, 2000);
    assertThat(between.known()).isTrue();
    // a year without evidence is estimated from its neighbours, with a wider interval
    assertThat(between.sd()).isGreaterThan(observed.sd());
    assertThat(alignment.estimate(1, 2004).known()).isFalse();
  }

  private static DimensionFit.Loading loading(DimensionFit fit, Indicator k) {
    return fit.loadings().stream().filter(l -> l.indicator() == k).findFirst().orElseThrow();
  }
}
