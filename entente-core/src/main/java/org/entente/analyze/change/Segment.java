package org.entente.analyze.change;

/**
 * One stretch of a series between change points: positions {@code start} (inclusive) to {@code end}
 * (exclusive), with the mean and the variance (maximum likelihood, divisor {@code end - start}) of
 * the values in it.
 */
public record Segment(int start, int end, double mean, double variance) {
  public Segment {
    if (start < 0) {
      throw new IllegalArgumentException("start: expected >= 0, got " + start);
    }
    if (end <= start) {
      throw new IllegalArgumentException("end: expected > start " + start + ", got " + end);
    }
    if (!(variance >= 0)) {
      throw new IllegalArgumentException("variance: expected >= 0, got " + variance);
    }
  }

  public int length() {
    return end - start;
  }
}
