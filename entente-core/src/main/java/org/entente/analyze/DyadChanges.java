package org.entente.analyze;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.analyze.change.Pelt;
import org.entente.analyze.change.Penalty;
import org.entente.analyze.change.Segment;
import org.entente.analyze.change.Segmentation;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.store.PeriodUnit;
import org.entente.store.VoteQuery;

/**
 * Turning points of a pair's κ, relation index, alignment or event series, each explained by the
 * records around it ({@link ChangeExplanations}).
 *
 * <p>The search is PELT with a normal change-in-mean cost ({@link Pelt#meanChange}), the noise
 * variance estimated robustly from first differences ({@link Pelt#differenceVariance}, which a
 * change in mean hardly disturbs), and the penalty MBIC unless another is given. A segment holds at
 * least {@link #MIN_YEARS} years or {@link #MIN_MONTHS} months: one year of about 80 roll calls, or
 * one month of news, is too noisy to be a regime of its own. The mean-and-variance cost is not
 * used: on 30–55 annual values a segment's variance from two or three of them is unstable, and that
 * cost cuts off short quiet stretches (CHN–RUS κ 2004–2005) that are not changes in how close the
 * states are.
 *
 * <pre>{@code
 * DyadChanges changes = new DyadChanges(sources);
 * DyadSeries kappa = changes.series("CHN", "RUS", ChangeMeasure.KAPPA, EventPeriod.YEAR, null, null);
 * List<DyadChange> found = changes.find(kappa, Penalty.MBIC); // 1976 down, 1998 up, 2006 up
 * }</pre>
 */
public final class DyadChanges {

  /** The shortest segment by year. */
  public static final int MIN_YEARS = 2;

  /** The shortest segment by month. */
  public static final int MIN_MONTHS = 3;

  /** Periods on each side of a change whose evidence explains it (bounded by the segments). */
  static final int WINDOW_YEARS = 2;

  static final int WINDOW_MONTHS = 6;

  private final RelationSources sources;

  public DyadChanges(RelationSources sources) {
    this.sources = sources;
  }

  /** The fewest values a segment may hold for this period length. */
  public static int minSegment(EventPeriod unit) {
    return unit == EventPeriod.MONTH ? MIN_MONTHS : MIN_YEARS;
  }

  /** The fewest values in which a change can be found: two segments. */
  public static int minLength(EventPeriod unit) {
    return 2 * minSegment(unit);
  }

  /**
   * The pair's series from {@code fromYear} to {@code toYear}, only the periods with a value.
   *
   * @param fromYear first year, or null: for κ the first year the two voted together; otherwise
   *     required
   * @param toYear last year, or null for κ's last; otherwise required
   */
  public DyadSeries series(
      String a,
      String b,
      ChangeMeasure measure,
      EventPeriod unit,
      Integer fromYear,
      Integer toYear) {
    if (unit != EventPeriod.YEAR && unit != EventPeriod.MONTH) {
      throw new IllegalArgumentException("unit: expected YEAR or MONTH, got " + unit);
    }
    return switch (measure) {
      case KAPPA -> kappa(a, b, unit, fromYear, toYear);
      case INDEX, ALIGNMENT -> relation(a, b, measure, unit, fromYear, toYear);
      case EVENTS -> events(a, b, unit, fromYear, toYear);
    };
  }

  private DyadSeries kappa(String a, String b, EventPeriod unit, Integer from, Integer to) {
    if (unit != EventPeriod.YEAR) {
      throw new IllegalArgumentException("unit: κ is measured by year, not " + unit.key());
    }
    List<DyadAlignment> years =
        sources
            .votes()
            .dyad(a, b, new VoteQuery(PeriodUnit.YEAR, false, false, null, from, to, Set.of()));
    List<LocalDate> starts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (DyadAlignment y : years) {
      if (!starts.isEmpty()) {
        for (int gap = starts.get(starts.size() - 1).getYear() + 1; gap < y.period(); gap++) {
          skipped.add(Integer.toString(gap));
        }
      }
      if (Double.isNaN(y.alignment().kappa())) {
        skipped.add(Integer.toString(y.period()));
        continue;
      }
      starts.add(LocalDate.of(y.period(), 1, 1));
      values.add(y.alignment().kappa());
    }
    return new DyadSeries(
        a,
        b,
        ChangeMeasure.KAPPA,
        unit,
        starts,
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        skipped,
        "UN-vote Cohen's κ by year (contested roll calls)");
  }

