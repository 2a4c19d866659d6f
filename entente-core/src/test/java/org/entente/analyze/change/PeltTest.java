package org.entente.analyze.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.entente.analyze.change.OptimalPartitioning.Cost;
import org.entente.analyze.change.OptimalPartitioning.Partition;
import org.junit.jupiter.api.Test;

class PeltTest {
  private static final String FIXTURES = "/fixtures/changepoint-r/";

  @Test
  void meanChangeByHand() {
    // One segment: 6 * 5^2 = 150. Split at 3: 0 + 0 + penalty 5.
    double[] x = {0, 0, 0, 10, 10, 10};
    Segmentation s = Pelt.meanChange(x).variance(1).penalty(Penalty.manual(5)).run();
    assertThat(s.changes()).containsExactly(3);
    assertThat(s.cost()).isEqualTo(5.0);
    assertThat(s.segments()).containsExactly(new Segment(0, 3, 0, 0), new Segment(3, 6, 10, 0));
    // A penalty above 150 keeps one segment with cost 150.
    Segmentation one = Pelt.meanChange(x).variance(1).penalty(Penalty.manual(151)).run();
    assertThat(one.changes()).isEmpty();
    assertThat(one.cost()).isEqualTo(150.0);
    // With variance 100 the split saves only 1.5, less than the penalty 5.
    assertThat(Pelt.meanChange(x).variance(100).penalty(Penalty.manual(5)).run().changes())
        .isEmpty();
  }

  @Test
  void meanAndVarianceChangeByHand() {
    // Variances 1 and 4 (deviations of 1 and 2 around 2 and 12), means 2 and 12.
    double[] x = {1, 3, 1, 3, 10, 14, 10, 14};
    Segmentation s = Pelt.meanAndVarianceChange(x).penalty(Penalty.manual(3)).minSegment(2).run();
    double log2pi = Math.log(2 * Math.PI);
    double expected = 4 * (log2pi + Math.log(1) + 1) + 4 * (log2pi + Math.log(4) + 1) + 3;
    assertThat(s.changes()).containsExactly(4);
    assertThat(s.cost()).isCloseTo(expected, within(1e-12));
    assertThat(s.segments()).containsExactly(new Segment(0, 4, 2, 1), new Segment(4, 8, 12, 4));
  }

  @Test
  void mbicAndBicPenaltiesAreThoseOfChangepoint() {
    // penalty_decision.R: BIC (p + 1) log n, MBIC (p + 2) log n; p = 1 (mean), 2 (mean, variance).
    double[] flat = new double[100];
    assertThat(Pelt.meanChange(flat).run().penalty()).isCloseTo(3 * Math.log(100), within(1e-12));
    assertThat(Pelt.meanChange(flat).penalty(Penalty.BIC).run().penalty())
        .isCloseTo(2 * Math.log(100), within(1e-12));
    assertThat(Pelt.meanAndVarianceChange(flat).run().penalty())
        .isCloseTo(4 * Math.log(100), within(1e-12));
    assertThat(Pelt.meanAndVarianceChange(flat).penalty(Penalty.SIC).run().penalty())
        .isCloseTo(3 * Math.log(100), within(1e-12));
    // MBIC also charges log(length) per segment: a flat series of 100 costs log(100).
    assertThat(Pelt.meanChange(flat).variance(1).run().cost())
        .isCloseTo(Math.log(100), within(1e-12));
  }

  @Test
  void differenceVarianceIsTheMadOfDifferencesOverRootTwo() {
    // Differences 1, 3, -2, 2: median 1.5, absolute deviations 0.5, 1.5, 3.5, 0.5, their median 1.
    double[] x = {0, 1, 4, 2, 4};
    double sd = 1.4826 * 1 / Math.sqrt(2);
    assertThat(Pelt.differenceVariance(x)).isCloseTo(sd * sd, within(1e-15));
    // A mean shift moves one difference only: the estimate barely notices it.
    double[] shifted = {0, 1, 4, 2, 4, 101, 104, 102, 104, 101};
    assertThat(Pelt.differenceVariance(shifted)).isLessThan(10);
    assertThat(Pelt.differenceVariance(new double[] {3, 3, 3})).isEqualTo(1.0);
  }

