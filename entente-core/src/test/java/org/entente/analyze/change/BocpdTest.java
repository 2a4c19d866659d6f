package org.entente.analyze.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BocpdTest {
  private static final NormalGamma PRIOR = new NormalGamma(0, 0.1, 1, 1);

  @Test
  void logGammaMatchesKnownValues() {
    assertThat(LogGamma.of(1)).isCloseTo(0, within(1e-15));
    assertThat(LogGamma.of(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
    assertThat(LogGamma.of(10)).isCloseTo(Math.log(362_880), within(1e-13));
    assertThat(LogGamma.of(1.5)).isCloseTo(Math.log(Math.sqrt(Math.PI) / 2), within(1e-14));
    // Γ(0.1) = 9.513507698668731836... (Abramowitz and Stegun, table 6.1, via Γ(1.1) / 0.1).
    assertThat(LogGamma.of(0.1)).isCloseTo(Math.log(9.513507698668732), within(1e-13));
    // log Γ(100) = log(99!) = 359.13420536957539878...
    assertThat(LogGamma.of(100)).isCloseTo(359.1342053695754, within(1e-11));
  }

  @Test
  void detectsAClearMeanShiftWithinAFewSteps() {
    Random random = new Random(7L);
    Bocpd detector = new Bocpd(PRIOR, 100);
    BocpdStep[] steps = new BocpdStep[260];
    for (int t = 0; t < steps.length; t++) {
      steps[t] = detector.update((t < 200 ? 0 : 5) + random.nextGaussian());
    }
    for (int t = 20; t < 200; t++) {
      assertThat(steps[t].mapRunLength()).as("step %d", t).isEqualTo(t);
      assertThat(steps[t].changeProbability()).as("step %d", t).isLessThan(0.1);
    }
    assertThat(steps[200].changeProbability()).isGreaterThan(0.5);
    for (int t = 203; t < steps.length; t++) {
      assertThat(steps[t].mapRunLength()).as("step %d", t).isEqualTo(t - 200);
    }
  }

  @Test
  void runLengthPosteriorSumsToOne() {
    Random random = new Random(11L);
    Bocpd detector = new Bocpd(new NormalGamma(2, 1, 2, 3), 30);
    for (int t = 0; t < 3000; t++) {
      double level = (t / 250) % 2 == 0 ? 2 : -1;
      double scale = (t / 600) % 2 == 0 ? 1 : 3;
      BocpdStep step = detector.update(level + scale * random.nextGaussian());
      double sum = 0;
      for (double p : step.runLengthProbabilities()) {
        assertThat(p).isBetween(0.0, 1.0);
        sum += p;
      }
      assertThat(sum).as("step %d", t).isCloseTo(1, within(1e-12));
      assertThat(step.runLengthProbabilities()).hasSizeLessThanOrEqualTo(t + 1);
      assertThat(step.changeProbability()).isEqualTo(step.runLengthProbabilities()[0]);
    }
  }

  /**
   * The recursion against the posterior written out in full: every way to cut the first t + 1
   * observations into segments, weighted by hazard H per cut and 1 − H per non-cut and by the
   * closed-form Normal-Gamma marginal likelihood of each segment (Murphy 2007, equation 95).
   */
  @Test
  void matchesTheExactPosteriorOverAllSegmentations() {
    double hazard = 1 / 4.0;
    NormalGamma prior = new NormalGamma(0.5, 2, 1.5, 0.8);
    double[] x = {0.3, -0.2, 0.9, 3.1, 2.7, 3.4, 0.1, 0.4, 2.9, 3.3};
    Bocpd detector = new Bocpd(prior, 4, 0);
    double logEvidence = 0;
    for (int t = 0; t < x.length; t++) {
      BocpdStep step = detector.update(x[t]);
      logEvidence += step.logPredictive();
      int n = t + 1;
      double[] posterior = new double[n];
      double total = 0;
      for (int mask = 0; mask < 1 << (n - 1); mask++) {
        // Bit i set: a new segment starts at observation i + 1.
        double logWeight = 0;
        int start = 0;
        int lastStart = 0;
        for (int i = 1; i <= n; i++) {
          if (i == n || (mask & 1 << (i - 1)) != 0) {
            logWeight += logMarginal(x, start, i, prior);
            lastStart = start;
            start = i;
          }
          if (i < n) {
            logWeight += Math.log((mask & 1 << (i - 1)) != 0 ? hazard : 1 - hazard);
          }
        }
        double weight = Math.exp(logWeight);
        posterior[t - lastStart] += weight;
        total += weight;
      }
      for (int r = 0; r < n; r++) {
        double p = r < step.runLengthProbabilities().length ? step.runLengthProbabilities()[r] : 0;
        assertThat(p)
            .as("step %d, run length %d", t, r)
            .isCloseTo(posterior[r] / total, within(1e-12));
      }
      assertThat(logEvidence).as("step %d", t).isCloseTo(Math.log(total), within(1e-10));
    }
  }

  @Test
  void pruningChangesThePosteriorByNoMoreThanItsThreshold() {
    Random random = new Random(13L);
    Bocpd pruned = new Bocpd(PRIOR, 200);
    Bocpd exact = new Bocpd(PRIOR, 200, 0);
    int widest = 0;
    for (int t = 0; t < 2000; t++) {
      double x = (t / 400) % 2 == 0 ? random.nextGaussian() : 3 + random.nextGaussian();
      double[] p = pruned.update(x).runLengthProbabilities();
      double[] q = exact.update(x).runLengthProbabilities();
      double distance = 0;
      for (int r = 0; r < q.length; r++) {
        distance += Math.abs((r < p.length ? p[r] : 0) - q[r]);
      }
      assertThat(distance).as("step %d", t).isLessThan(1e-6);
      int held = 0;
      for (double v : p) {
        held += v > 0 ? 1 : 0;
      }
      if (t > 1000) {
        widest = Math.max(widest, held);
      }
    }
    // Past the first change the run lengths from before it are gone.
    assertThat(widest).isLessThan(1000);
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> new Bocpd(PRIOR, 0.5)).hasMessageContaining("expectedRunLength");
    assertThatThrownBy(() -> new Bocpd(PRIOR, 10, 1)).hasMessageContaining("pruneBelow");
    assertThatThrownBy(() -> new NormalGamma(0, 1, 0, 1)).hasMessageContaining("alpha");
    Bocpd detector = new Bocpd(PRIOR, 10);
    detector.update(1);
    assertThatThrownBy(() -> detector.update(Double.NaN))
        .hasMessageContaining("observation 1 is NaN");
  }

  /** The log marginal likelihood of x[from..to) under the Normal-Gamma prior, in closed form. */
  private static double logMarginal(double[] x, int from, int to, NormalGamma prior) {
    int n = to - from;
    double mean = 0;
    for (int i = from; i < to; i++) {
      mean += x[i] / n;
    }
    double squares = 0;
    for (int i = from; i < to; i++) {
      squares += (x[i] - mean) * (x[i] - mean);
    }
    double kappa = prior.kappa() + n;
    double alpha = prior.alpha() + n / 2.0;
    double d = mean - prior.mean();
    double beta = prior.beta() + squares / 2 + prior.kappa() * n * d * d / (2 * kappa);
    return LogGamma.of(alpha)
        - LogGamma.of(prior.alpha())
        + prior.alpha() * Math.log(prior.beta())
        - alpha * Math.log(beta)
        + 0.5 * Math.log(prior.kappa() / kappa)
        - n / 2.0 * Math.log(2 * Math.PI);
  }
}
