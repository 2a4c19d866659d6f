package org.entente.analyze;

/**
 * A latent value of the relation model with its uncertainty: the posterior mean and standard
 * deviation of one dimension of one dyad in one period (README, "How to read a relation").
 *
 * @param mean the posterior mean, NaN when the model has no estimate (no evidence at all)
 * @param sd the posterior standard deviation, NaN with the mean
 */
public record Estimate(double mean, double sd) {

  /** z of the 80 % central interval: Φ⁻¹(0.9). */
  public static final double Z80 = 1.2815515655446004;

  /** No estimate: nothing in the store speaks to the pair in the period. */
  public static final Estimate UNKNOWN = new Estimate(Double.NaN, Double.NaN);

  public Estimate {
    if (Double.isNaN(mean) != Double.isNaN(sd)) {
      throw new IllegalArgumentException("mean and sd are both known or both unknown");
    }
    if (sd < 0) {
      throw new IllegalArgumentException("sd must be 0 or more, was " + sd);
    }
  }

  public boolean known() {
    return !Double.isNaN(mean);
  }

  /** The lower end of the 80 % interval. */
  public double lo() {
    return mean - Z80 * sd;
  }

  /** The upper end of the 80 % interval. */
  public double hi() {
    return mean + Z80 * sd;
  }

  /**
   * {@code +} or {@code −} only when the 80 % interval excludes 0, {@code 0} when it holds 0, and
   * {@code ?} without an estimate: a sign is a claim the evidence must carry.
   */
  public Sign sign() {
    if (!known()) {
      return Sign.UNKNOWN;
    }
    if (lo() > 0) {
      return Sign.POSITIVE;
    }
    return hi() < 0 ? Sign.NEGATIVE : Sign.NEUTRAL;
  }

  /** The posterior probability that the value is above 0, NaN without an estimate. */
  public double probabilityPositive() {
    if (!known()) {
      return Double.NaN;
    }
    if (sd == 0) {
      return mean > 0 ? 1 : mean < 0 ? 0 : 0.5;
    }
    return StandardNormal.cdf(mean / sd);
  }
}
