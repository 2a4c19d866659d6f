package org.entente.analyze;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A one-dimensional dynamic ordinal item response model, fitted by EM in the manner of Imai, Lo &
 * Olmsted, "Fast estimation of ideal points with massive data", APSR 110(4), 2016 ({@code ordIRT}
 * and {@code dynIRT} of their R package emIRT, combined).
 *
 * <p>Model: state i in period t has ideal point x<sub>it</sub>; on item j its latent utility is y*
 * = α<sub>j</sub> + β<sub>j</sub> x<sub>it</sub> + ε, ε ~ N(0, 1), and it votes in the lowest
 * category when y* &lt; 0, the middle when 0 ≤ y* &lt; τ<sub>j</sub>, the highest when y* ≥
 * τ<sub>j</sub>. Priors: x<sub>i,first</sub> ~ N(0, {@code startVariance}), a random walk
 * x<sub>it</sub> ~ N(x<sub>i,t−g</sub>, g·{@code walkVariance}) after a gap of g periods, α and β ~
 * N(0, {@code itemVariance}).
 *
 * <p>Each iteration (variational EM, as dynIRT): the E step takes the truncated-normal mean of
 * every y*; α and β get their Gaussian posterior, a ridge regression of those on the current ideal
 * points (using their second moments); τ takes one safeguarded Newton step on the item's likelihood
 * (the complete-data likelihood does not identify it); each state's whole path gets its Gaussian
 * posterior given the E step and the items' posterior moments, a tridiagonal system solved in time
 * linear in its periods (a Kalman smoother), whose inverse diagonal is the posterior variance;
 * finally the scale is standardised. Items and states are updated in parallel.
 */
final class DynamicOrdinalIrt {

  /** Categories of a vote, lowest to highest latent utility. */
  static final byte LOW = 0;

  static final byte MIDDLE = 1;
  static final byte HIGH = 2;

  /** Largest cutpoint: a middle zone 20 standard deviations wide already means "no high votes". */
  private static final double MAX_CUTPOINT = 20;

  /**
   * Prior and stopping settings.
   *
   * @param walkVariance variance of the random walk per period
   * @param startVariance prior variance of a state's first ideal point (mean 0)
   * @param itemVariance prior variance of every α and β (mean 0)
   * @param maxIterations iterations at most
   * @param tolerance stop when 1 − the correlation of the ideal points before and after an
   *     iteration falls below this (emIRT's criterion; its default is 1e-6)
   */
  record Settings(
      double walkVariance,
      double startVariance,
      double itemVariance,
      int maxIterations,
      double tolerance) {

    Settings {
      if (!(walkVariance > 0) || !(startVariance > 0) || !(itemVariance > 0)) {
        throw new IllegalArgumentException(
            "walkVariance, startVariance and itemVariance must be positive");
      }
      if (maxIterations < 1) {
        throw new IllegalArgumentException(
            "maxIterations must be at least 1, not " + maxIterations);
      }
    }
  }

  /**
   * The votes: cells are state-periods, grouped by state ({@code seriesStart}) and in time order
   * within a state.
   */
  static final class Data {
    final int items;
    final int[] seriesStart;
    final int[] cellTime;
    final int[] itemStart;
    final int[] voteCell;
    final byte[] voteChoice;
    final int[] cellStart;

    /** Votes of cell c, as indices into the item-ordered vote arrays. */
    final int[] cellVotes;

    /** The item of each vote in item order (redundant with itemStart, for the state step). */
    final int[] voteItem;

    /**
     * @param items number of items
     * @param seriesStart first cell of each state, and the number of cells last
     * @param cellTime period of each cell, increasing within a state
     * @param item, cell, choice one entry per vote, in any order
     */
    Data(int items, int[] seriesStart, int[] cellTime, int[] item, int[] cell, byte[] choice) {
      if (item.length != cell.length || cell.length != choice.length) {
        throw new IllegalArgumentException("item, cell and choice must have equal length");
      }
      int cells = cellTime.length;
      if (seriesStart.length == 0 || seriesStart[seriesStart.length - 1] != cells) {
        throw new IllegalArgumentException("seriesStart must end with the number of cells");
      }
      this.items = items;
      this.seriesStart = seriesStart;
      this.cellTime = cellTime;
      int n = item.length;
      itemStart = new int[items + 1];
      for (int k = 0; k < n; k++) {
        itemStart[item[k] + 1]++;
      }
      for (int j = 0; j < items; j++) {
        itemStart[j + 1] += itemStart[j];
      }
      int[] fill = Arrays.copyOf(itemStart, items);
      voteCell = new int[n];
      voteChoice = new byte[n];
      voteItem = new int[n];
      for (int k = 0; k < n; k++) {
        int at = fill[item[k]]++;
        voteCell[at] = cell[k];
        voteChoice[at] = choice[k];
        voteItem[at] = item[k];
      }
      cellStart = new int[cells + 1];
      for (int k = 0; k < n; k++) {
        cellStart[voteCell[k] + 1]++;
      }
      for (int c = 0; c < cells; c++) {
        cellStart[c + 1] += cellStart[c];
      }
      int[] next = Arrays.copyOf(cellStart, cells);
      cellVotes = new int[n];
      for (int k = 0; k < n; k++) {
        cellVotes[next[voteCell[k]]++] = k;
      }
    }

