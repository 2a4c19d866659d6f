package org.entente.analyze.change;

import java.util.Arrays;

/**
 * Bayesian online change-point detection (Adams and MacKay 2007, arXiv:0710.3742) for a stream of
 * normal observations whose mean and variance are unknown and change at random: a constant hazard
 * {@code 1 / expectedRunLength} of a new segment before each observation, each segment's mean and
 * precision drawn afresh from a {@link NormalGamma} prior, so that the predictive density of the
 * next value is a Student t (Murphy 2007, equation 100). Each {@link #update(double)} costs time in
 * proportion to the run lengths still held.
 *
 * <pre>{@code
 * Bocpd detector = new Bocpd(new NormalGamma(0, 1, 1, 1), 100);
 * for (double x : stream) {
 *   BocpdStep step = detector.update(x);
 *   if (step.mapRunLength() < 5 && step.time() > 5) { ... a recent change is the best guess ... }
 * }
 * }</pre>
 *
 * <p>The recursion is the paper's Algorithm 1 (growth and change-point probabilities, steps 4–7),
 * with one difference of bookkeeping: here run length {@code r} counts the observations before the
 * current one in its segment, and a change before an observation is scored with the prior
 * predictive of that observation. Adams and MacKay score the observation with the old run and start
 * the new run after it, which makes P(r = 0) equal the hazard at every step; counted this way P(r =
 * 0 | data) is the posterior probability that this observation opens a new segment, the exact
 * posterior of the product-partition model with geometric segment lengths.
 *
 * <p>Run lengths whose posterior probability falls below {@code pruneBelow} (by default {@value
 * #DEFAULT_PRUNE_BELOW}) are dropped and the rest renormalised, so that memory and time follow the
 * length of the current segment rather than of the whole stream; the most probable run length is
 * always kept. Not thread-safe.
 */
public final class Bocpd {
  /** Posterior probability below which a run length is dropped. */
  public static final double DEFAULT_PRUNE_BELOW = 1e-10;

  private final NormalGamma prior;
  private final double hazard;
  private final double pruneBelow;

  private int time;
  private int size;
  private int[] runLength = new int[16];
  private double[] probability = new double[16];
  // Posterior mean and beta of each run's segment, its current observation included.
  private double[] mean = new double[16];
  private double[] beta = new double[16];
  private int[] nextRunLength = new int[16];
  private double[] nextProbability = new double[16];
  private double[] nextMean = new double[16];
  private double[] nextBeta = new double[16];
  private double[] logDensity = new double[16];

  // Student t constants by number of observations k behind a prediction: log Γ(α_k + 1/2) −
  // log Γ(α_k), log(2π (κ_k + 1) / κ_k) and α_k + 1/2, with α_k = α0 + k/2 and κ_k = κ0 + k.
  private double[] gammaRatio = new double[0];
  private double[] logScale = new double[0];
  private double[] exponent = new double[0];

  public Bocpd(NormalGamma prior, double expectedRunLength) {
    this(prior, expectedRunLength, DEFAULT_PRUNE_BELOW);
  }

  public Bocpd(NormalGamma prior, double expectedRunLength, double pruneBelow) {
    if (prior == null) {
      throw new IllegalArgumentException("prior: expected a NormalGamma, got null");
    }
    if (!(expectedRunLength >= 1) || Double.isInfinite(expectedRunLength)) {
      throw new IllegalArgumentException(
          "expectedRunLength: expected a finite number >= 1, got " + expectedRunLength);
    }
    if (!(pruneBelow >= 0 && pruneBelow < 1)) {
      throw new IllegalArgumentException(
          "pruneBelow: expected a probability below 1, got " + pruneBelow);
    }
    this.prior = prior;
    this.hazard = 1 / expectedRunLength;
    this.pruneBelow = pruneBelow;
  }

