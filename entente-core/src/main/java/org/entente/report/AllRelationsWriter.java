package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.analyze.Estimate;
import org.entente.analyze.measure.RelationFit;
import org.entente.store.RelationFits;

/**
 * Writes the stored relation of every pair and year ({@code relation --all}): both dimensions with
 * their 80 % intervals, the sign and the sources behind each year, one row per dyad-year. CSV and
 * JSON lines are streamed as they are read (about 700,000 rows since 1992); the table and JSON
 * array are built in memory.
 */
public final class AllRelationsWriter implements AutoCloseable {

  /** The columns, in order. */
  public static final String[] HEADER = {
    "a",
    "b",
    "period",
    "index",
    "index_lo",
    "index_hi",
    "sign",
    "alignment",
    "alignment_lo",
    "alignment_hi",
    "basis"
  };

  private static final Set<String> NUMBERS =
      Set.of("index", "index_lo", "index_hi", "alignment", "alignment_lo", "alignment_hi");

  private final Format format;
  private final OutputStream out;
  private final Writer writer;
  private final List<String[]> kept = new ArrayList<>();
  private final StringBuilder line = new StringBuilder(160);

  public AllRelationsWriter(Format format, OutputStream out) {
    this.format = format;
    this.out = out;
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format == Format.CSV) {
      write(String.join(",", HEADER) + "\n");
    }
  }

  /** Adds one dyad-year. */
  public void add(RelationFits.Row row) {
    Estimate relations = estimate(row.relationsMean(), row.relationsSd());
    Estimate alignment = estimate(row.alignmentMean(), row.alignmentSd());
    String[] cells = {
      row.a(),
      row.b(),
      Integer.toString(row.year()),
      number(relations.mean()),
      number(relations.lo()),
      number(relations.hi()),
      relations.sign().symbol(),
      number(alignment.mean()),
      number(alignment.lo()),
      number(alignment.hi()),
      String.join("+", RelationFit.sources(row.basis()))
    };
    switch (format) {
      case CSV -> {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
          line.append(i == 0 ? "" : ",").append(cells[i]);
        }
        write(line.append('\n').toString());
      }
      case JSONL -> {
        try {
          writer.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        Rows.write(Format.JSONL, HEADER, NUMBERS, List.<String[]>of(cells), out);
      }
      case TABLE, JSON -> kept.add(cells);
    }
  }

  @Override
  public void close() {
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (format == Format.TABLE || format == Format.JSON) {
      Rows.write(format, HEADER, NUMBERS, kept, out);
    }
  }

  private void write(String s) {
    try {
      writer.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Estimate estimate(double mean, double sd) {
    return Double.isNaN(mean) || Double.isNaN(sd) ? Estimate.UNKNOWN : new Estimate(mean, sd);
  }

  /** Four decimals, empty when unknown: a cell per value without String.format's cost. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    long scaled = Math.round(Math.abs(value) * 10_000);
    String digits = Long.toString(scaled / 10_000) + "." + (10_000 + scaled % 10_000);
    // 10_000 + remainder keeps the leading zeros: "1" + "0042" → drop the "1"
    digits =
        digits.substring(0, digits.indexOf('.') + 1) + digits.substring(digits.indexOf('.') + 2);
    return (value < 0 && scaled != 0 ? "-" : "") + digits;
  }
}
