package org.entente.analyze.change;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times PELT on a 100,000-point series with 50 true changes (both costs, MBIC) and Bocpd per update
 * over 100,000 observations (run by {@code bench/changes.sh}, never as a test), after warm-up, in
 * one JVM. Prints a Markdown table.
 */
public final class ChangeBenchmark {
  private static final int N = 100_000;
  private static final int CHANGES = 50;
  private static final int WARMUP = 2;
  private static final int ROUNDS = 5;

  private ChangeBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(2026L);
    double[] series = new double[N];
    int[] truth = new int[CHANGES];
    int segment = N / (CHANGES + 1);
    double level = 0;
    double scale = 1;
    for (int i = 0, k = 0; i < N; i++) {
      if (k < CHANGES && i == (k + 1) * segment) {
        truth[k++] = i;
        level += (random.nextBoolean() ? 1 : -1) * (1 + 2 * random.nextDouble());
        scale = 0.5 + random.nextDouble();
      }
      series[i] = level + scale * random.nextGaussian();
    }
    System.out.printf(
        Locale.ROOT,
        "series: %,d points, %d true changes (every %,d points; mean shifts of 1-3, sd 0.5-1.5)%n%n",
        N,
        CHANGES,
        segment);
    System.out.println("| job | best of 5 | median | changes found | true changes within ±5 |");
    System.out.println("|---|---:|---:|---:|---:|");
    pelt("PELT, change in mean, MBIC", truth, () -> Pelt.meanChange(series).run());
    pelt(
        "PELT, change in mean and variance, MBIC",
        truth,
        () -> Pelt.meanAndVarianceChange(series).run());
    bocpd(series);
  }

  private static void pelt(String job, int[] truth, Supplier<Segmentation> run) {
    for (int i = 0; i < WARMUP; i++) {
      run.get();
    }
    double[] ms = new double[ROUNDS];
    Segmentation result = null;
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      result = run.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    List<Integer> found = result.changes();
    long hit =
        Arrays.stream(truth)
            .filter(t -> found.stream().anyMatch(c -> Math.abs(c - t) <= 5))
            .count();
    System.out.printf(
        Locale.ROOT,
        "| %s | %.1f ms | %.1f ms | %d | %d of %d |%n",
        job,
        ms[0],
        ms[ROUNDS / 2],
        found.size(),
        hit,
        truth.length);
  }

  private static void bocpd(double[] series) {
    NormalGamma prior = new NormalGamma(0, 0.01, 1, 1);
    double[] us = new double[ROUNDS];
    long held = 0;
    for (int round = -WARMUP; round < ROUNDS; round++) {
      Bocpd detector = new Bocpd(prior, 2000);
      held = 0;
      long start = System.nanoTime();
      for (double x : series) {
        held += detector.update(x).runLengthProbabilities().length;
      }
      if (round >= 0) {
        us[round] = (System.nanoTime() - start) / 1e3 / series.length;
      }
    }
    Arrays.sort(us);
    System.out.printf(
        Locale.ROOT,
        "| Bocpd.update, λ = 2000, pruned below 1e-10 (mean run-length array: %,d) | %.2f µs"
            + " per observation | %.2f µs | | |%n",
        held / series.length,
        us[0],
        us[ROUNDS / 2]);
  }
}
