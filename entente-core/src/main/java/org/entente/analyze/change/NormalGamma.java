package org.entente.analyze.change;

/**
 * The conjugate prior of a normal series with unknown mean and precision: the precision τ is
 * Gamma({@code alpha}, rate {@code beta}) and the mean, given τ, normal around {@code mean} with
 * precision {@code kappa} τ (Murphy 2007, "Conjugate Bayesian analysis of the Gaussian
 * distribution", section 3). {@code beta / alpha} is a prior guess of the variance worth {@code 2
 * alpha} observations; {@code kappa} is how many observations the prior mean is worth.
 */
public record NormalGamma(double mean, double kappa, double alpha, double beta) {
  public NormalGamma {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean: expected a finite number, got " + mean);
    }
    positive("kappa", kappa);
    positive("alpha", alpha);
    positive("beta", beta);
  }

  private static void positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + ": expected a finite number > 0, got " + value);
    }
  }
}