  private DyadSeries relation(
      String a, String b, ChangeMeasure measure, EventPeriod unit, int from, int to) {
    List<LocalDate> starts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (DyadRelation r : sources.relations(a, b, unit, from, to)) {
      double value =
          switch (measure) {
            case INDEX -> r.index();
            case ALIGNMENT -> r.alignment().mean();
            default -> r.part(RelationComponent.EVENTS).value();
          };
      if (Double.isNaN(value)) {
        skipped.add(r.period());
      } else {
        starts.add(start(r.period()));
        values.add(value);
      }
    }
    return new DyadSeries(
        a,
        b,
        measure,
        unit,
        starts,
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        skipped,
        switch (measure) {
          case INDEX -> "the relation index";
          case ALIGNMENT -> "the alignment dimension";
          default -> "the relation's events component (aggregated scores scaled by the pair)";
        });
  }

  /** Raw events' net Goldstein when the store has raw events of the pair, else the scores. */
  private DyadSeries events(String a, String b, EventPeriod unit, int from, int to) {
    LocalDate first = LocalDate.of(from, 1, 1);
    LocalDate last = LocalDate.of(to, 12, 31);
    List<Event> raw = sources.events().between(a, b, false, first, last);
    List<EventAggregate> aggregated = sources.events().aggregates(a, b, false, first, last);
    if (raw.isEmpty() && aggregated.isEmpty()) {
      return relation(a, b, ChangeMeasure.EVENTS, unit, from, to);
    }
    List<LocalDate> starts = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (DyadEventPeriod p : DyadEventSeries.of(a, b, unit, false, raw, aggregated)) {
      starts.add(start(p.period()));
      values.add(p.goldsteinSum());
    }
    List<String> skipped = new ArrayList<>();
    for (LocalDate d = starts.get(0);
        !d.isAfter(starts.get(starts.size() - 1));
        d = next(d, unit)) {
      if (!starts.contains(d)) {
        skipped.add(unit.label(d));
      }
    }
    return new DyadSeries(
        a,
        b,
        ChangeMeasure.EVENTS,
        unit,
        starts,
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        skipped,
        "machine-coded events' net Goldstein (sum of the weights)");
  }

  /**
   * The changes of a series with their evidence.
   *
   * @throws IllegalArgumentException when the series is shorter than {@link #minLength}
   */
  public List<DyadChange> find(DyadSeries series, Penalty penalty) {
    return find(series, penalty, true);
  }

  /**
   * {@link #find(DyadSeries, Penalty)}, without the evidence around each change when {@code
   * explain} is false (a judgement shown on a page names the change, not its records: evidence
   * costs a query of the votes per change).
   */
  public List<DyadChange> find(DyadSeries series, Penalty penalty, boolean explain) {
    int min = minSegment(series.unit());
    if (series.size() < 2 * min) {
      throw new IllegalArgumentException(
          "series: " + series.size() + " values, expected at least " + 2 * min);
    }
    double[] values = series.values();
    Segmentation segmentation =
        Pelt.meanChange(values)
            .variance(Pelt.differenceVariance(values))
            .penalty(penalty)
            .minSegment(min)
            .run();
    return explain(series, segmentation.segments(), label -> true, explain);
  }

  /**
   * The changes a streaming detector would have raised, one observation at a time: Bayesian online
   * change-point detection (Adams and MacKay 2007) over the series standardised by its own mean and
   * standard deviation, with a Normal-Gamma prior of mean 0 and unit scale (κ0 = 1, α0 = 1, β0 = 1)
   * and a constant hazard of one change per {@code expectedRunLength} periods; a change is raised
   * where the posterior probability that the observation opens a new segment is at least one half.
   * Unlike PELT it never revises an earlier answer.
   */
  public List<DyadChange> findOnline(DyadSeries series, double expectedRunLength) {
    return findOnline(series, expectedRunLength, label -> true, true);
  }

