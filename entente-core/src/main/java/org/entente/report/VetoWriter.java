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
import org.entente.domain.Veto;

/**
 * Writes Security Council vetoes, one per row: CSV with columns exactly {@code
 * date,draft,topic,members,source} (ISO 8601 dates, members as ISO-3 codes joined by {@code ;} in
 * alphabetical order, the source as {@code file:line} followed by {@code ; citation} for records
 * added by hand), or a JSON array or JSON lines with those fields and the meeting record, agenda
 * item, members as an array, and the source's file, line and citation apart.
 *
 * <pre>{@code
 * VetoWriter.write(Format.CSV, vetoes, System.out);
 * }</pre>
 */
public final class VetoWriter {

  public static final String CSV_HEADER = "date,draft,topic,members,source";

  private VetoWriter() {}

  /** Writes {@code vetoes} in a machine-readable format (not {@link Format#TABLE}). */
  public static void write(Format format, List<Veto> vetoes, OutputStream out) {
    try {
      switch (format) {
        case CSV -> csv(vetoes, out);
        case JSON, JSONL -> json(vetoes, out, format == Format.JSONL);
        case TABLE -> throw new IllegalArgumentException("use VetoTable for tables");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(List<Veto> vetoes, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(CSV_HEADER.split(","));
    for (Veto v : vetoes) {
      csv.writeRecord(
          v.date().toString(),
          v.draft(),
          v.topic(),
          String.join(";", v.members()),
          v.source().describe());
    }
    writer.flush();
  }

  private static void json(List<Veto> vetoes, OutputStream out, boolean lines) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    if (!lines) {
      json.writeRaw("[\n");
    }
    for (int i = 0; i < vetoes.size(); i++) {
      Veto v = vetoes.get(i);
      json.writeStartObject();
      json.writeStringField("date", v.date().toString());
      json.writeStringField("draft", v.draft());
      json.writeStringField("meeting_record", v.meetingRecord());
      json.writeStringField("agenda_item", v.agendaItem());
      json.writeStringField("topic", v.topic());
      json.writeArrayFieldStart("members");
      for (String m : v.members()) {
        json.writeString(m);
      }
      json.writeEndArray();
      json.writeStringField("source", v.source().describe());
      json.writeStringField("source_file", v.source().file());
      json.writeNumberField("source_line", v.source().line());
      json.writeStringField("citation", v.source().citation());
      json.writeEndObject();
      json.flush();
      if (lines) {
        json.writeRaw('\n');
      } else if (i < vetoes.size() - 1) {
        json.writeRaw(",\n");
      }
    }
    if (!lines) {
      json.writeRaw(vetoes.isEmpty() ? "]\n" : "\n]\n");
    }
    json.flush();
  }
}
