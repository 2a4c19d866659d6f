package org.entente.report;

import java.io.OutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.entente.analyze.AggregateSeries;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEvidencePeriod;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.domain.PloverType;

/**
 * Writes a dyad's event series (CSV columns exactly {@link #SERIES_HEADER}) or the events behind it
 * ({@link #LIST_HEADER}, each with its file and line), as an aligned table, CSV, a JSON array or
 * JSON lines. Counts are integers; Goldstein sums and means are fixed-point decimals.
 *
 * <pre>{@code
 * EventWriter.series(Format.CSV, series, System.out);
 * }</pre>
 */
public final class EventWriter {

  public static final String SERIES_HEADER =
      "a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
          + "goldstein_sum,goldstein_mean";

  public static final String LIST_HEADER =
      "dataset,id,date,source,source_name,target,target_name,cameo,quad_class,goldstein,plover,"
          + "url,evidence,sentence";

  /** The sixteen PLOVER count columns, in {@link PloverType} order: {@code plover_agree,…}. */
  public static final List<String> PLOVER_COLUMNS =
      Arrays.stream(PloverType.values()).map(PloverType::column).toList();

  /**
   * The columns of an aggregated event row, one directed dyad in one period of one dataset: what
   * {@code entente events --all} writes and, the same names and order, the cluster job's Parquet.
   */
  public static final List<String> AGGREGATE_COLUMNS =
      java.util.stream.Stream.concat(
              Stream.of(
                  "dataset",
                  "source",
                  "target",
                  "period",
                  "events",
                  "verbal_coop",
                  "material_coop",
                  "verbal_conflict",
                  "material_conflict",
                  "goldstein_sum"),
              PLOVER_COLUMNS.stream())
          .toList();

  /** Columns whose JSON values are numbers. */
  private static final List<String> NUMBERS =
      Stream.concat(
              PLOVER_COLUMNS.stream(),
              Stream.of(
                  "events",
                  "verbal_coop",
                  "material_coop",
                  "verbal_conflict",
                  "material_conflict",
                  "goldstein_sum",
                  "goldstein_mean",
                  "score_sum",
                  "score_days",
                  "quad_class",
                  "goldstein"))
          .toList();

  private EventWriter() {}

  /** Writes a dyad series. */
  public static void series(Format format, List<DyadEventPeriod> series, OutputStream out) {
    series(format, series, false, out);
  }

