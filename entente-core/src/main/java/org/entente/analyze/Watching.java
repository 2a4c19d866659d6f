package org.entente.analyze;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.domain.Dyad;
import org.entente.domain.ScoreRow;
import org.entente.store.EventQueries;
import org.entente.store.RelationFits;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import org.entente.store.Watches;

/**
 * Change detection on the watched pairs, run after every import. Each pair has three series since
 * {@link RelationSources#DEFAULT_FROM}: the relation index and the alignment by year (the stored
 * fit's posterior means: the model is fitted by year, so a month would only repeat its year), and
 * the events by month (the net Goldstein of the events imported one by one and of the cluster job's
 * aggregates, as {@code changes --measure events} takes them; for a pair without any, the
 * relation's events component from the aggregated GDELT scores, its scale from the months seen so
 * far, as a watch at the time would have it). On each, Bayesian online change-point detection as
 * {@code changes --method online} runs it ({@link DyadChanges#findOnline}, one change expected in
 * {@link #EXPECTED_RUN} periods); every turning point not kept before becomes an {@link Alert} with
 * the evidence around it.
 *
 * <p>The series of all pairs are read in three queries ({@link RelationFits#among}, {@link
 * EventQueries#monthlyGoldsteinAmong}, {@link ScoreQueries#rowsAmong}) and only new changes are
 * explained, so that a check of many pairs after an import costs little (BENCHMARKS.md).
 *
 * <pre>{@code
 * Watching.Checked checked = Watching.check(store, Instant.now()); // checked.raised(): new alerts
 * }</pre>
 */
public final class Watching {

  /** Periods expected between two changes: the hazard of {@code changes --method online}. */
  public static final double EXPECTED_RUN = 12;

  private Watching() {}

  /** What a check found: how many pairs it looked at and the alerts it raised. */
  public record Checked(int pairs, List<Alert> raised) {}

  /** Runs the watch on every watched pair of the store and keeps what is new as alerts. */
  public static Checked check(Store store, Instant now) {
    Watches watches = new Watches(store);
    List<Dyad> pairs = watches.pairs();
    if (pairs.isEmpty()) {
      return new Checked(0, List.of());
    }
    List<DyadChange> found = fresh(store, pairs, watches.known(), null, true);
    return new Checked(pairs.size(), watches.record(found, false, now));
  }

  /**
   * Keeps the changes the pairs have now as their baseline, so that only later ones are raised.
   *
   * @return how many were kept
   */
  public static int baseline(Store store, List<Dyad> pairs, Instant now) {
    Watches watches = new Watches(store);
    return watches.record(fresh(store, pairs, watches.known(), null, false), true, now).size();
  }

  /**
   * The changes of the pairs' watched series not among {@code known} ({@link Watches#key}), each
   * explained by its evidence.
   *
   * @param through the last month of evidence to look at (a replay), or null for all
   * @param explain whether to gather each change's evidence (not for a baseline, never shown)
   */
  public static List<DyadChange> fresh(
      Store store, List<Dyad> pairs, Set<String> known, YearMonth through, boolean explain) {
    DyadChanges changes = new DyadChanges(RelationSources.of(store));
    List<DyadChange> found = new ArrayList<>();
    for (DyadSeries series : series(store, pairs, through)) {
      if (series.size() < DyadChanges.minLength(series.unit())) {
        continue;
      }
      found.addAll(
          changes.findOnline(
              series,
              EXPECTED_RUN,
              label ->
                  !known.contains(
                      Watches.key(series.a(), series.b(), series.measure().key(), label)),
              explain));
    }
    return found;
  }

