package org.entente.analyze.measure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.entente.analyze.TridiagonalGaussian;

/**
 * Fits one dimension of the relation model to a {@link Panel} by expectation–maximisation: a
 * dynamic linear factor model (README, "How to read a relation").
 *
 * <p>Each pair's latent value x[t] walks from year to year, x[t+1] = x[t] + N(0, q), from x[first]
 * ~ N(0, 1). Each indicator k observed for the pair in year t is y = α(k, group) + β(k, pair) +
 * λ(k) x[t] + N(0, σ²(k)): a loading λ and a noise σ of its own, an intercept α that may drift by
 * period or dataset ({@link Indicator.Drift}), and for aggregated event scores a per-pair intercept
 * β (shrunk toward 0 with prior sd {@link #PAIR_EFFECT_SD}) that absorbs how much a pair is in the
 * news and how cooperative its reporting leans. The anchor of the dimension has λ = 1 and α = 0 and
 * so gives the latent its scale; everything else is estimated.
 *
 * <p>Given the parameters the pairs are independent and each pair's posterior is Gaussian with a
 * tridiagonal precision ({@link TridiagonalGaussian}, the Kalman smoother): that is the E-step, in
 * parallel over pairs. The M-step updates λ, α, β, σ² and q in closed form, one after the other
 * (expectation–conditional maximisation). A year without evidence is estimated from its neighbours
 * with a wider interval; a pair without any evidence of the dimension has no estimate. The
 * intervals are those of the posterior given the fitted parameters: they do not count the
 * uncertainty of the parameters themselves, which a few million observations make small.
 */
public final class MeasurementModel {

  /** Noise sd of the Peace Scale anchor on −1 … +1: half a category's width. */
  public static final double ANCHOR_NOISE = 0.25;

  /** Prior sd of a pair's value in its first year. */
  static final double PRIOR_SD = 1;

  /** Prior sd of a pair's own intercept for aggregated scores. */
  static final double PAIR_EFFECT_SD = 1;

  /** Bounds of the random walk's yearly sd. */
  static final double MIN_WALK_SD = 0.01;

  static final double MAX_WALK_SD = 1;

  /** Dyad-years beside the anchor an indicator needs to be calibrated on it. */
  static final int MIN_CALIBRATION = 200;

  /** Dyad-years beside the anchor an intercept group needs to be fixed by the calibration. */
  static final int MIN_GROUP_CALIBRATION = 30;

  /** Lower bound of an indicator's noise variance, so that no indicator is read as exact. */
  static final double MIN_NOISE_VARIANCE = 1e-4;

  /**
   * When to stop.
   *
   * @param maxIterations how many EM iterations at most
   * @param tolerance the largest change of any parameter between iterations that counts as
   *     converged
   */
  public record Settings(int maxIterations, double tolerance) {
    public static final Settings DEFAULT = new Settings(300, 1e-3);
  }

  /** Hears each iteration: its number and the largest change of a parameter. */
  @FunctionalInterface
  public interface Listener {
    void iteration(int iteration, double change);

    Listener NONE = (i, c) -> {};
  }

  /** The fit did not converge, or diverged: its estimates must not replace a previous fit's. */
  public static final class NotConverged extends Exception {
    public NotConverged(String message) {
      super(message);
    }
  }

  private final Panel panel;
  private final Dimension dimension;
  private final boolean[] uses = new boolean[Indicator.values().length];
  private final double[] loading = new double[Indicator.values().length];
  private final double[] noise = new double[Indicator.values().length];
  private final int[] group;
  private final List<String> groupNames = new ArrayList<>();
  private final List<Indicator> groupIndicator = new ArrayList<>();
  private double[] alpha;
  private final int[] effect;
  private double[] beta;
  private final int[] offset;
  private final boolean[] known;
  private final double[] mean;
  private final double[] variance;
  private double walkVariance = 0.01;
  private final boolean[] calibrated = new boolean[Indicator.values().length];
  private boolean[] fixedGroup;