  /** Takes the next observation and returns the run-length posterior after it. */
  public BocpdStep update(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(
          "x: observation " + time + " is " + x + ", expected a finite number");
    }
    int count = size + 1;
    ensureCapacity(count);
    // Step 3 of Algorithm 1: the predictive density of x under each run, and under a new one.
    double priorLog = studentT(x, prior.mean(), prior.beta(), 0);
    double top = priorLog;
    for (int i = 0; i < size; i++) {
      logDensity[i] = studentT(x, mean[i], beta[i], runLength[i] + 1);
      top = Math.max(top, logDensity[i]);
    }
    // Steps 4–6: growth and change probabilities, scaled by exp(-top) against underflow.
    double change = (size == 0 ? 1 : hazard) * Math.exp(priorLog - top);
    double total = change;
    nextRunLength[0] = 0;
    nextProbability[0] = change;
    nextMean[0] = (prior.kappa() * prior.mean() + x) / (prior.kappa() + 1);
    double d0 = x - prior.mean();
    nextBeta[0] = prior.beta() + prior.kappa() * d0 * d0 / (2 * (prior.kappa() + 1));
    for (int i = 0; i < size; i++) {
      double grown = probability[i] * (1 - hazard) * Math.exp(logDensity[i] - top);
      int observations = runLength[i] + 1;
      double kappa = prior.kappa() + observations;
      double d = x - mean[i];
      nextRunLength[i + 1] = runLength[i] + 1;
      nextProbability[i + 1] = grown;
      nextMean[i + 1] = (kappa * mean[i] + x) / (kappa + 1);
      nextBeta[i + 1] = beta[i] + kappa * d * d / (2 * (kappa + 1));
      total += grown;
    }
    double logPredictive = top + Math.log(total);
    // Step 7, then pruning: keep the run lengths worth keeping, always the most probable.
    int map = 0;
    for (int i = 0; i < count; i++) {
      nextProbability[i] /= total;
      if (nextProbability[i] > nextProbability[map]) {
        map = i;
      }
    }
    int kept = 0;
    double keptTotal = 0;
    for (int i = 0; i < count; i++) {
      if (nextProbability[i] >= pruneBelow || i == map) {
        runLength[kept] = nextRunLength[i];
        probability[kept] = nextProbability[i];
        mean[kept] = nextMean[i];
        beta[kept] = nextBeta[i];
        keptTotal += nextProbability[i];
        kept++;
      }
    }
    size = kept;
    double[] posterior = new double[runLength[size - 1] + 1];
    for (int i = 0; i < size; i++) {
      probability[i] /= keptTotal;
      posterior[runLength[i]] = probability[i];
    }
    return new BocpdStep(time++, posterior[0], nextRunLength[map], logPredictive, posterior);
  }

  /** The log Student t density of x after {@code k} observations with this mean and beta. */
  private double studentT(double x, double mean, double beta, int k) {
    if (k >= gammaRatio.length) {
      growConstants(k + 1);
    }
    double d = x - mean;
    double kappa = prior.kappa() + k;
    return gammaRatio[k]
        - 0.5 * (logScale[k] + Math.log(beta))
        - exponent[k] * Math.log1p(kappa * d * d / (2 * beta * (kappa + 1)));
  }

  private void growConstants(int needed) {
    int from = gammaRatio.length;
    int length = Math.max(needed, 2 * from);
    gammaRatio = Arrays.copyOf(gammaRatio, length);
    logScale = Arrays.copyOf(logScale, length);
    exponent = Arrays.copyOf(exponent, length);
    for (int k = from; k < length; k++) {
      double alpha = prior.alpha() + k / 2.0;
      double kappa = prior.kappa() + k;
      gammaRatio[k] = LogGamma.of(alpha + 0.5) - LogGamma.of(alpha);
      logScale[k] = Math.log(2 * Math.PI * (kappa + 1) / kappa);
      exponent[k] = alpha + 0.5;
    }
  }

  private void ensureCapacity(int count) {
    if (count <= runLength.length) {
      return;
    }
    int length = Math.max(count, 2 * runLength.length);
    runLength = Arrays.copyOf(runLength, length);
    probability = Arrays.copyOf(probability, length);
    mean = Arrays.copyOf(mean, length);
    beta = Arrays.copyOf(beta, length);
    nextRunLength = Arrays.copyOf(nextRunLength, length);
    nextProbability = Arrays.copyOf(nextProbability, length);
    nextMean = Arrays.copyOf(nextMean, length);
    nextBeta = Arrays.copyOf(nextBeta, length);
    logDensity = Arrays.copyOf(logDensity, length);
  }
}
