package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.IdealPoint;

/**
 * Writes ideal points, one state-year per row: CSV with columns exactly {@code
 * country,year,idealpoint,se} (twelve decimals), a JSON array or JSON lines with the same fields,
 * or a table for a terminal that also shows the votes behind each value.
 *
 * <pre>{@code
 * IdealPointWriter.write(Format.CSV, estimate.points(), System.out);
 * }</pre>
 */
public final class IdealPointWriter {

  public static final String CSV_HEADER = "country,year,idealpoint,se";

  private IdealPointWriter() {}

  /** Writes {@code points} in any format; the table gets {@code notes} under it. */
  public static void write(
      Format format, List<IdealPoint> points, List<String> notes, OutputStream out) {
    try {
      switch (format) {
        case CSV -> csv(points, out);
        case JSON, JSONL -> json(points, out, format == Format.JSONL);
        case TABLE -> table(points, notes, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(List<IdealPoint> points, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(64);
    writer.write(CSV_HEADER);
    writer.write('\n');
    for (IdealPoint p : points) {
      sb.setLength(0);
      sb.append(p.country()).append(',').append(p.year()).append(',');
      Decimal.append(sb, p.idealPoint());
      sb.append(',');
      Decimal.append(sb, p.se());
      writer.append(sb).write('\n');
    }
    writer.flush();
  }

  /** JSON through the shared row writer: year a number, the estimates fixed-point numbers. */
  private static void json(List<IdealPoint> points, OutputStream out, boolean lines) {
    List<String[]> rows = new java.util.ArrayList<>();
    for (IdealPoint p : points) {
      rows.add(
          new String[] {
            p.country(),
            Integer.toString(p.year()),
            Decimal.format(p.idealPoint()),
            Decimal.format(p.se())
          });
    }
    Rows.write(
        lines ? Format.JSONL : Format.JSON,
        new String[] {"country", "year", "idealpoint", "se"},
        List.of("year", "idealpoint", "se"),
        rows,
        out);
  }

  private static void table(List<IdealPoint> points, List<String> notes, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(
        String.format(
            Locale.ROOT,
            "%-7s %4s %10s %7s %5s%n",
            "country",
            "year",
            "idealpoint",
            "se",
            "votes"));
    for (IdealPoint p : points) {
      writer.write(
          TerminalText.inert(
              String.format(
                  Locale.ROOT,
                  "%-7s %4d %10.3f %7.3f %5d%n",
                  p.country(),
                  p.year(),
                  p.idealPoint(),
                  p.se(),
                  p.votes())));
    }
    if (!notes.isEmpty()) {
      writer.write('\n');
      for (String note : notes) {
        writer.write(TerminalText.inert(note));
        writer.write('\n');
      }
    }
    writer.flush();
  }
}