    int cells() {
      return cellTime.length;
    }

    int series() {
      return seriesStart.length - 1;
    }
  }

  /**
   * The fit.
   *
   * @param mean posterior mean of each cell's ideal point
   * @param variance its posterior variance given the item parameters
   * @param alpha, beta, cutpoint item parameters
   */
  record Fit(
      double[] mean,
      double[] variance,
      double[] alpha,
      double[] beta,
      double[] cutpoint,
      int iterations,
      boolean converged) {}

  private final Data data;
  private final Settings settings;
  private final double[] alpha;
  private final double[] beta;
  private final double[] tau;

  /** Posterior variance of β and covariance of α and β, for the state step (variational EM). */
  private final double[] betaVariance;

  private final double[] alphaBetaCovariance;
  private final boolean[] hasMiddle;
  private final double[] mean;
  private final double[] variance;
  private final double[] ystar;

  private DynamicOrdinalIrt(Data data, Settings settings, double[] start) {
    this.data = data;
    this.settings = settings;
    alpha = new double[data.items];
    beta = new double[data.items];
    tau = new double[data.items];
    betaVariance = new double[data.items];
    alphaBetaCovariance = new double[data.items];
    hasMiddle = new boolean[data.items];
    for (int j = 0; j < data.items; j++) {
      for (int k = data.itemStart[j]; k < data.itemStart[j + 1]; k++) {
        if (data.voteChoice[k] == MIDDLE) {
          hasMiddle[j] = true;
          tau[j] = 0.5;
          break;
        }
      }
    }
    mean = start.clone();
    variance = new double[data.cells()];
    ystar = new double[data.voteCell.length];
  }

  /**
   * Fits the model from starting ideal points (one per cell; their sign and spread orient the first
   * item step).
   *
   * @param onIteration called with the number of each finished iteration
   */
  static Fit fit(Data data, Settings settings, double[] start, IntConsumer onIteration) {
    if (start.length != data.cells()) {
      throw new IllegalArgumentException(
          "start has " + start.length + " values for " + data.cells() + " cells");
    }
    DynamicOrdinalIrt em = new DynamicOrdinalIrt(data, settings, start);
    int iteration = 0;
    boolean converged = false;
    double[] previous = new double[data.cells()];
    while (!converged && iteration < settings.maxIterations()) {
      System.arraycopy(em.mean, 0, previous, 0, previous.length);
      IntStream.range(0, data.items).parallel().forEach(em::updateItem);
      IntStream.range(0, data.series()).parallel().forEach(em::updateSeries);
      em.standardize();
      iteration++;
      onIteration.accept(iteration);
      converged = 1 - Correlation.pearson(previous, em.mean) < settings.tolerance();
    }
    return new Fit(em.mean, em.variance, em.alpha, em.beta, em.tau, iteration, converged);
  }

  /**
   * Rescales the ideal points to mean 0 and standard deviation 1 over all state-periods, and the
   * items' α and β so that every α + β x stays the same, as Bailey, Strezhnev & Voeten do in each
   * draw of their sampler. The likelihood does not see it; the priors do: without it the scale
   * grows without bound, because states that vote alone on every split (the United States, Israel)
   * have no finite maximum.
   */
  private void standardize() {
    int n = mean.length;
    double m = 0;
    for (double x : mean) {
      m += x / n;
    }
    double ss = 0;
    for (double x : mean) {
      ss += (x - m) * (x - m);
    }
    double sd = Math.sqrt(ss / n);
    if (!(sd > 0)) {
      return;
    }
    for (int c = 0; c < n; c++) {
      mean[c] = (mean[c] - m) / sd;
      variance[c] /= sd * sd;
    }
    for (int j = 0; j < data.items; j++) {
      alpha[j] += beta[j] * m;
      beta[j] *= sd;
    }
  }