  private MeasurementModel(Panel panel, Dimension dimension) {
    this.panel = panel;
    this.dimension = dimension;
    for (Indicator k : Indicator.values()) {
      uses[k.ordinal()] = k.measures(dimension);
    }
    int n = panel.size();
    group = new int[n];
    effect = new int[n];
    Map<String, Integer> groups = new HashMap<>();
    Map<Long, Integer> effects = new HashMap<>();
    offset = new int[panel.dyadCount() + 1];
    known = new boolean[panel.dyadCount()];
    for (int d = 0; d < panel.dyadCount(); d++) {
      offset[d + 1] = offset[d] + panel.lastYear(d) - panel.firstYear(d) + 1;
      for (int o = panel.start(d); o < panel.start(d + 1); o++) {
        Indicator k = panel.indicator(o);
        group[o] = -1;
        effect[o] = -1;
        if (!uses[k.ordinal()]) {
          continue;
        }
        known[d] = true;
        String name =
            k.label() + " " + groupName(k, panel.year(o), panel.sources().get(panel.source(o)));
        group[o] =
            groups.computeIfAbsent(
                name,
                key -> {
                  groupNames.add(key);
                  groupIndicator.add(k);
                  return groupNames.size() - 1;
                });
        if (k.drift() == Indicator.Drift.YEAR_AND_PAIR) {
          long key = (long) k.ordinal() << 32 | d;
          effect[o] = effects.computeIfAbsent(key, x -> effects.size());
        }
      }
    }
    alpha = new double[groupNames.size()];
    beta = new double[effects.size()];
    mean = new double[offset[panel.dyadCount()]];
    variance = new double[mean.length];
  }

  private static String groupName(Indicator k, int year, String dataset) {
    return switch (k.drift()) {
      case NONE, CONSTANT -> "all";
      case FIVE_YEARS -> (year / 5 * 5) + "–" + (year / 5 * 5 + 4);
      case SOURCE_YEAR -> dataset + " " + year;
      case YEAR_AND_PAIR -> Integer.toString(year);
    };
  }

  /**
   * Fits {@code dimension} to {@code panel}.
   *
   * @throws NotConverged if the parameters still move by more than the tolerance after the last
   *     iteration, or a value stops being finite
   */
  public static DimensionFit fit(
      Panel panel, Dimension dimension, Settings settings, Listener listener) throws NotConverged {
    MeasurementModel model = new MeasurementModel(panel, dimension);
    model.start();
    model.calibrate();
    double change = Double.POSITIVE_INFINITY;
    int iteration = 0;
    while (iteration < settings.maxIterations() && change > settings.tolerance()) {
      iteration++;
      double walk = model.expect();
      change = model.maximise(walk);
      if (!Double.isFinite(change)) {
        throw new NotConverged(dimension.label() + ": the fit diverged at iteration " + iteration);
      }
      listener.iteration(iteration, change);
    }
    if (change > settings.tolerance()) {
      throw new NotConverged(
          String.format(
              java.util.Locale.ROOT,
              "%s: parameters still moved by %.2g after %d iterations (tolerance %.0e)",
              dimension.label(),
              change,
              iteration,
              settings.tolerance()));
    }
    model.expect();
    return model.result(iteration, change);
  }

  /** Starting values: each intercept its group's mean, each loading half the indicator's sd. */
  private void start() {
    int kinds = Indicator.values().length;
    double[] sum = new double[kinds];
    double[] squares = new double[kinds];
    long[] count = new long[kinds];
    double[] groupSum = new double[alpha.length];
    long[] groupCount = new long[alpha.length];
    for (int o = 0; o < panel.size(); o++) {
      if (group[o] < 0) {
        continue;
      }
      int k = panel.indicatorOrdinal(o);
      double y = panel.value(o);
      sum[k] += y;
      squares[k] += y * y;
      count[k]++;
      groupSum[group[o]] += y;
      groupCount[group[o]]++;
    }
    for (int g = 0; g < alpha.length; g++) {
      alpha[g] = groupCount[g] == 0 ? 0 : groupSum[g] / groupCount[g];
    }
    for (Indicator k : Indicator.values()) {
      int i = k.ordinal();
      if (count[i] == 0) {
        continue;
      }
      double m = sum[i] / count[i];
      double var = Math.max(squares[i] / count[i] - m * m, MIN_NOISE_VARIANCE);
      loading[i] = expectedSign(k) * 0.5 * Math.sqrt(var);
      noise[i] = Math.max(0.75 * var, MIN_NOISE_VARIANCE);
      if (k.anchors(dimension)) {
        loading[i] = 1;
        noise[i] = k == Indicator.PEACE_SCALE ? ANCHOR_NOISE * ANCHOR_NOISE : noise[i];
      }
    }
    for (int g = 0; g < alpha.length; g++) {
      if (groupIndicator.get(g).anchors(dimension)) {
        alpha[g] = 0;
      }
    }
  }

