package org.entente.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.AggregateSeries;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEvidencePeriod;
import org.entente.domain.Event;

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

  /** Columns whose JSON values are numbers. */
  private static final List<String> NUMBERS =
      List.of(
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
          "goldstein");

  private EventWriter() {}

  /** Writes a dyad series. */
  public static void series(Format format, List<DyadEventPeriod> series, OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (DyadEventPeriod p : series) {
      rows.add(
          new String[] {
            p.a(),
            p.b(),
            p.period(),
            Long.toString(p.events()),
            Long.toString(p.verbalCoop()),
            Long.toString(p.materialCoop()),
            Long.toString(p.verbalConflict()),
            Long.toString(p.materialConflict()),
            Decimal.format(p.goldsteinSum()),
            Decimal.format(p.goldsteinMean())
          });
    }
    write(format, SERIES_HEADER.split(","), rows, out);
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
    List<String[]> rows = new ArrayList<>();
    for (DyadEvidencePeriod p : periods) {
      DyadEventPeriod e = p.events();
      AggregateSeries.ScorePeriod s = p.score();
      rows.add(
          new String[] {
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
            s == null ? "" : s.provenance().dataset() + " (" + s.provenance().file() + ")"
          });
    }
    write(format, EVIDENCE_HEADER.split(","), rows, out);
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
