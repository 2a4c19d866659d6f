package org.entente.analyze.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Offline change points by PELT, the pruned exact linear time search of Killick, Fearnhead and
 * Eckley (2012, JASA 107(500), 1590–1598): the optimal partition of a series under a normal
 * likelihood cost and a penalty per change point (MBIC by default), as the O(n²) optimal
 * partitioning recursion of Jackson et al. (2005) would find it, with candidates pruned by the
 * paper's Theorem 3.1.
 *
 * <pre>{@code
 * Segmentation s = Pelt.meanChange(kappaByYear).penalty(Penalty.MBIC).minSegment(2).run();
 * s.changes(); // positions where a new segment starts
 * }</pre>
 *
 * <p>Costs are twice the negative log-likelihood, as in the R package changepoint 2.3 ({@code
 * cost_general_functions.c}). A change in mean uses {@code sum((x - segment mean)^2) / sigma^2}
 * with one noise variance for the whole series: given by {@link #variance(double)} or estimated by
 * {@link #differenceVariance(double[])}. (changepoint's {@code cpt.mean} instead takes the data as
 * already scaled to variance 1: {@code variance(1)} reproduces it.) A change in mean and variance
 * uses {@code len * (log(2 pi) + log(sigma_hat^2) + 1)} with the segment's maximum-likelihood
 * variance, floored at {@code 1e-11} as changepoint does, and needs segments of two or more values.
 */
public final class Pelt {
  /** changepoint's floor for a segment's variance in the mean-and-variance cost. */
  static final double VARIANCE_FLOOR = 1e-11;

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  /** The normal model of each segment and its number of free parameters. */
  private enum Model {
    MEAN(1),
    MEAN_AND_VARIANCE(2);

    final int parameters;

    Model(int parameters) {
      this.parameters = parameters;
    }
  }

  private final double[] series;
  private final Model model;
  private final Penalty penalty;
  private final int minSegment;
  private final double variance;

  private Pelt(double[] series, Model model, Penalty penalty, int minSegment, double variance) {
    this.series = series;
    this.model = model;
    this.penalty = penalty;
    this.minSegment = minSegment;
    this.variance = variance;
  }

  /** Changes in the mean of a series with one noise variance; segments of one value or more. */
  public static Pelt meanChange(double[] series) {
    return new Pelt(checked(series), Model.MEAN, Penalty.MBIC, 1, Double.NaN);
  }

  /** Changes in the mean and the variance; segments of two values or more. */
  public static Pelt meanAndVarianceChange(double[] series) {
    return new Pelt(checked(series), Model.MEAN_AND_VARIANCE, Penalty.MBIC, 2, Double.NaN);
  }

  public Pelt penalty(Penalty penalty) {
    if (penalty == null) {
      throw new IllegalArgumentException("penalty: expected MBIC, BIC or manual(value), got null");
    }
    return new Pelt(series, model, penalty, minSegment, variance);
  }

  /** The fewest values a segment may hold. */
  public Pelt minSegment(int minSegment) {
    int least = model == Model.MEAN ? 1 : 2;
    if (minSegment < least) {
      throw new IllegalArgumentException(
          "minSegment: expected >= " + least + " for this cost, got " + minSegment);
    }
    return new Pelt(series, model, penalty, minSegment, variance);
  }

  /** The known noise variance for a change in mean, instead of estimating it from the series. */
  public Pelt variance(double variance) {
    if (model != Model.MEAN) {
      throw new IllegalArgumentException(
          "variance: only a change in mean takes a known variance; the mean-and-variance cost"
              + " estimates each segment's");
    }
    if (!(variance > 0) || Double.isInfinite(variance)) {
      throw new IllegalArgumentException("variance: expected a finite number > 0, got " + variance);
    }
    return new Pelt(series, model, penalty, minSegment, variance);
  }

  /**
   * A robust estimate of the noise variance that mean changes hardly disturb: the median absolute
   * deviation of the first differences, scaled by 1.4826 to estimate a normal standard deviation
   * and divided by sqrt(2) because a difference carries the noise twice (Hampel 1974; as used by
   * Fearnhead and Rigaill's robust FPOP and Hocking's segmentation packages). When half or more of
   * the differences are equal the MAD is 0 and the differences' standard deviation over sqrt(2)
   * stands in; a constant series gets 1.
   */
  public static double differenceVariance(double[] series) {
    int n = checked(series).length;
    if (n < 2) {
      return 1;
    }
    double[] d = new double[n - 1];
    for (int i = 0; i < d.length; i++) {
      d[i] = series[i + 1] - series[i];
    }
    double median = median(d.clone());
    double[] deviations = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      deviations[i] = Math.abs(d[i] - median);
    }
    double sd = 1.4826 * median(deviations) / Math.sqrt(2);
    if (sd > 0) {
      return sd * sd;
    }
    double mean = Arrays.stream(d).average().orElse(0);
    double squares = 0;
    for (double v : d) {
      squares += (v - mean) * (v - mean);
    }
    double spread = d.length > 1 ? squares / (d.length - 1) / 2 : 0;
    return spread > 0 ? spread : 1;
  }

  /** Finds the segmentation of least penalised cost. */
  public Segmentation run() {
    int n = series.length;
    if (n < minSegment) {
      throw new IllegalArgumentException(
          "series: "
              + n
              + " values are fewer than one segment of minSegment "
              + minSegment
              + " needs");
    }
    double beta = penalty.perChange(n, model.parameters);
    boolean mbic = penalty.chargesSegmentLength();
    // Theorem 3.1 prunes with a constant K such that C(a) + C(b) + K <= C(a joined to b). The
    // likelihood costs are nested (K = 0); MBIC's log-length terms add log(a + b) - log(a) -
    // log(b) >= -log(n / 4) to the right-hand side, so K = -log(n / 4) keeps the search exact.
    // (changepoint's C code prunes with K = 0 under MBIC too.)
    double slack = mbic ? -Math.log(n / 4.0) : 0;
    Costs costs = new Costs(series, model, model == Model.MEAN ? noiseVariance() : 1, mbic);

    double[] best = new double[n + 1];
    int[] previous = new int[n + 1];
    best[0] = -beta;
    int[] candidates = new int[n + 1];
    int[] prunedAt = new int[n + 1];
    double[] values = new double[n + 1];
    int size = 0;
    int m = minSegment;
    for (int end = m; end <= n; end++) {
      int fresh = end - m;
      if (fresh == 0 || fresh >= m) {
        candidates[size] = fresh;
        prunedAt[size] = Integer.MAX_VALUE;
        size++;
      }
      // A candidate found hopeless at time s may still end the last segment before s + m, when a
      // change at s would leave too short a segment: drop it only once s is a valid change.
      int kept = 0;
      double least = Double.POSITIVE_INFINITY;
      int argLeast = -1;
      for (int i = 0; i < size; i++) {
        if (prunedAt[i] <= end - m) {
          continue;
        }
        int start = candidates[i];
        double value = best[start] + costs.of(start, end) + beta;
        if (value < least) {
          least = value;
          argLeast = start;
        }
        candidates[kept] = start;
        prunedAt[kept] = prunedAt[i];
        values[kept] = value;
        kept++;
      }
      size = kept;
      best[end] = least;
      previous[end] = argLeast;
      for (int i = 0; i < size; i++) {
        if (prunedAt[i] == Integer.MAX_VALUE && values[i] - beta + slack > least) {
          prunedAt[i] = end;
        }
      }
    }
    return segmentation(previous, costs, beta);
  }

  private double noiseVariance() {
    return Double.isNaN(variance) ? differenceVariance(series) : variance;
  }

  /**
   * The segments ending at {@code previous}'s chain from the last position, with their cost summed
   * again from two-pass deviations: the cumulative sums that drive the search lose digits on short
   * segments of small variance.
   */
  private Segmentation segmentation(int[] previous, Costs costs, double beta) {
    List<Segment> segments = new ArrayList<>();
    double cost = -beta;
    for (int end = series.length; end > 0; end = previous[end]) {
      int start = previous[end];
      double sum = 0;
      for (int i = start; i < end; i++) {
        sum += series[i];
      }
      double mean = sum / (end - start);
      double squares = 0;
      for (int i = start; i < end; i++) {
        squares += (series[i] - mean) * (series[i] - mean);
      }
      segments.add(new Segment(start, end, mean, squares / (end - start)));
      cost += costs.of(end - start, squares) + beta;
    }
    Collections.reverse(segments);
    return new Segmentation(segments, cost, beta);
  }

  private static double[] checked(double[] series) {
    if (series == null) {
      throw new IllegalArgumentException("series: expected values, got null");
    }
    for (int i = 0; i < series.length; i++) {
      if (!Double.isFinite(series[i])) {
        throw new IllegalArgumentException(
            "series: value at position " + i + " is " + series[i] + ", expected a finite number");
      }
    }
    return series;
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    int half = values.length / 2;
    return values.length % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
  }

  /** Segment costs in O(1) from cumulative sums of the centred series. */
  private static final class Costs {
    private final double[] sums;
    private final double[] squares;
    private final Model model;
    private final double variance;
    private final boolean mbic;
    private final double[] logLength;

    Costs(double[] series, Model model, double variance, boolean mbic) {
      this.model = model;
      this.variance = variance;
      this.mbic = mbic;
      logLength = new double[mbic ? series.length + 1 : 0];
      for (int i = 1; i < logLength.length; i++) {
        logLength[i] = Math.log(i);
      }
      // Centring leaves every cost unchanged and keeps the sums of squares small.
      double centre = Arrays.stream(series).average().orElse(0);
      sums = new double[series.length + 1];
      squares = new double[series.length + 1];
      for (int i = 0; i < series.length; i++) {
        double x = series[i] - centre;
        sums[i + 1] = sums[i] + x;
        squares[i + 1] = squares[i] + x * x;
      }
    }

    /** The cost of the values at positions {@code start} to {@code end} (exclusive). */
    double of(int start, int end) {
      int length = end - start;
      double sum = sums[end] - sums[start];
      return of(length, squares[end] - squares[start] - sum * sum / length);
    }

    /** The cost of a segment of this length and sum of squared deviations from its mean. */
    double of(int length, double deviations) {
      double cost =
          model == Model.MEAN
              ? deviations / variance
              : length * (LOG_2PI + Math.log(Math.max(deviations / length, VARIANCE_FLOOR)) + 1);
      return mbic ? cost + logLength[length] : cost;
    }
  }
}
