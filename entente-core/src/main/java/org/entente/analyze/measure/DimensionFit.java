package org.entente.analyze.measure;

import java.util.List;
import org.entente.analyze.Estimate;

/**
 * One dimension of a fitted relation model: every pair's posterior mean and sd in every year of its
 * span, and the parameters that produced them (what README's "How to read a relation" and {@code
 * fit --parameters} show).
 *
 * @see MeasurementModel
 */
public final class DimensionFit {

  /**
   * How one indicator reads the dimension.
   *
   * @param loading λ: the change of the indicator for one unit of the dimension
   * @param noiseSd σ: the indicator's own noise, in its units
   * @param observations how many dyad-years it was observed in
   */
  public record Loading(Indicator indicator, double loading, double noiseSd, long observations) {}

  /** One intercept of an indicator: {@code group} is {@code all}, a year, a period or dataset. */
  public record Intercept(Indicator indicator, String group, double value) {}

  private final Dimension dimension;
  private final Panel panel;
  private final int[] offset;
  private final boolean[] known;
  private final double[] mean;
  private final double[] sd;
  private final List<Loading> loadings;
  private final List<Intercept> intercepts;
  private final double walkSd;
  private final int iterations;
  private final double change;

  DimensionFit(
      Dimension dimension,
      Panel panel,
      int[] offset,
      boolean[] known,
      double[] mean,
      double[] sd,
      List<Loading> loadings,
      List<Intercept> intercepts,
      double walkSd,
      int iterations,
      double change) {
    this.dimension = dimension;
    this.panel = panel;
    this.offset = offset;
    this.known = known;
    this.mean = mean;
    this.sd = sd;
    this.loadings = List.copyOf(loadings);
    this.intercepts = List.copyOf(intercepts);
    this.walkSd = walkSd;
    this.iterations = iterations;
    this.change = change;
  }

  public Dimension dimension() {
    return dimension;
  }

  /**
   * Pair {@code d}'s value in {@code year}: unknown outside the years the pair has evidence from
   * and to, or when nothing it has speaks to this dimension.
   */
  public Estimate estimate(int d, int year) {
    if (!known[d] || year < panel.firstYear(d) || year > panel.lastYear(d)) {
      return Estimate.UNKNOWN;
    }
    int i = offset[d] + year - panel.firstYear(d);
    return new Estimate(mean[i], sd[i]);
  }

  public List<Loading> loadings() {
    return loadings;
  }

  public List<Intercept> intercepts() {
    return intercepts;
  }

  /** The sd of the yearly step of a pair's random walk. */
  public double walkSd() {
    return walkSd;
  }

  public int iterations() {
    return iterations;
  }

  /** The largest change of a parameter in the last iteration. */
  public double change() {
    return change;
  }
}
