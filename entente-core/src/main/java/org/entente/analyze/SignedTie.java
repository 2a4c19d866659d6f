package org.entente.analyze;

import java.util.Objects;
import org.entente.domain.Dyad;

/**
 * One dyad's sign with the weight it carries in a camp analysis: 1 for plain signs, {@code |index|}
 * when the relation's index is given, so that a frustrated strong tie costs more than a frustrated
 * weak one.
 *
 * @param dyad the two states
 * @param sign amity, enmity, neutral or unknown (the last two are left out of camp analysis)
 * @param weight finite and {@code >= 0}; {@code > 0} for a positive or negative tie
 */
public record SignedTie(Dyad dyad, Sign sign, double weight) {

  public SignedTie {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(sign, "sign");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight of " + dyad + " must be a finite number >= 0, not " + weight);
    }
    if (sign.isDefinite() && weight == 0) {
      throw new IllegalArgumentException(
          "weight of " + dyad + " must be > 0 for a " + sign.symbol() + " tie");
    }
  }

  /** A tie of weight 1. */
  public static SignedTie of(String x, String y, Sign sign) {
    return new SignedTie(Dyad.of(x, y), sign, 1);
  }

  /** A tie weighted by the absolute value of the relation's index. */
  public static SignedTie ofIndex(String x, String y, Sign sign, double index) {
    return new SignedTie(Dyad.of(x, y), sign, Math.abs(index));
  }

  @Override
  public String toString() {
    return dyad + " " + sign.symbol() + " " + weight;
  }
}
