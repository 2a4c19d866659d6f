package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.domain.EventPlace;
import org.entente.domain.PloverType;
import org.junit.jupiter.api.Test;

/**
 * The one aggregation every path runs: hand-counted cases, and random events checked against a
 * brute-force count (BigDecimal Goldstein sums) however they are split and merged, which is what a
 * cluster job does with them.
 */
class EventAggregationTest {

  private static Event event(
      String dataset, String day, String from, String to, int quad, double g, String plover) {
    String code = quad == 1 ? "042" : quad == 2 ? "070" : quad == 3 ? "112" : "190";
    return new Event(
        dataset,
        dataset + day + from + to + quad + g,
        LocalDate.parse(day),
        DatePrecision.DAY,
        new EventActor(from, from == null ? "SOMEONE" : from, ""),
        new EventActor(to, to == null ? "SOMEONE" : to, ""),
        code,
        code.substring(0, 2),
        quad,
        g,
        plover,
        "",
        EventPlace.NONE,
        "",
        "test",
        1);
  }

  private static final List<Event> EVENTS =
      List.of(
          event("gdelt2", "2018-06-01", "USA", "PRK", 1, 1.9, "CONSULT"),
          event("gdelt2", "2018-06-01", "USA", "PRK", 4, -10.0, "ASSAULT"),
          event("gdelt2", "2018-06-01", "PRK", "USA", 3, -2.0, null),
          event("gdelt2", "2018-06-20", "USA", "PRK", 2, 7.4, "AID"),
          event("icews", "2018-06-01", "USA", "PRK", 1, 3.0, "AGREE"),
          event("gdelt2", "2018-06-01", "USA", "USA", 1, 1.0, "CONSULT"),
          event("gdelt2", "2018-06-01", "USA", null, 1, 1.0, "CONSULT"),
          event("gdelt2", "2018-06-01", null, null, 3, -5.0, "ACCUSE"));

  private static long[] plover(PloverType... types) {
    long[] counts = new long[PloverType.values().length];
    for (PloverType t : types) {
      counts[t.ordinal()]++;
    }
    return counts;
  }

  @Test
  void countsByDatasetDirectedDyadAndDayOthersApart() {
    EventAggregation agg = new EventAggregation(DatePrecision.DAY);
    EVENTS.forEach(agg::add);
    assertThat(agg.withoutDyad()).as("domestic and state-less events").isEqualTo(3);
    assertThat(agg.aggregates("test"))
        .containsExactly(
            new EventAggregate(
                "gdelt2",
                "PRK",
                "USA",
                LocalDate.of(2018, 6, 1),
                DatePrecision.DAY,
                new EventCounts(0, 0, 1, 0, -2_000_000, plover()),
                "test"),
            new EventAggregate(
                "gdelt2",
                "USA",
                "PRK",
                LocalDate.of(2018, 6, 1),
                DatePrecision.DAY,
                new EventCounts(
                    1, 0, 0, 1, -8_100_000, plover(PloverType.CONSULT, PloverType.ASSAULT)),
                "test"),
            new EventAggregate(
                "gdelt2",
                "USA",
                "PRK",
                LocalDate.of(2018, 6, 20),
                DatePrecision.DAY,
                new EventCounts(0, 1, 0, 0, 7_400_000, plover(PloverType.AID)),
                "test"),
            new EventAggregate(
                "icews",
                "USA",
                "PRK",
                LocalDate.of(2018, 6, 1),
                DatePrecision.DAY,
                new EventCounts(1, 0, 0, 0, 3_000_000, plover(PloverType.AGREE)),
                "test"));
  }