  /**
   * Calibrates each indicator against the dimension's anchor where both are observed in the same
   * dyad-year, taking the anchor's value as the latent's (Terechshenko's use of human-coded data as
   * the benchmark): the loading, the noise and the intercepts of the periods the anchor covers are
   * the least-squares fit of the indicator on the anchor there, and stay fixed. EM then estimates
   * only what the anchor cannot see: the intercepts of other periods (IGOs before 1990, GDELT after
   * 2020), indicators with too few dyad-years beside the anchor, the pairs' own intercepts and the
   * random walk. Left to EM alone, an indicator observed in a million dyad-years with little noise
   * (an alliance, 0 or 1) becomes the dimension and the anchor is outweighed.
   */
  private void calibrate() {
    fixedGroup = new boolean[alpha.length];
    Indicator anchor = dimension == Dimension.RELATIONS ? Indicator.PEACE_SCALE : Indicator.VOTES;
    int kinds = Indicator.values().length;
    double[] sums0 = new double[alpha.length];
    double[][] sums = new double[6][alpha.length];
    for (int d = 0; d < panel.dyadCount(); d++) {
      Map<Integer, Double> anchored = new HashMap<>();
      for (int o = panel.start(d); o < panel.start(d + 1); o++) {
        if (panel.indicator(o) == anchor) {
          anchored.put(panel.year(o), panel.value(o));
        }
      }
      if (anchored.isEmpty()) {
        continue;
      }
      for (int o = panel.start(d); o < panel.start(d + 1); o++) {
        Indicator k = panel.indicator(o);
        Double x = anchored.get(panel.year(o));
        if (x == null
            || group[o] < 0
            || k == anchor
            || k.drift() == Indicator.Drift.YEAR_AND_PAIR) {
          continue;
        }
        int g = group[o];
        double y = panel.value(o);
        sums0[g]++;
        sums[1][g] += y;
        sums[2][g] += x;
        sums[3][g] += x * y;
        sums[4][g] += x * x;
        sums[5][g] += y * y;
      }
    }
    double[] within = new double[kinds];
    double[] spread = new double[kinds];
    long[] n = new long[kinds];
    for (int g = 0; g < alpha.length; g++) {
      int k = groupIndicator.get(g).ordinal();
      if (sums0[g] >= MIN_GROUP_CALIBRATION) {
        within[k] += sums[3][g] - sums[1][g] * sums[2][g] / sums0[g];
        spread[k] += sums[4][g] - sums[2][g] * sums[2][g] / sums0[g];
        n[k] += (long) sums0[g];
      }
    }
    double[] squares = new double[kinds];
    for (Indicator k : Indicator.values()) {
      int i = k.ordinal();
      if (n[i] >= MIN_CALIBRATION && spread[i] > 0 && !k.anchors(dimension)) {
        calibrated[i] = true;
        loading[i] = within[i] / spread[i];
      }
    }
    for (int g = 0; g < alpha.length; g++) {
      int k = groupIndicator.get(g).ordinal();
      double m = sums0[g];
      if (calibrated[k] && m >= MIN_GROUP_CALIBRATION) {
        fixedGroup[g] = true;
        alpha[g] = (sums[1][g] - loading[k] * sums[2][g]) / m;
        double a = alpha[g];
        double l = loading[k];
        squares[k] +=
            sums[5][g]
                - 2 * a * sums[1][g]
                - 2 * l * sums[3][g]
                + m * a * a
                + 2 * a * l * sums[2][g]
                + l * l * sums[4][g];
      }
    }
    for (Indicator k : Indicator.values()) {
      int i = k.ordinal();
      if (calibrated[i]) {
        noise[i] = Math.max(squares[i] / n[i], MIN_NOISE_VARIANCE);
      }
    }
  }

  /** The direction an indicator is expected to load in, only to start the fit on the right side. */
  private int expectedSign(Indicator k) {
    if (dimension == Dimension.ALIGNMENT) {
      return 1;
    }
    return switch (k) {
      case RIVALRY, DISPUTE, DISPUTE_5Y, OWN_SANCTIONS -> -1;
      default -> 1;
    };
  }

