package org.entente.report;

import java.util.Locale;
import org.entente.analyze.Estimate;

/**
 * The cells of an {@link Estimate}: in CSV and JSON the mean and the ends of its 80 % interval as
 * three numbers, in a terminal table one cell {@code 0.278 [0.201, 0.355]}; empty without an
 * estimate (never 0).
 */
final class EstimateCells {

  private EstimateCells() {}

  /**
   * Mean, lower and upper end of the 80 % interval, full precision; three empty cells if unknown.
   */
  static String[] columns(Estimate e) {
    if (!e.known()) {
      return new String[] {"", "", ""};
    }
    return new String[] {Decimal.format(e.mean()), Decimal.format(e.lo()), Decimal.format(e.hi())};
  }

  /** {@code 0.278 [0.201, 0.355]}, three decimals; empty if unknown. */
  static String table(Estimate e) {
    if (!e.known()) {
      return "";
    }
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.mean(), e.lo(), e.hi());
  }
}
