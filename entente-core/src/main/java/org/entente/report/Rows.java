package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table of strings in every output format: CSV, JSON (an array of objects), JSON lines, or
 * an aligned text table. One piece for the writers whose rows are flat.
 */
public final class Rows {

  private Rows() {}

  /**
   * Writes {@code rows} under {@code header}; a column named in {@code numbers} is a JSON number,
   * or null where the cell is empty (not known, never 0).
   */
  public static void write(
      Format format,
      String[] header,
      java.util.Collection<String> numbers,
      List<String[]> rows,
      OutputStream out) {
    try {
      switch (format) {
        case CSV -> csv(header, rows, out);
        case JSON, JSONL -> json(header, numbers, rows, out, format == Format.JSONL);
        case TABLE -> table(header, rows, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(String[] header, List<String[]> rows, OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(header);
    for (String[] r : rows) {
      csv.writeRecord(r);
    }
    writer.flush();
  }

  private static void json(
      String[] header,
      java.util.Collection<String> numbers,
      List<String[]> rows,
      OutputStream out,
      boolean lines)
      throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    if (!lines) {
      json.writeRaw("[\n");
    }
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      json.writeStartObject();
      for (int c = 0; c < header.length; c++) {
        if (numbers.contains(header[c]) && r[c].isEmpty()) {
          json.writeNullField(header[c]); // not known for this period
        } else if (numbers.contains(header[c])) {
          json.writeFieldName(header[c]);
          json.writeNumber(r[c]);
        } else {
          json.writeStringField(header[c], r[c]);
        }
      }
      json.writeEndObject();
      json.flush();
      if (lines) {
        json.writeRaw('\n');
      } else if (i < rows.size() - 1) {
        json.writeRaw(",\n");
      }
    }
    if (!lines) {
      json.writeRaw(rows.isEmpty() ? "]\n" : "\n]\n");
    }
    json.flush();
  }

  private static void table(String[] header, List<String[]> rows, OutputStream out)
      throws IOException {
    int[] width = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      width[c] = header[c].length();
      for (String[] r : rows) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (String[] r : rows) {
      line(sb, r, width);
    }
    TerminalText.write(sb, out);
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append("  ");
      }
      sb.append(cells[c]);
      if (c < cells.length - 1) {
        sb.append(" ".repeat(width[c] - cells[c].length()));
      }
    }
    sb.append('\n');
  }
}