  /** E step for item j's votes, then its α and β (ridge regression) and τ (a Newton step). */
  private void updateItem(int j) {
    double a = alpha[j];
    double b = beta[j];
    double t = tau[j];
    double n = 0;
    double sumX = 0;
    double sumXX = 0;
    double sumY = 0;
    double sumXY = 0;
    for (int k = data.itemStart[j]; k < data.itemStart[j + 1]; k++) {
      int c = data.voteCell[k];
      double x = mean[c];
      double y = truncatedMean(data.voteChoice[k], a + b * x, t);
      ystar[k] = y;
      n++;
      sumX += x;
      sumXX += x * x + variance[c];
      sumY += y;
      sumXY += x * y;
    }
    double prior = 1 / settings.itemVariance();
    double a11 = n + prior;
    double a22 = sumXX + prior;
    double det = a11 * a22 - sumX * sumX;
    a = (a22 * sumY - sumX * sumXY) / det;
    b = (a11 * sumXY - sumX * sumY) / det;
    alpha[j] = a;
    beta[j] = b;
    betaVariance[j] = a11 / det;
    alphaBetaCovariance[j] = -sumX / det;
    if (hasMiddle[j]) {
      tau[j] = cutpointStep(j, a, b, t);
    }
  }

  /**
   * One Newton step for τ on the item's log-likelihood, which is concave in τ; the step never more
   * than halves τ and never adds more than 1.
   */
  private double cutpointStep(int j, double a, double b, double t) {
    double g = 0;
    double h = 0;
    for (int k = data.itemStart[j]; k < data.itemStart[j + 1]; k++) {
      byte choice = data.voteChoice[k];
      if (choice == LOW) {
        continue;
      }
      double mu = a + b * mean[data.voteCell[k]];
      double u = t - mu;
      if (choice == MIDDLE) {
        double q = StandardNormal.density(u) / Math.max(interval(-mu, u), Double.MIN_NORMAL);
        g += q;
        h += -u * q - q * q;
      } else {
        double r = StandardNormal.millsUpper(u);
        g -= r;
        h += u * r - r * r;
      }
    }
    double step = h < 0 ? -g / h : Math.signum(g) * 0.1;
    return Math.min(MAX_CUTPOINT, Math.max(t / 2, t + Math.min(step, 1)));
  }

  /** Φ(u) − Φ(l) for l ≤ u, from the tail on the side the interval lies. */
  private static double interval(double l, double u) {
    if (l > 0) {
      return StandardNormal.upperTail(l) - StandardNormal.upperTail(u);
    }
    if (u < 0) {
      return StandardNormal.cdf(u) - StandardNormal.cdf(l);
    }
    return 1 - StandardNormal.cdf(l) - StandardNormal.upperTail(u);
  }

  /** E[y*] for y* ~ N(mu, 1) given the vote's category. */
  static double truncatedMean(byte choice, double mu, double t) {
    if (choice == LOW) {
      return mu - StandardNormal.millsUpper(mu);
    }
    if (choice == HIGH) {
      return mu + StandardNormal.millsUpper(t - mu);
    }
    double l = -mu;
    double u = t - mu;
    double z = interval(l, u);
    double m =
        z > 1e-300
            ? mu + (StandardNormal.density(l) - StandardNormal.density(u)) / z
            : (Math.abs(l) < Math.abs(u) ? 0 : t);
    return Math.min(t, Math.max(0, m));
  }

  /**
   * The posterior of state s's whole path given the E step: a tridiagonal precision matrix (votes
   * on the diagonal, the random walk on and beside it), solved by the Thomas algorithm; the
   * posterior variances are 1 / (top pivot + bottom pivot − diagonal).
   */
  private void updateSeries(int s) {
    int first = data.seriesStart[s];
    int cells = data.seriesStart[s + 1] - first;
    double[] d = new double[cells];
    double[] e = new double[cells];
    double[] r = new double[cells];
    for (int i = 0; i < cells; i++) {
      int c = first + i;
      for (int q = data.cellStart[c]; q < data.cellStart[c + 1]; q++) {
        int k = data.cellVotes[q];
        int j = data.voteItem[k];
        double b = beta[j];
        d[i] += b * b + betaVariance[j];
        r[i] += b * (ystar[k] - alpha[j]) - alphaBetaCovariance[j];
      }
    }
    d[0] += 1 / settings.startVariance();
    for (int i = 0; i + 1 < cells; i++) {
      int gap = data.cellTime[first + i + 1] - data.cellTime[first + i];
      double precision = 1 / (settings.walkVariance() * gap);
      d[i] += precision;
      d[i + 1] += precision;
      e[i] = -precision;
    }
    double[] x = new double[cells];
    double[] v = new double[cells];
    TridiagonalGaussian.solve(d, e, r, x, v);
    System.arraycopy(x, 0, mean, first, cells);
    System.arraycopy(v, 0, variance, first, cells);
  }
}