  /**
   * The watched series of each pair, in the pairs' order: index and alignment by year, events by
   * month.
   *
   * @param through the last month to include, or null for all
   */
  public static List<DyadSeries> series(Store store, List<Dyad> pairs, YearMonth through) {
    int first = RelationSources.DEFAULT_FROM;
    YearMonth last = through != null ? through : YearMonth.now(ZoneOffset.UTC);
    Set<String> states = new TreeSet<>();
    pairs.forEach(
        p -> {
          states.add(p.a());
          states.add(p.b());
        });
    LocalDate from = LocalDate.of(first, 1, 1);
    LocalDate to = last.atEndOfMonth();
    Map<Dyad, Map<Integer, RelationFits.Row>> fits =
        new RelationFits(store).among(states, first, last.getYear());
    Map<Dyad, SortedMap<String, Double>> events =
        new EventQueries(store).monthlyGoldsteinAmong(states, from, to);
    ScoreQueries scoreQueries = new ScoreQueries(store);
    Map<Dyad, List<ScoreRow>> scores =
        scoreQueries.rowsAmong(states, ScoreRow.Precision.MONTH, from, to);
    YearMonth[] covered = covered(scoreQueries.monthsCovered(), last);
    List<DyadSeries> all = new ArrayList<>();
    for (Dyad pair : pairs) {
      Map<Integer, RelationFits.Row> years = fits.getOrDefault(pair, Map.of());
      all.add(yearly(pair, ChangeMeasure.INDEX, years, first, last.getYear()));
      all.add(yearly(pair, ChangeMeasure.ALIGNMENT, years, first, last.getYear()));
      SortedMap<String, Double> months = events.get(pair);
      String source = "machine-coded events' net Goldstein (sum of the weights)";
      if (months == null || months.isEmpty()) {
        months = component(scores.getOrDefault(pair, List.of()), covered);
        source =
            "the relation's events component (aggregated scores over the pair's mean absolute"
                + " month)";
      }
      all.add(monthly(pair, months, source));
    }
    return all;
  }

  /** The first and last month the score datasets cover, to {@code last} at most; null for none. */
  private static YearMonth[] covered(Map<String, LocalDate[]> datasets, YearMonth last) {
    YearMonth first = null;
    YearMonth end = null;
    for (LocalDate[] range : datasets.values()) {
      YearMonth a = YearMonth.from(range[0]);
      YearMonth b = YearMonth.from(range[1]);
      first = first == null || a.isBefore(first) ? a : first;
      end = end == null || b.isAfter(end) ? b : end;
    }
    if (first == null || first.isAfter(last)) {
      return null;
    }
    return new YearMonth[] {first, end.isAfter(last) ? last : end};
  }

  /**
   * The relation's events component by month ({@link DyadRelations}): each covered month's score
   * over the pair's mean absolute month, clipped to −1 … +1, a covered month without a row 0. The
   * mean is over the months covered so far, as a watch at the time would have it.
   */
  static SortedMap<String, Double> component(List<ScoreRow> rows, YearMonth[] covered) {
    SortedMap<String, Double> months = new TreeMap<>();
    if (rows.isEmpty() || covered == null) {
      return months;
    }
    Map<YearMonth, Double> byMonth = new TreeMap<>();
    for (ScoreRow row : rows) {
      byMonth.merge(YearMonth.from(row.start()), row.scoreSum(), Double::sum);
    }
    double total = 0;
    int count = 0;
    for (YearMonth m = covered[0]; !m.isAfter(covered[1]); m = m.plusMonths(1)) {
      total += Math.abs(byMonth.getOrDefault(m, 0.0));
      count++;
    }
    double scale = total / count;
    if (scale == 0) {
      return months;
    }
    for (YearMonth m = covered[0]; !m.isAfter(covered[1]); m = m.plusMonths(1)) {
      double x = byMonth.getOrDefault(m, 0.0) / scale;
      months.put(m.toString(), Math.max(-1, Math.min(1, x)));
    }
    return months;
  }

  private static DyadSeries yearly(
      Dyad pair, ChangeMeasure measure, Map<Integer, RelationFits.Row> years, int first, int last) {
    List<LocalDate> starts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      RelationFits.Row row = years.get(year);
      double value =
          row == null
              ? Double.NaN
              : measure == ChangeMeasure.INDEX ? row.relationsMean() : row.alignmentMean();
      if (Double.isNaN(value)) {
        if (!starts.isEmpty()) {
          skipped.add(Integer.toString(year));
        }
        continue;
      }
      starts.add(LocalDate.of(year, 1, 1));
      values.add(value);
    }
    return new DyadSeries(
        pair.a(),
        pair.b(),
        measure,
        EventPeriod.YEAR,
        starts,
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        skipped,
        measure == ChangeMeasure.INDEX ? "the relation index" : "the alignment dimension");
  }

  private static DyadSeries monthly(Dyad pair, SortedMap<String, Double> months, String source) {
    List<LocalDate> starts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    months.forEach(
        (label, value) -> {
          starts.add(YearMonth.parse(label).atDay(1));
          values.add(value);
        });
    return new DyadSeries(
        pair.a(),
        pair.b(),
        ChangeMeasure.EVENTS,
        EventPeriod.MONTH,
        starts,
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        List.of(),
        source);
  }
}
