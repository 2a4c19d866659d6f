package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.Fixtures;
import org.entente.analyze.EventAggregation;
import org.entente.domain.DatePrecision;
import org.entente.domain.EventAggregate;
import org.entente.ingest.GdeltGenerator;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventQueries#forEachDyadTotal}, DuckDB's one aggregation behind {@code events --all},
 * against the Java aggregation of every event read back one by one ({@link
 * EventQueries#forEachEvent} into {@link EventAggregation}, what the cluster job runs): the same
 * rows in the same order, by day and by month, whole and within dates.
 */
class DyadTotalsTest {

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void load() throws Exception {
    store = Store.open(dir.resolve("totals.duckdb"), "1GB");
    Path generated = dir.resolve("generated.export.CSV");
    new GdeltGenerator(Fixtures.path("events/20150218230000.export.CSV"), 3)
        .write(60_000, generated);
    new EventImport(store)
        .run(
            List.of(
                generated,
                Fixtures.path("events/20150218230000.export.CSV"),
                Fixtures.path("events/events.2018.sample.tab")),
            "auto",
            false,
            EventImport.UNLIMITED,
            null,
            Progress.NONE);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void byDayAndMonthTheQueryGivesTheRowsOfTheJavaAggregation() {
    for (DatePrecision unit : List.of(DatePrecision.DAY, DatePrecision.MONTH)) {
      List<EventAggregate> sql = totals(unit, null, null);
      assertThat(sql).hasSizeGreaterThan(1000).isEqualTo(javaTotals(unit, null, null));
    }
  }

  @Test
  void withinDatesTheQueryGivesTheRowsOfTheJavaAggregation() {
    LocalDate first = LocalDate.of(2016, 3, 15);
    LocalDate last = LocalDate.of(2019, 7, 31);
    List<EventAggregate> sql = totals(DatePrecision.DAY, first, last);
    assertThat(sql).isNotEmpty().isEqualTo(javaTotals(DatePrecision.DAY, first, last));
    assertThat(sql).allMatch(a -> !a.period().isBefore(first) && !a.period().isAfter(last));
  }

  /** The query's rows as they come: {@code events --all} writes them so, without sorting. */
  private List<EventAggregate> totals(DatePrecision unit, LocalDate first, LocalDate last) {
    List<EventAggregate> rows = new ArrayList<>();
    new EventQueries(store).forEachDyadTotal(unit, first, last, rows::add);
    return rows;
  }

  private List<EventAggregate> javaTotals(DatePrecision unit, LocalDate first, LocalDate last) {
    EventAggregation aggregation = new EventAggregation(unit);
    new EventQueries(store)
        .forEachEvent(
            e -> {
              if ((first == null || !e.date().isBefore(first))
                  && (last == null || !e.date().isAfter(last))) {
                aggregation.add(e);
              }
            });
    return aggregation.aggregates(store.file().toString());
  }
}
