package org.entente.report;

/**
 * Fixed-point decimal text for measures: twelve decimals (the CSV contract asks for at least nine),
 * no exponent, empty for NaN. Hand-written because {@code String.format} is the bottleneck when
 * writing a million rows.
 */
final class Decimal {

  static final int PLACES = 12;
  private static final long SCALE = 1_000_000_000_000L;

  private Decimal() {}

  static void append(StringBuilder sb, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return;
    }
    long scaled = Math.round(value * SCALE);
    if (scaled < 0) {
      sb.append('-');
      scaled = -scaled;
    }
    sb.append(scaled / SCALE).append('.');
    String fraction = Long.toString(scaled % SCALE);
    for (int pad = fraction.length(); pad < PLACES; pad++) {
      sb.append('0');
    }
    sb.append(fraction);
  }

  static String format(double value) {
    StringBuilder sb = new StringBuilder(24);
    append(sb, value);
    return sb.toString();
  }
}
