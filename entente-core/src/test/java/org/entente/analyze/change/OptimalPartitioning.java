package org.entente.analyze.change;

import java.util.ArrayList;
import java.util.List;

/**
 * The brute force that PELT must agree with: the optimal partitioning recursion of Jackson et al.
 * (2005, IEEE Signal Processing Letters 12(2), 105–108), F(T) = min over t of F(t) + C(t, T) +
 * beta, over every admissible last change t without pruning, and for short series an exhaustive
 * search over all 2^(n−1) partitions. Segment costs are computed here from the raw values by
 * Welford's running mean and sum of squares, not by Pelt's cumulative sums.
 */
final class OptimalPartitioning {
  /** Which normal cost, with what the Pelt under test was given. */
  record Cost(boolean meanAndVariance, double variance, boolean mbic) {
    /** The cost of a segment from its length and its sum of squared deviations from its mean. */
    double of(int length, double deviations) {
      double cost =
          meanAndVariance
              ? length
                  * (Math.log(2 * Math.PI)
                      + Math.log(Math.max(deviations / length, Pelt.VARIANCE_FLOOR))
                      + 1)
              : deviations / variance;
      return mbic ? cost + Math.log(length) : cost;
    }
  }

  /** An optimal partition: the positions where segments start (after 0), and its cost. */
  record Partition(List<Integer> changes, double cost) {}

  private OptimalPartitioning() {}

  static Partition solve(double[] x, Cost cost, double beta, int minSegment) {
    int n = x.length;
    double[] best = new double[n + 1];
    int[] last = new int[n + 1];
    best[0] = -beta;
    for (int end = 1; end <= n; end++) {
      best[end] = Double.POSITIVE_INFINITY;
      last[end] = -1;
      // Walk the last segment's start down from end - 1, updating its mean and squares.
      double mean = 0;
      double deviations = 0;
      int length = 0;
      for (int start = end - 1; start >= 0; start--) {
        length++;
        double delta = x[start] - mean;
        mean += delta / length;
        deviations += delta * (x[start] - mean);
        if (length < minSegment || Double.isInfinite(best[start])) {
          continue;
        }
        double value = best[start] + cost.of(length, deviations) + beta;
        // Ties go to the earliest start, as in Pelt's ascending scan.
        if (value <= best[end]) {
          best[end] = value;
          last[end] = start;
        }
      }
    }
    List<Integer> changes = new ArrayList<>();
    for (int end = last[n]; end > 0; end = last[end]) {
      changes.add(0, end);
    }
    return new Partition(changes, best[n]);
  }

  /** Every partition of a short series, the cheapest returned. */
  static Partition exhaustive(double[] x, Cost cost, double beta, int minSegment) {
    int n = x.length;
    Partition best = null;
    for (int mask = 0; mask < 1 << (n - 1); mask++) {
      List<Integer> changes = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        if ((mask & 1 << (i - 1)) != 0) {
          changes.add(i);
        }
      }
      double total = beta * changes.size();
      int start = 0;
      boolean admissible = true;
      List<Integer> ends = new ArrayList<>(changes);
      ends.add(n);
      for (int end : ends) {
        if (end - start < minSegment) {
          admissible = false;
          break;
        }
        double sum = 0;
        for (int i = start; i < end; i++) {
          sum += x[i];
        }
        double mean = sum / (end - start);
        double deviations = 0;
        for (int i = start; i < end; i++) {
          deviations += (x[i] - mean) * (x[i] - mean);
        }
        total += cost.of(end - start, deviations);
        start = end;
      }
      if (admissible && (best == null || total < best.cost())) {
        best = new Partition(changes, total);
      }
    }
    return best;
  }
}