  @Test
  void agreesWithTheRPackageChangepoint() throws IOException {
    List<String> rows = lines("expected.csv");
    assertThat(rows).hasSize(15);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      double[] x =
          lines("series-" + f[0] + ".txt").stream().mapToDouble(Double::parseDouble).toArray();
      Penalty penalty =
          switch (f[2]) {
            case "MBIC" -> Penalty.MBIC;
            case "BIC" -> Penalty.BIC;
            default -> Penalty.manual(Double.parseDouble(f[4]));
          };
      Pelt pelt =
          f[1].equals("mean") ? Pelt.meanChange(x).variance(1) : Pelt.meanAndVarianceChange(x);
      Segmentation s = pelt.penalty(penalty).minSegment(Integer.parseInt(f[3])).run();
      List<Integer> expected =
          f[5].isEmpty()
              ? List.of()
              : Arrays.stream(f[5].split(" ")).map(Integer::valueOf).toList();
      assertThat(s.changes()).as(row).isEqualTo(expected);
      assertThat(s.penalty()).as(row).isCloseTo(Double.parseDouble(f[4]), within(1e-12));
      double cost = Double.parseDouble(f[6]);
      assertThat(s.cost()).as(row).isCloseTo(cost, within(1e-9 * Math.abs(cost)));
    }
  }

  @Test
  void optimalPartitioningMatchesExhaustiveSearch() {
    Random random = new Random(20261127L);
    for (int i = 0; i < 300; i++) {
      int n = 2 + random.nextInt(11);
      double[] x = series(random, n);
      boolean meanAndVariance = random.nextBoolean();
      Cost cost = new Cost(meanAndVariance, 0.5 + random.nextDouble(), random.nextBoolean());
      int minSegment = (meanAndVariance ? 2 : 1) + random.nextInt(3);
      if (n < minSegment) {
        continue;
      }
      double beta = random.nextDouble() * 8;
      Partition op = OptimalPartitioning.solve(x, cost, beta, minSegment);
      Partition all = OptimalPartitioning.exhaustive(x, cost, beta, minSegment);
      assertThat(op.changes()).as("series %d", i).isEqualTo(all.changes());
      assertThat(op.cost()).isCloseTo(all.cost(), within(1e-9 * Math.max(1, Math.abs(all.cost()))));
    }
  }

  /**
   * PELT against the unpruned recursion on 1,200 random series of 2..200 values, each under both
   * costs, four penalties and a random minimum segment length: 9,600 runs, all exact.
   */
  @Test
  void peltReturnsTheOptimalPartitionOnRandomSeries() {
    Random random = new Random(9L);
    int series = 1200;
    int runs = 0;
    int withChanges = 0;
    for (int i = 0; i < series; i++) {
      int n = 2 + random.nextInt(199);
      double[] x = series(random, n);
      double variance = random.nextBoolean() ? 0.25 + 4 * random.nextDouble() : Double.NaN;
      for (boolean meanAndVariance : new boolean[] {false, true}) {
        int minSegment = (meanAndVariance ? 2 : 1) + random.nextInt(5);
        if (n < minSegment) {
          continue;
        }
        for (Penalty penalty :
            List.of(
                Penalty.MBIC,
                Penalty.BIC,
                Penalty.manual(random.nextDouble() * 3),
                Penalty.manual(5 + random.nextDouble() * 40))) {
          Pelt pelt =
              meanAndVariance
                  ? Pelt.meanAndVarianceChange(x)
                  : Double.isNaN(variance)
                      ? Pelt.meanChange(x)
                      : Pelt.meanChange(x).variance(variance);
          Segmentation s = pelt.penalty(penalty).minSegment(minSegment).run();
          double used = Double.isNaN(variance) ? Pelt.differenceVariance(x) : variance;
          Cost cost = new Cost(meanAndVariance, used, penalty == Penalty.MBIC);
          Partition op = OptimalPartitioning.solve(x, cost, s.penalty(), minSegment);
          String what =
              String.format(
                  "series %d (n = %d), %s, %s, minSegment %d",
                  i, n, meanAndVariance ? "mean and variance" : "mean", penalty, minSegment);
          assertThat(s.changes()).as(what).isEqualTo(op.changes());
          assertThat(s.cost())
              .as(what)
              .isCloseTo(op.cost(), within(1e-9 * Math.max(1, Math.abs(op.cost()))));
          for (Segment segment : s.segments()) {
            assertThat(segment.length()).as(what).isGreaterThanOrEqualTo(minSegment);
          }
          runs++;
          if (!s.changes().isEmpty()) {
            withChanges++;
          }
        }
      }
    }
    assertThat(runs).isGreaterThanOrEqualTo(8 * series - 100);
    assertThat(withChanges).isBetween(runs / 5, runs - runs / 5);
  }

  @Test
  void findsFiftyChangesInALongSeries() {
    Random random = new Random(50L);
    double[] x = new double[10_000];
    List<Integer> truth = new ArrayList<>();
    double level = 0;
    for (int i = 0; i < x.length; i++) {
      if (i > 0 && i % 200 == 0) {
        level += random.nextBoolean() ? 3 : -3;
        truth.add(i);
      }
      x[i] = level + random.nextGaussian();
    }
    Segmentation s = Pelt.meanChange(x).run();
    assertThat(s.changes()).hasSameSizeAs(truth);
    for (int k = 0; k < truth.size(); k++) {
      assertThat(s.changes().get(k)).isCloseTo(truth.get(k), within(3));
    }
  }

  @Test
  void refusesWhatItCannotSegment() {
    assertThatThrownBy(() -> Pelt.meanChange(new double[] {1, Double.NaN}))
        .hasMessageContaining("position 1 is NaN");
    assertThatThrownBy(() -> Pelt.meanAndVarianceChange(new double[] {1, 2}).minSegment(1))
        .hasMessageContaining("minSegment: expected >= 2");
    assertThatThrownBy(() -> Pelt.meanChange(new double[] {1, 2}).minSegment(3).run())
        .hasMessageContaining("2 values are fewer than one segment of minSegment 3");
    assertThatThrownBy(() -> Pelt.meanAndVarianceChange(new double[] {1, 2}).variance(1))
        .hasMessageContaining("only a change in mean");
    assertThatThrownBy(() -> Penalty.manual(-1)).hasMessageContaining("penalty: expected");
    // Too short for a change is one segment, not an error.
    assertThat(Pelt.meanAndVarianceChange(new double[] {1, 5, 9}).run().changes()).isEmpty();
  }

  /** Normal noise around 0–4 random levels, with a random scale per segment. */
  private static double[] series(Random random, int n) {
    double[] x = new double[n];
    int changes = random.nextInt(5);
    int[] at = random.ints(changes, 1, Math.max(2, n)).sorted().toArray();
    double level = random.nextGaussian() * 5;
    double scale = 0.2 + random.nextDouble() * 2;
    for (int i = 0, next = 0; i < n; i++) {
      while (next < at.length && at[next] == i) {
        level += random.nextGaussian() * 4;
        scale = 0.2 + random.nextDouble() * 2;
        next++;
      }
      x[i] = level + scale * random.nextGaussian();
    }
    return x;
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = PeltTest.class.getResourceAsStream(FIXTURES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