  /**
   * {@link #findOnline(DyadSeries, double)}, explaining only the changes whose first period {@code
   * wanted} accepts (a watch asks for the ones it has not kept yet: evidence costs queries), and
   * without evidence when {@code explain} is false (a watch's baseline, never shown).
   */
  public List<DyadChange> findOnline(
      DyadSeries series,
      double expectedRunLength,
      java.util.function.Predicate<String> wanted,
      boolean explain) {
    double[] values = series.values();
    if (values.length < 2) {
      throw new IllegalArgumentException("series: " + values.length + " values, expected 2");
    }
    double mean = java.util.Arrays.stream(values).average().orElse(0);
    double sd =
        Math.sqrt(
            java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
                / values.length);
    double scale = sd > 0 ? sd : 1;
    org.entente.analyze.change.Bocpd detector =
        new org.entente.analyze.change.Bocpd(
            new org.entente.analyze.change.NormalGamma(0, 1, 1, 1), expectedRunLength);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int t = 0; t < values.length; t++) {
      org.entente.analyze.change.BocpdStep step = detector.update((values[t] - mean) / scale);
      if (t > 0 && step.changeProbability() >= 0.5) {
        starts.add(t);
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : values.length;
      double m = java.util.Arrays.stream(values, from, to).average().orElse(Double.NaN);
      double v =
          java.util.Arrays.stream(values, from, to).map(x -> (x - m) * (x - m)).sum() / (to - from);
      segments.add(new Segment(from, to, m, v));
    }
    return explain(series, segments, wanted, explain);
  }

  /** One change per segment boundary {@code wanted} accepts, with the evidence around it. */
  private List<DyadChange> explain(
      DyadSeries series,
      List<Segment> segments,
      java.util.function.Predicate<String> wanted,
      boolean explain) {
    int window = series.unit() == EventPeriod.MONTH ? WINDOW_MONTHS : WINDOW_YEARS;
    List<DyadChange> changes = new ArrayList<>();
    for (int s = 1; s < segments.size(); s++) {
      Segment before = segments.get(s - 1);
      Segment after = segments.get(s);
      int at = after.start();
      if (!wanted.test(series.label(at))) {
        continue;
      }
      ChangeExplanations.Window w =
          new ChangeExplanations.Window(
              series.starts().get(Math.max(before.start(), at - window)),
              series.starts().get(at),
              series.end(Math.min(after.end(), at + window) - 1));
      boolean rise = after.mean() > before.mean();
      changes.add(
          new DyadChange(
              series.a(),
              series.b(),
              series.measure(),
              series.label(at),
              before.mean(),
              after.mean(),
              series.label(before.start()),
              series.label(after.end() - 1),
              explain
                  ? ChangeExplanations.explain(
                      series.a(), series.b(), w, rise, evidence(series.a(), series.b(), w))
                  : List.of()));
    }
    return changes;
  }

  /** What the store holds around one change. */
  private ChangeExplanations.Evidence evidence(String a, String b, ChangeExplanations.Window w) {
    List<AlignmentEvidence.Item> rollCalls = new ArrayList<>();
    VoteQuery query =
        new VoteQuery(PeriodUnit.YEAR, false, false, null, w.firstYear(), w.lastYear(), Set.of());
    for (AlignmentEvidence e : sources.votes().evidenceByPeriod(a, b, query).values()) {
      rollCalls.addAll(e.rollCalls());
    }
    LocalDate last = w.afterTo().minusDays(1);
    return new ChangeExplanations.Evidence(
        rollCalls,
        sources.ties().byYear(a, b, w.firstYear() - 1, w.lastYear()),
        sources.events().between(a, b, false, w.beforeFrom(), last),
        new AggregateSeries(sources.scores())
            .scores(a, b, AggregateSeries.Unit.MONTH, w.beforeFrom(), last),
        sources.ties().lastAtopYear().orElse(0));
  }

  private static LocalDate start(String label) {
    return label.length() == 4
        ? LocalDate.of(Integer.parseInt(label), 1, 1)
        : YearMonth.parse(label).atDay(1);
  }

  private static LocalDate next(LocalDate d, EventPeriod unit) {
    return unit == EventPeriod.MONTH ? d.plusMonths(1) : d.plusYears(1);
  }
}
