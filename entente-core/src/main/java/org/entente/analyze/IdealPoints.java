package org.entente.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.RollCallMatches;
import org.entente.ingest.Progress;
import org.entente.store.PeriodUnit;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.entente.store.VoteRows;

/**
 * UN General Assembly ideal points: one number per state and session on a single dimension, from a
 * dynamic ordinal item response model of yes / abstain / no fitted by EM ({@link
 * DynamicOrdinalIrt}). Roll calls on the same resolution in two sessions share their parameters
 * ({@link RollCallMatches}), which bridges the sessions as Bailey, Strezhnev & Voeten (2017) do;
 * the United States is on the positive side. Unanimous roll calls are left out (they say nothing
 * about differences between states).
 *
 * <pre>{@code
 * IdealPoints model = new IdealPoints(new VoteQueries(store), RollCallMatches.bundled());
 * IdealPoints.Estimate all = model.estimate(null, null, Progress.NONE);
 * }</pre>
 */
public final class IdealPoints {

  /** The state whose positions define the positive side. */
  public static final String ANCHOR = "USA";

  /**
   * Random-walk variance 0.5 per session (Bailey, Strezhnev & Voeten's {@code Smooth = 0.5}) and
   * first ideal point N(0, 1), on a scale of standard deviation 1; item parameters N(0, 1), their
   * prior on β. Iterations stop by emIRT's criterion, 1 − r &lt; 1e-6 between successive ideal
   * points, or after 1,000.
   */
  static final DynamicOrdinalIrt.Settings DEFAULTS =
      new DynamicOrdinalIrt.Settings(0.5, 1, 1, 1000, 1e-6);

  /**
   * The estimates and how the fit went.
   *
   * @param points one per state and session, by country then year
   * @param rollCalls contested roll calls used
   * @param items distinct parameter sets after bridging (fewer than roll calls)
   * @param iterations EM iterations run
   * @param converged whether the iterations stopped by the tolerance rather than the limit
   */
  public record Estimate(
      List<IdealPoint> points, int rollCalls, int items, int iterations, boolean converged) {}

  private final VoteQueries queries;
  private final RollCallMatches matches;

  public IdealPoints(VoteQueries queries, RollCallMatches matches) {
    this.queries = queries;
    this.matches = matches;
  }

  /**
   * Estimates over the sessions whose year (s + 1945) lies in the range; the scale is relative to
   * the states and sessions in it.
   *
   * @param fromYear first year, or null
   * @param toYear last year, or null
   */
  public Estimate estimate(Integer fromYear, Integer toYear, Progress progress) {
    VoteRows rows =
        queries.read(
            new VoteQuery(PeriodUnit.SESSION, false, false, null, fromYear, toYear, Set.of()));
    return estimate(rows, matches, DEFAULTS, progress);
  }

  /** Estimates from votes by session (unanimous roll calls already dropped). */
  static Estimate estimate(
      VoteRows rows,
      RollCallMatches matches,
      DynamicOrdinalIrt.Settings settings,
      Progress progress) {
    if (rows.size() == 0) {
      return new Estimate(List.of(), 0, 0, 0, true);
    }
    int anchor = rows.countries().indexOf(ANCHOR);
    if (anchor < 0) {
      throw new IllegalArgumentException(
          "the ideal-point scale is oriented by the votes of " + ANCHOR + ", who cast none here");
    }
    Map<Integer, Integer> item = bridgedItems(rows, matches);
    int items = (int) item.values().stream().distinct().count();

    // cells: state-sessions, grouped by state (alphabetical), sessions ascending
    List<String> names = rows.countries();
    Integer[] order = new Integer[names.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(names::get));
    int firstSession = Arrays.stream(rows.period()).min().orElseThrow();
    int sessions = Arrays.stream(rows.period()).max().orElseThrow() - firstSession + 1;
    int[][] cellOf = new int[names.size()][sessions];
    for (int[] row : cellOf) {
      Arrays.fill(row, -1);
    }
    for (int k = 0; k < rows.size(); k++) {
      cellOf[rows.country()[k]][rows.period()[k] - firstSession] = 0;
    }
    List<Integer> seriesStart = new ArrayList<>();
    List<Integer> cellTime = new ArrayList<>();
    List<Short> cellCountry = new ArrayList<>();
    for (int country : order) {
      seriesStart.add(cellTime.size());
      for (int s = 0; s < sessions; s++) {
        if (cellOf[country][s] == 0) {
          cellOf[country][s] = cellTime.size();
          cellTime.add(firstSession + s);
          cellCountry.add((short) country);
        }
      }
    }
    seriesStart.add(cellTime.size());

    int n = rows.size();
    int[] voteItem = new int[n];
    int[] voteCell = new int[n];
    byte[] choice = new byte[n];
    int[] votesInCell = new int[cellTime.size()];
    for (int k = 0; k < n; k++) {
      voteItem[k] = item.get(rows.rcid()[k]);
      voteCell[k] = cellOf[rows.country()[k]][rows.period()[k] - firstSession];
      choice[k] = (byte) (3 - rows.vote()[k]); // yes 1 → HIGH, abstain 2 → MIDDLE, no 3 → LOW
      votesInCell[voteCell[k]]++;
    }
    DynamicOrdinalIrt.Data data =
        new DynamicOrdinalIrt.Data(
            items,
            seriesStart.stream().mapToInt(Integer::intValue).toArray(),
            cellTime.stream().mapToInt(Integer::intValue).toArray(),
            voteItem,
            voteCell,
            choice);
    double[] start = agreementWithAnchor(rows, anchor, voteCell, data.cells(), cellTime);

    progress.start("Estimating ideal points", settings.maxIterations(), "iterations");
    DynamicOrdinalIrt.Fit fit = DynamicOrdinalIrt.fit(data, settings, start, progress::advanceTo);
    progress.finish();

    double anchorSum = 0;
    for (int c = 0; c < data.cells(); c++) {
      if (cellCountry.get(c) == anchor) {
        anchorSum += fit.mean()[c];
      }
    }
    double sign = anchorSum < 0 ? -1 : 1;
    List<IdealPoint> points = new ArrayList<>(data.cells());
    for (int c = 0; c < data.cells(); c++) {
      points.add(
          new IdealPoint(
              names.get(cellCountry.get(c)),
              cellTime.get(c) + 1945,
              sign * fit.mean()[c],
              Math.sqrt(fit.variance()[c]),
              votesInCell[c]));
    }
    return new Estimate(points, item.size(), items, fit.iterations(), fit.converged());
  }

