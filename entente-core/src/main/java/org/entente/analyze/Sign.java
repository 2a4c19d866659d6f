package org.entente.analyze;

/**
 * The sign of a dyad's relation in a period: amity, neutrality within a tolerance, enmity, or no
 * evidence at all. {@code UNKNOWN} is a constant rather than an empty {@code Optional} because a
 * period without evidence is a result to show (a CSV cell {@code ?}), and because a triad or a camp
 * analysis must take it as input beside the other three; it never counts as {@code NEUTRAL}.
 *
 * <p>{@code Sign.of(0.42, 0.1)} is {@code POSITIVE}; {@code Sign.of(Double.NaN, 0.1)} is {@code
 * UNKNOWN}.
 */
public enum Sign {
  POSITIVE("+"),
  NEUTRAL("0"),
  NEGATIVE("-"),
  UNKNOWN("?");

  private final String symbol;

  Sign(String symbol) {
    this.symbol = symbol;
  }

  /** {@code +}, {@code 0}, {@code -} or {@code ?}, as written in CSV and tables. */
  public String symbol() {
    return symbol;
  }

  /** Whether this is amity or enmity, the only signs that balance theory reasons about. */
  public boolean isDefinite() {
    return this == POSITIVE || this == NEGATIVE;
  }

  /**
   * +1 or −1 for a definite sign, the factor in Cartwright and Harary's product of signs.
   *
   * @throws IllegalStateException for {@code NEUTRAL} and {@code UNKNOWN}, which have no factor
   */
  public int factor() {
    return switch (this) {
      case POSITIVE -> 1;
      case NEGATIVE -> -1;
      case NEUTRAL, UNKNOWN ->
          throw new IllegalStateException("a " + name() + " sign has no factor");
    };
  }

  /**
   * The sign of an index: {@code NEUTRAL} when {@code |index| <= tolerance}, {@code UNKNOWN} when
   * the index is NaN (no evidence).
   */
  public static Sign of(double index, double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance must be a finite number >= 0, not " + tolerance);
    }
    if (Double.isNaN(index)) {
      return UNKNOWN;
    }
    if (Math.abs(index) <= tolerance) {
      return NEUTRAL;
    }
    return index > 0 ? POSITIVE : NEGATIVE;
  }

  /** The sign written as {@link #symbol()}: {@code +}, {@code 0}, {@code -} or {@code ?}. */
  public static Sign parse(String symbol) {
    for (Sign s : values()) {
      if (s.symbol.equals(symbol)) {
        return s;
      }
    }
    throw new IllegalArgumentException("sign '" + symbol + "' is not one of +, 0, -, ?");
  }
}