  /** The E-step: every pair's posterior; returns the expected squared steps of the walk, summed. */
  private double expect() {
    // per pair, summed in pair order afterwards: the same fit on every run, whatever the threads
    double[] steps = new double[panel.dyadCount()];
    int[] count = new int[panel.dyadCount()];
    double prior = 1 / (PRIOR_SD * PRIOR_SD);
    double walk = 1 / walkVariance;
    IntStream.range(0, panel.dyadCount())
        .parallel()
        .forEach(
            d -> {
              if (!known[d]) {
                return;
              }
              int first = panel.firstYear(d);
              int n = offset[d + 1] - offset[d];
              double[] dd = new double[n];
              double[] ee = new double[n];
              double[] rr = new double[n];
              for (int o = panel.start(d); o < panel.start(d + 1); o++) {
                if (group[o] < 0) {
                  continue;
                }
                int k = panel.indicatorOrdinal(o);
                int t = panel.year(o) - first;
                double precision = 1 / noise[k];
                double residual =
                    panel.value(o) - alpha[group[o]] - (effect[o] < 0 ? 0 : beta[effect[o]]);
                dd[t] += loading[k] * loading[k] * precision;
                rr[t] += loading[k] * residual * precision;
              }
              dd[0] += prior;
              for (int t = 0; t < n - 1; t++) {
                dd[t] += walk;
                dd[t + 1] += walk;
                ee[t] = -walk;
              }
              double[] m = new double[n];
              double[] v = new double[n];
              double[] lag = new double[n];
              TridiagonalGaussian.solve(dd, ee, rr, m, v, lag);
              System.arraycopy(m, 0, mean, offset[d], n);
              System.arraycopy(v, 0, variance, offset[d], n);
              double sum = 0;
              for (int t = 0; t < n - 1; t++) {
                double step = m[t + 1] - m[t];
                sum += step * step + v[t + 1] + v[t] - 2 * lag[t];
              }
              steps[d] = sum;
              count[d] = n - 1;
            });
    double total = 0;
    long transitions = 0;
    for (int d = 0; d < steps.length; d++) {
      total += steps[d];
      transitions += count[d];
    }
    return transitions == 0 ? walkVariance : total / transitions;
  }

  private int latent(int d, int o) {
    return offset[d] + panel.year(o) - panel.firstYear(d);
  }

  /**
   * The M-step; returns the largest change of a parameter (on the sd scale for variances). Each
   * indicator's loading and intercepts are the least-squares fit of its values on the posterior
   * (with the posterior variance added to the squares), solved jointly from sums per intercept
   * group gathered in one pass; the pairs' own intercepts are then updated given those.
   */
  private double maximise(double walk) {
    int groups = alpha.length;
    // per group: n, Σy, Σx, Σxy, Σ(x² + v), Σy²
    double[][] sums = new double[6][groups];
    forEachObservation(
        (d, o, x, v) -> {
          int g = group[o];
          double y = panel.value(o) - (effect[o] < 0 ? 0 : beta[effect[o]]);
          sums[0][g]++;
          sums[1][g] += y;
          sums[2][g] += x;
          sums[3][g] += x * y;
          sums[4][g] += x * x + v;
          sums[5][g] += y * y;
        });
    int kinds = Indicator.values().length;
    double[] within = new double[kinds];
    double[] spread = new double[kinds];
    for (int g = 0; g < groups; g++) {
      int k = groupIndicator.get(g).ordinal();
      double n = sums[0][g];
      if (n > 0) {
        within[k] += sums[3][g] - sums[1][g] * sums[2][g] / n;
        spread[k] += sums[4][g] - sums[2][g] * sums[2][g] / n;
      }
    }
    double change = 0;
    for (Indicator k : Indicator.values()) {
      int i = k.ordinal();
      if (uses[i] && spread[i] > 0 && !k.anchors(dimension) && !calibrated[i]) {
        double updated = within[i] / spread[i];
        change = Math.max(change, Math.abs(updated - loading[i]));
        loading[i] = updated;
      }
    }
    double[] squares = new double[kinds];
    double[] count = new double[kinds];
    for (int g = 0; g < groups; g++) {
      Indicator indicator = groupIndicator.get(g);
      int k = indicator.ordinal();
      double n = sums[0][g];
      if (n == 0) {
        continue;
      }
      if (!indicator.anchors(dimension) && !fixedGroup[g]) {
        double updated = (sums[1][g] - loading[k] * sums[2][g]) / n;
        change = Math.max(change, Math.abs(updated - alpha[g]));
        alpha[g] = updated;
      }
      double a = alpha[g];
      double l = loading[k];
      // Σ (y − a − l x)² + l² v, expanded over the group's sums
      squares[k] +=
          sums[5][g]
              - 2 * a * sums[1][g]
              - 2 * l * sums[3][g]
              + n * a * a
              + 2 * a * l * sums[2][g]
              + l * l * sums[4][g];
      count[k] += n;
    }
    for (Indicator k : Indicator.values()) {
      int i = k.ordinal();
      if (uses[i] && count[i] > 0 && k != Indicator.PEACE_SCALE && !calibrated[i]) {
        double updated = Math.max(squares[i] / count[i], MIN_NOISE_VARIANCE);
        change = Math.max(change, Math.abs(Math.sqrt(updated) - Math.sqrt(noise[i])));
        noise[i] = updated;
      }
    }
    if (beta.length > 0) {
      change = Math.max(change, updatePairEffects());
    }
    double sd = Math.min(MAX_WALK_SD, Math.max(MIN_WALK_SD, Math.sqrt(walk)));
    change = Math.max(change, Math.abs(sd - Math.sqrt(walkVariance)));
    walkVariance = sd * sd;
    return change;
  }

