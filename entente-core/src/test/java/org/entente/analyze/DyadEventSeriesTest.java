package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;
import org.junit.jupiter.api.Test;

/** Hand-counted cases: five events around a new year, one of another pair. */
public class DyadEventSeriesTest {
  /** A period without PLOVER types, its Goldstein sum in points. */
  public static DyadEventPeriod period(
      String a, String b, String label, long q1, long q2, long q3, long q4, double goldsteinSum) {
    return new DyadEventPeriod(
        a,
        b,
        label,
        new org.entente.domain.EventCounts(
            q1, q2, q3, q4, org.entente.domain.EventCounts.micros(goldsteinSum), new long[16]));
  }

  private static Event event(String day, String from, String to, String code, int quad, double g) {
    return new Event(
        "gdelt2",
        day + from + to + code,
        LocalDate.parse(day),
        DatePrecision.DAY,
        new EventActor(from, from, ""),
        new EventActor(to, to, ""),
        code,
        code.substring(0, 2),
        quad,
        g,
        null,
        "",
        EventPlace.NONE,
        "",
        "test",
        1);
  }

  private static final List<Event> EVENTS =
      List.of(
          event("2018-12-30", "USA", "PRK", "042", 1, 1.9),
          event("2018-12-31", "PRK", "USA", "112", 3, -2.0),
          event("2018-12-31", "USA", "PRK", "190", 4, -10.0),
          event("2019-01-02", "USA", "PRK", "070", 2, 7.0),
          event("2019-01-02", "USA", "CHN", "042", 1, 1.9));

  @Test
  void periodsAreLabelledByDayIsoWeekMonthAndYear() {
    LocalDate d = LocalDate.of(2018, 12, 31);
    assertThat(EventPeriod.DAY.label(d)).isEqualTo("2018-12-31");
    assertThat(EventPeriod.WEEK.label(d)).isEqualTo("2019-W01");
    assertThat(EventPeriod.WEEK.label(LocalDate.of(2018, 6, 1))).isEqualTo("2018-W22");
    assertThat(EventPeriod.MONTH.label(d)).isEqualTo("2018-12");
    assertThat(EventPeriod.YEAR.label(d)).isEqualTo("2018");
  }

  @Test
  void undirectedCountsBothWaysByIsoWeek() {
    List<DyadEventPeriod> s = DyadEventSeries.of("PRK", "USA", EventPeriod.WEEK, false, EVENTS);
    assertThat(s)
        .containsExactly(
            period("PRK", "USA", "2018-W52", 1, 0, 0, 0, 1.9),
            period("PRK", "USA", "2019-W01", 0, 1, 1, 1, -5.0));
    assertThat(s.get(1).goldsteinMean()).isEqualTo(-5.0 / 3);
  }

  @Test
  void directedCountsOnlyFromAToBByYear() {
    assertThat(DyadEventSeries.of("USA", "PRK", EventPeriod.YEAR, true, EVENTS))
        .containsExactly(
            period("USA", "PRK", "2018", 1, 0, 0, 1, 1.9 - 10.0),
            period("USA", "PRK", "2019", 0, 1, 0, 0, 7.0));
    assertThat(DyadEventSeries.of("PRK", "USA", EventPeriod.MONTH, true, EVENTS))
        .containsExactly(period("PRK", "USA", "2018-12", 0, 0, 1, 0, -2.0));
  }
}
