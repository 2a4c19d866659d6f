package org.entente.analyze.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.domain.Dyad;

/**
 * The observations the relation model is fitted to: for each pair, each year's value of each
 * indicator it has evidence for, in primitive arrays sorted by pair and year (a few million
 * observations for every pair of states since 1946). Built once per fit by {@link Builder}.
 */
public final class Panel {

  private final List<Dyad> dyads;
  private final int[] start;
  private final int[] firstYear;
  private final int[] lastYear;
  private final short[] year;
  private final byte[] indicator;
  private final short[] source;
  private final double[] value;
  private final List<String> sources;

  private Panel(
      List<Dyad> dyads,
      int[] start,
      int[] firstYear,
      int[] lastYear,
      short[] year,
      byte[] indicator,
      short[] source,
      double[] value,
      List<String> sources) {
    this.dyads = dyads;
    this.start = start;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.year = year;
    this.indicator = indicator;
    this.source = source;
    this.value = value;
    this.sources = sources;
  }

  /** The pairs, in the order of their index. */
  public List<Dyad> dyads() {
    return dyads;
  }

  public int dyadCount() {
    return dyads.size();
  }

  public int size() {
    return value.length;
  }

  /** The first observation of pair {@code d}; its last is {@code start(d + 1) − 1}. */
  int start(int d) {
    return start[d];
  }

  /** The first year pair {@code d} has an observation in. */
  public int firstYear(int d) {
    return firstYear[d];
  }

  /** The last year pair {@code d} has an observation in. */
  public int lastYear(int d) {
    return lastYear[d];
  }

  int year(int o) {
    return year[o];
  }

  Indicator indicator(int o) {
    return Indicator.values()[indicator[o]];
  }

  int indicatorOrdinal(int o) {
    return indicator[o];
  }

  /** The dataset of an observation (for intercepts by dataset), an index of {@link #sources}. */
  int source(int o) {
    return source[o];
  }

  double value(int o) {
    return value[o];
  }

  /** The datasets named by observations ({@link Indicator#EVENTS}: gdelt, icews, polecat…). */
  List<String> sources() {
    return sources;
  }

  /** Observations of the model, added in any order. */
  public static final class Builder {
    private final Map<Dyad, Integer> index = new HashMap<>();
    private final List<Dyad> dyads = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    private final List<String> sources = new ArrayList<>(List.of(""));
    private int[] dyad = new int[1 << 16];
    private short[] year = new short[1 << 16];
    private byte[] indicator = new byte[1 << 16];
    private short[] source = new short[1 << 16];
    private double[] value = new double[1 << 16];
    private int size;

    /** Adds one observation of {@code a}–{@code b} in {@code year}. */
    public Builder add(String a, String b, int year, Indicator indicator, double value) {
      return add(a, b, year, indicator, "", value);
    }

    /**
     * Adds one observation of a dataset ({@link Indicator#EVENTS} keeps an intercept per dataset).
     *
     * @throws IllegalArgumentException if the value is not finite
     */
    public Builder add(
        String a, String b, int year, Indicator indicator, String dataset, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            indicator.label() + " of " + a + "–" + b + " in " + year + " is " + value);
      }
      Dyad key = Dyad.of(a, b);
      Integer d = index.get(key);
      if (d == null) {
        d = dyads.size();
        index.put(key, d);
        dyads.add(key);
      }
      Integer s =
          sourceIndex.computeIfAbsent(
              dataset,
              k -> {
                sources.add(k);
                return sources.size() - 1;
              });
      if (dataset.isEmpty()) {
        s = 0;
      }
      if (size == this.value.length) {
        int n = size * 2;
        this.dyad = Arrays.copyOf(this.dyad, n);
        this.year = Arrays.copyOf(this.year, n);
        this.indicator = Arrays.copyOf(this.indicator, n);
        this.source = Arrays.copyOf(this.source, n);
        this.value = Arrays.copyOf(this.value, n);
      }
      this.dyad[size] = d;
      this.year[size] = (short) year;
      this.indicator[size] = (byte) indicator.ordinal();
      this.source[size] = (short) (int) s;
      this.value[size] = value;
      size++;
      return this;
    }

    /** Whether a pair has any observation yet. */
    public boolean has(String a, String b) {
      return index.containsKey(Dyad.of(a, b));
    }

    /**
     * The panel, sorted by pair and year: a counting sort by year, then a stable one by pair, in
     * linear time over the millions of observations.
     */
    public Panel build() {
      int n = dyads.size();
      int minYear = Integer.MAX_VALUE;
      int maxYear = Integer.MIN_VALUE;
      for (int i = 0; i < size; i++) {
        minYear = Math.min(minYear, year[i]);
        maxYear = Math.max(maxYear, year[i]);
      }
      int[] byYear = new int[size];
      if (size > 0) {
        int[] next = new int[maxYear - minYear + 2];
        for (int i = 0; i < size; i++) {
          next[year[i] - minYear + 1]++;
        }
        for (int t = 1; t < next.length; t++) {
          next[t] += next[t - 1];
        }
        for (int i = 0; i < size; i++) {
          byYear[next[year[i] - minYear]++] = i;
        }
      }
      int[] start = new int[n + 1];
      for (int i = 0; i < size; i++) {
        start[dyad[i] + 1]++;
      }
      for (int d = 0; d < n; d++) {
        start[d + 1] += start[d];
      }
      int[] next = Arrays.copyOf(start, n);
      short[] y = new short[size];
      byte[] k = new byte[size];
      short[] s = new short[size];
      double[] v = new double[size];
      for (int i : byYear) {
        int to = next[dyad[i]]++;
        y[to] = year[i];
        k[to] = indicator[i];
        s[to] = source[i];
        v[to] = value[i];
      }
      int[] first = new int[n];
      int[] last = new int[n];
      for (int d = 0; d < n; d++) {
        first[d] = y[start[d]];
        last[d] = y[start[d + 1] - 1];
      }
      return new Panel(List.copyOf(dyads), start, first, last, y, k, s, v, List.copyOf(sources));
    }
  }
}
