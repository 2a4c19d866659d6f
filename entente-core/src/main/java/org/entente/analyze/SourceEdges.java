package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a relation series jumps where a source starts or stops rather than where relations
 * change: the mean absolute year-on-year change of every pair's index in each year, against the
 * median of the other years (issue 19: GDELT's scores start in 2018 and stop after 2024).
 */
public final class SourceEdges {

  /**
   * One year's change over all pairs.
   *
   * @param pairs the pairs with an index in the year and the one before
   * @param meanChange the mean of |index(year) − index(year − 1)| over them
   * @param ratio meanChange over the median of the other years' (the edges excluded), NaN for those
   */
  public record Year(int year, long pairs, double meanChange, double ratio) {}

  private final Map<Integer, double[]> sums = new TreeMap<>();
  private String lastPair = "";
  private int lastYear;
  private double lastIndex = Double.NaN;

  /**
   * Adds one pair's index of one year; a pair's years must come in order, one pair after another
   * (as the stored fit is read).
   */
  public void add(String a, String b, int year, double index) {
    String pair = a + " " + b;
    if (pair.equals(lastPair)
        && year == lastYear + 1
        && !Double.isNaN(index)
        && !Double.isNaN(lastIndex)) {
      double[] s = sums.computeIfAbsent(year, y -> new double[2]);
      s[0] += Math.abs(index - lastIndex);
      s[1]++;
    }
    lastPair = pair;
    lastYear = year;
    lastIndex = index;
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * Each year from {@code from}, with its ratio to the median of the years from {@code from} that
   * are not {@code edges}.
   */
  public List<Year> years(int from, List<Integer> edges) {
    List<Double> others = new ArrayList<>();
    sums.forEach(
        (year, s) -> {
          if (year >= from && !edges.contains(year)) {
            others.add(s[0] / s[1]);
          }
        });
    double median = median(others);
    List<Year> years = new ArrayList<>();
    sums.forEach(
        (year, s) -> {
          if (year >= from) {
            double mean = s[0] / s[1];
            years.add(
                new Year(
                    year, (long) s[1], mean, edges.contains(year) ? mean / median : Double.NaN));
          }
        });
    return years;
  }
}