  /** Writes a dyad series, with the sixteen PLOVER counts after the series columns if asked. */
  public static void series(
      Format format, List<DyadEventPeriod> series, boolean plover, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (DyadEventPeriod p : series) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  p.a(),
                  p.b(),
                  p.period(),
                  Long.toString(p.events()),
                  Long.toString(p.verbalCoop()),
                  Long.toString(p.materialCoop()),
                  Long.toString(p.verbalConflict()),
                  Long.toString(p.materialConflict()),
                  Decimal.format(p.goldsteinSum()),
                  Decimal.format(p.goldsteinMean())));
      if (plover) {
        addPlover(row, p.counts());
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String> header = new ArrayList<>(List.of(SERIES_HEADER.split(",")));
    if (plover) {
      header.addAll(PLOVER_COLUMNS);
    }
    write(format, header.toArray(String[]::new), rows, out);
  }

  /**
   * Writes aggregated rows ({@link #AGGREGATE_COLUMNS}) in the order given. Goldstein sums are
   * exact: the millionths they are kept in, as a decimal.
   */
  public static void aggregates(Format format, List<EventAggregate> aggregates, OutputStream out) {
    // Each row is built as it is written: the 900,000 rows of events --all over ten million
    // events, held at once as 27 strings each, filled a 2 GB heap.
    List<String[]> rows =
        new AbstractList<>() {
          @Override
          public String[] get(int i) {
            return aggregateRow(aggregates.get(i));
          }

          @Override
          public int size() {
            return aggregates.size();
          }
        };
    write(format, AGGREGATE_COLUMNS.toArray(String[]::new), rows, out);
  }

  private static String[] aggregateRow(EventAggregate g) {
    EventCounts c = g.counts();
    List<String> row = new ArrayList<>(AGGREGATE_COLUMNS.size());
    row.add(g.dataset());
    row.add(g.sourceState());
    row.add(g.targetState());
    row.add(g.period().toString());
    row.add(Long.toString(c.events()));
    row.add(Long.toString(c.verbalCoop()));
    row.add(Long.toString(c.materialCoop()));
    row.add(Long.toString(c.verbalConflict()));
    row.add(Long.toString(c.materialConflict()));
    row.add(micros(c.goldsteinMicros()));
    addPlover(row, c);
    return row.toArray(String[]::new);
  }

  /** Millionths as an exact decimal with six places: {@code -1234500} is {@code -1.234500}. */
  static String micros(long micros) {
    return java.math.BigDecimal.valueOf(micros, 6).toPlainString();
  }

  private static void addPlover(List<String> row, EventCounts c) {
    for (long n : c.plover()) {
      row.add(Long.toString(n));
    }
  }

  /**
   * The series columns followed by {@code score_sum,score_days,score_dataset}: a pair's raw-event
   * counts beside an aggregated score. Count columns are empty for a period with no raw events in
   * the store (unknown, not zero); score columns are empty where no aggregate covers the period.
   */
  public static final String EVIDENCE_HEADER =
      SERIES_HEADER + ",score_sum,score_days,score_dataset";

  /** Writes a pair's event counts beside its aggregated scores, each saying where it comes from. */
  public static void evidence(
      Format format, String a, String b, List<DyadEvidencePeriod> periods, OutputStream out) {
    evidence(format, a, b, periods, false, out);
  }

  /**
   * Writes a pair's event counts beside its aggregated scores, with the sixteen PLOVER counts after
   * the score columns if asked (empty, like the other counts, for a period without events).
   */
  public static void evidence(
      Format format,
      String a,
      String b,
      List<DyadEvidencePeriod> periods,
      boolean plover,
      OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (DyadEvidencePeriod p : periods) {
      DyadEventPeriod e = p.events();
      AggregateSeries.ScorePeriod s = p.score();
      List<String> row =
          new ArrayList<>(
              List.of(
                  a,
                  b,
                  p.period(),
                  e == null ? "" : Long.toString(e.events()),
                  e == null ? "" : Long.toString(e.verbalCoop()),
                  e == null ? "" : Long.toString(e.materialCoop()),
                  e == null ? "" : Long.toString(e.verbalConflict()),
                  e == null ? "" : Long.toString(e.materialConflict()),
                  e == null ? "" : Decimal.format(e.goldsteinSum()),
                  e == null ? "" : Decimal.format(e.goldsteinMean()),
                  s == null ? "" : Decimal.format(s.scoreSum()),
                  s == null ? "" : Integer.toString(s.days()),
                  s == null ? "" : s.provenance().dataset() + " (" + s.provenance().file() + ")"));
      if (plover) {
        if (e == null) {
          PLOVER_COLUMNS.forEach(c -> row.add(""));
        } else {
          addPlover(row, e.counts());
        }
      }
      rows.add(row.toArray(String[]::new));
    }
    List<String> header = new ArrayList<>(List.of(EVIDENCE_HEADER.split(",")));
    if (plover) {
      header.addAll(PLOVER_COLUMNS);
    }
    write(format, header.toArray(String[]::new), rows, out);
  }

  /** Writes events, each with the file and line it was read from. */
  public static void list(Format format, List<Event> events, OutputStream out) {
    list(format, events, java.util.Map.of(), out);
  }

  /**
   * Writes events with the sentence each coded from an article rests on ({@code sentences}, by
   * event id; empty for the other datasets).
   */
  public static void list(
      Format format,
      List<Event> events,
      java.util.Map<String, String> sentences,
      OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (Event e : events) {
      rows.add(
          new String[] {
            e.dataset(),
            e.id(),
            e.date().toString(),
            e.sourceState() == null ? "" : e.sourceState(),
            e.source().name(),
            e.targetState() == null ? "" : e.targetState(),
            e.target().name(),
            e.cameo(),
            Integer.toString(e.quadClass()),
            Decimal.format(e.goldstein()),
            e.plover() == null ? "" : e.plover(),
            e.url(),
            e.file() + ":" + e.line(),
            sentences.getOrDefault(e.id(), "")
          });
    }
    write(format, LIST_HEADER.split(","), rows, out);
  }

  private static void write(Format format, String[] header, List<String[]> rows, OutputStream out) {
    Rows.write(format, header, NUMBERS, rows, out);
  }
}