  @Test
  void monthsStartOnTheFirstAndDaysRollUpIntoThem() {
    EventAggregation months = new EventAggregation(DatePrecision.MONTH);
    EVENTS.forEach(months::add);
    EventAggregation days = new EventAggregation(DatePrecision.DAY);
    EVENTS.forEach(days::add);
    EventAggregation rolled = new EventAggregation(DatePrecision.MONTH);
    days.aggregates("days").forEach(rolled::add);
    assertThat(months.aggregates("x")).isEqualTo(rolled.aggregates("x"));
    EventAggregate usaPrk = months.aggregates("x").get(1);
    assertThat(usaPrk.period()).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(usaPrk.counts().events()).isEqualTo(3);
    assertThat(usaPrk.counts().goldsteinSum()).isEqualTo(1.9 - 10.0 + 7.4, within());
    assertThatThrownBy(() -> days.add(months.aggregates("monthly.parquet").get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("by month cannot be counted by day (monthly.parquet)");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @Test
  void theSeriesOfAPairIsTheSameFromEventsAndFromTheirAggregates() {
    EventAggregation days = new EventAggregation(DatePrecision.DAY);
    EVENTS.forEach(days::add);
    for (EventPeriod period : EventPeriod.values()) {
      assertThat(
              DyadEventSeries.of(
                  "PRK", "USA", period, false, List.of(), days.aggregates("days.parquet")))
          .as(period.key())
          .isEqualTo(DyadEventSeries.of("PRK", "USA", period, false, EVENTS));
    }
    EventAggregation months = new EventAggregation(DatePrecision.MONTH);
    EVENTS.forEach(months::add);
    assertThatThrownBy(
            () ->
                DyadEventSeries.of(
                    "USA", "PRK", EventPeriod.WEEK, false, List.of(), months.aggregates("m")))
        .hasMessageContaining("aggregated by month: they can be counted by month or year");
  }

  /** Goldstein weights as CAMEO has them: one decimal, -10 … 10. */
  private static double weight(Random r) {
    return (r.nextInt(201) - 100) / 10.0;
  }

  private static List<Event> randomEvents(Random r, int n) {
    String[] states = {"USA", "PRK", "CHN", "RUS", null};
    String[] datasets = {"gdelt2", "icews"};
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PloverType p = r.nextInt(5) == 0 ? null : PloverType.at(r.nextInt(16));
      events.add(
          event(
              datasets[r.nextInt(2)],
              LocalDate.of(2018, 1, 1).plusDays(r.nextInt(90)).toString(),
              states[r.nextInt(states.length)],
              states[r.nextInt(states.length)],
              1 + r.nextInt(4),
              weight(r),
              p == null ? null : p.name()));
    }
    return events;
  }

  /** The same counts by plain loops: no tally, Goldstein sums in BigDecimal. */
  private static Map<String, Object[]> bruteForce(List<Event> events, DatePrecision unit) {
    Map<String, Object[]> rows = new TreeMap<>();
    for (Event e : events) {
      if (e.sourceState() == null
          || e.targetState() == null
          || e.sourceState().equals(e.targetState())) {
        continue;
      }
      LocalDate start = unit == DatePrecision.MONTH ? e.date().withDayOfMonth(1) : e.date();
      String key = e.dataset() + " " + e.sourceState() + " " + e.targetState() + " " + start;
      Object[] row =
          rows.computeIfAbsent(key, k -> new Object[] {new long[4], BigDecimal.ZERO, new long[16]});
      ((long[]) row[0])[e.quadClass() - 1]++;
      row[1] = ((BigDecimal) row[1]).add(BigDecimal.valueOf(e.goldstein()));
      if (e.plover() != null) {
        ((long[]) row[2])[PloverType.valueOf(e.plover()).ordinal()]++;
      }
    }
    rows.values().forEach(r -> r[1] = ((BigDecimal) r[1]).setScale(6));
    return rows;
  }

  private static Map<String, Object[]> asRows(List<EventAggregate> aggregates) {
    Map<String, Object[]> rows = new TreeMap<>();
    for (EventAggregate g : aggregates) {
      EventCounts c = g.counts();
      rows.put(
          g.dataset() + " " + g.sourceState() + " " + g.targetState() + " " + g.period(),
          new Object[] {
            new long[] {c.verbalCoop(), c.materialCoop(), c.verbalConflict(), c.materialConflict()},
            BigDecimal.valueOf(c.goldsteinMicros(), 6),
            c.plover()
          });
    }
    return rows;
  }

  @Test
  void anySplitAndMergeOrderGivesTheBruteForceCountsExactly() {
    Random r = new Random(20261202);
    for (int trial = 0; trial < 200; trial++) {
      List<Event> events = randomEvents(r, 1 + r.nextInt(400));
      DatePrecision unit = r.nextBoolean() ? DatePrecision.DAY : DatePrecision.MONTH;
      Map<String, Object[]> expected = bruteForce(events, unit);

      // As a cluster job does: parts counted apart, their tallies merged in any order.
      List<Event> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, r);
      int parts = 1 + r.nextInt(6);
      List<EventAggregation> partial = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partial.add(new EventAggregation(unit));
      }
      for (Event e : shuffled) {
        partial.get(r.nextInt(parts)).add(e);
      }
      Collections.shuffle(partial, r);
      Map<EventAggregation.Key, EventTally> merged = new HashMap<>();
      long withoutDyad = 0;
      for (EventAggregation a : partial) {
        withoutDyad += a.withoutDyad();
        a.tallies().forEach((k, t) -> merged.merge(k, t, EventTally::merge));
      }
      List<EventAggregate> rows = new ArrayList<>();
      merged.forEach((k, t) -> rows.add(EventAggregation.aggregate(k, t, unit, "merged")));

      EventAggregation whole = new EventAggregation(unit);
      events.forEach(whole::add);

      assertThat(asRows(rows)).as("trial %d", trial).usingRecursiveComparison().isEqualTo(expected);
      assertThat(asRows(whole.aggregates("whole")))
          .as("trial %d", trial)
          .usingRecursiveComparison()
          .isEqualTo(expected);
      assertThat(withoutDyad).isEqualTo(whole.withoutDyad());
    }
  }

  @Test
  void goldsteinSumsDoNotDependOnTheOrderOfAdding() {
    // In doubles, 0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ; in millionths they cannot.
    double[] weights = {0.1, 0.2, 0.3, -9.9, 7.4, 2.8};
    EventTally forward = new EventTally();
    EventTally backward = new EventTally();
    for (int i = 0; i < weights.length; i++) {
      forward.add(1, EventCounts.micros(weights[i]), null);
      backward.add(1, EventCounts.micros(weights[weights.length - 1 - i]), null);
    }
    assertThat(forward.counts()).isEqualTo(backward.counts());
    assertThat(forward.counts().goldsteinMicros()).isEqualTo(900_000);
  }
}