  /**
   * Each pair's own intercept of aggregated scores, shrunk toward 0; returns the largest change.
   */
  private double updatePairEffects() {
    double[] effectSum = new double[beta.length];
    long[] effectCount = new long[beta.length];
    forEachObservation(
        (d, o, x, v) -> {
          if (effect[o] >= 0) {
            int k = panel.indicatorOrdinal(o);
            effectSum[effect[o]] += panel.value(o) - alpha[group[o]] - loading[k] * x;
            effectCount[effect[o]]++;
          }
        });
    double shrink = noise[Indicator.SCORES.ordinal()] / (PAIR_EFFECT_SD * PAIR_EFFECT_SD);
    double change = 0;
    for (int e = 0; e < beta.length; e++) {
      double updated = effectSum[e] / (effectCount[e] + shrink);
      change = Math.max(change, Math.abs(updated - beta[e]));
      beta[e] = updated;
    }
    return change;
  }

  @FunctionalInterface
  private interface ObservationAction {
    void accept(int d, int o, double x, double v);
  }

  private void forEachObservation(ObservationAction action) {
    for (int d = 0; d < panel.dyadCount(); d++) {
      for (int o = panel.start(d); o < panel.start(d + 1); o++) {
        if (group[o] >= 0) {
          int t = latent(d, o);
          action.accept(d, o, mean[t], variance[t]);
        }
      }
    }
  }

  private DimensionFit result(int iterations, double change) {
    List<DimensionFit.Loading> loadings = new ArrayList<>();
    long[] count = new long[Indicator.values().length];
    for (int o = 0; o < panel.size(); o++) {
      if (group[o] >= 0) {
        count[panel.indicatorOrdinal(o)]++;
      }
    }
    for (Indicator k : Indicator.values()) {
      if (uses[k.ordinal()] && count[k.ordinal()] > 0) {
        loadings.add(
            new DimensionFit.Loading(
                k, loading[k.ordinal()], Math.sqrt(noise[k.ordinal()]), count[k.ordinal()]));
      }
    }
    List<DimensionFit.Intercept> intercepts = new ArrayList<>();
    for (int g = 0; g < alpha.length; g++) {
      Indicator k = groupIndicator.get(g);
      intercepts.add(
          new DimensionFit.Intercept(
              k, groupNames.get(g).substring(k.label().length() + 1), alpha[g]));
    }
    double[] sd = new double[variance.length];
    for (int i = 0; i < sd.length; i++) {
      sd[i] = Math.sqrt(variance[i]);
    }
    return new DimensionFit(
        dimension,
        panel,
        offset,
        known,
        mean.clone(),
        sd,
        loadings,
        intercepts,
        Math.sqrt(walkVariance),
        iterations,
        change);
  }
}