  /**
   * Item number of every roll call: matched roll calls (chains included, through union–find) share
   * one; a pair naming a roll call not in the rows is skipped.
   */
  private static Map<Integer, Integer> bridgedItems(VoteRows rows, RollCallMatches matches) {
    Map<Integer, Integer> index = new HashMap<>();
    for (int rcid : rows.rcid()) {
      index.putIfAbsent(rcid, index.size());
    }
    int[] parent = new int[index.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (RollCallMatches.Pair pair : matches.pairs()) {
      Integer a = index.get(pair.first());
      Integer b = index.get(pair.second());
      if (a != null && b != null) {
        parent[root(parent, a)] = root(parent, b);
      }
    }
    Map<Integer, Integer> itemOfRoot = new HashMap<>();
    Map<Integer, Integer> item = new HashMap<>();
    index.forEach(
        (rcid, i) -> {
          int r = root(parent, i);
          item.put(rcid, itemOfRoot.computeIfAbsent(r, x -> itemOfRoot.size()));
        });
    return item;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * Starting values: each state's agreement with the anchor in the session (1 − mean |a − b| / 2),
   * standardised across the session's states, so that the EM starts near the main dimension and
   * with the anchor on the positive side. A state that never voted with the anchor starts at 0.
   */
  private static double[] agreementWithAnchor(
      VoteRows rows, int anchor, int[] voteCell, int cells, List<Integer> cellTime) {
    Map<Integer, Byte> anchorVote = new HashMap<>();
    for (int k = 0; k < rows.size(); k++) {
      if (rows.country()[k] == anchor) {
        anchorVote.put(rows.rcid()[k], rows.vote()[k]);
      }
    }
    double[] sum = new double[cells];
    int[] count = new int[cells];
    for (int k = 0; k < rows.size(); k++) {
      Byte v = anchorVote.get(rows.rcid()[k]);
      if (v != null) {
        sum[voteCell[k]] += 1 - Math.abs(rows.vote()[k] - v) / 2.0;
        count[voteCell[k]]++;
      }
    }
    Map<Integer, double[]> moments = new HashMap<>(); // session → n, sum, sum of squares
    double[] start = new double[cells];
    for (int c = 0; c < cells; c++) {
      if (count[c] > 0) {
        start[c] = sum[c] / count[c];
        double[] m = moments.computeIfAbsent(cellTime.get(c), t -> new double[3]);
        m[0]++;
        m[1] += start[c];
        m[2] += start[c] * start[c];
      }
    }
    for (int c = 0; c < cells; c++) {
      if (count[c] > 0) {
        double[] m = moments.get(cellTime.get(c));
        double mean = m[1] / m[0];
        double sd = Math.sqrt(Math.max(m[2] / m[0] - mean * mean, 0));
        start[c] = sd > 0 ? (start[c] - mean) / sd : 0;
      }
    }
    return start;
  }
}
