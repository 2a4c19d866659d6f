package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.events.TextEvent;

/**
 * Writes events coded from articles. JSON lines, one event per line: {@code {"doc", "date",
 * "date_to"?, "source", "target", "plover", "cameo", "sentence", "span": [start, end],
 * "confidence", "pattern"}}; the span counts characters of the document as read. A table for
 * people: date, actors, types and the sentence, shortened.
 */
public final class TextEventWriter {

  public static final List<String> TABLE_COLUMNS =
      List.of("doc", "date", "source", "target", "plover", "cameo", "sentence");

  private TextEventWriter() {}

  public static void write(Format format, List<TextEvent> events, OutputStream out) {
    if (format == Format.JSONL || format == Format.JSON) {
      jsonl(events, out, format == Format.JSON);
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (TextEvent e : events) {
      String sentence = e.sentence();
      if (format == Format.TABLE && sentence.codePointCount(0, sentence.length()) > 60) {
        sentence = sentence.substring(0, sentence.offsetByCodePoints(0, 59)) + "…";
      }
      rows.add(
          new String[] {
            e.doc(),
            e.date() + (e.dateTo() == null ? "" : "/" + e.dateTo()),
            e.source(),
            e.target(),
            e.plover() == null ? "" : e.plover(),
            e.cameo(),
            sentence
          });
    }
    Rows.write(format, TABLE_COLUMNS.toArray(String[]::new), List.of(), rows, out);
  }

  private static void jsonl(List<TextEvent> events, OutputStream out, boolean array) {
    try {
      JsonGenerator json = new JsonFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null);
      if (array) {
        json.writeRaw("[\n");
      }
      for (int i = 0; i < events.size(); i++) {
        TextEvent e = events.get(i);
        json.writeStartObject();
        json.writeStringField("doc", e.doc());
        json.writeStringField("date", e.date().toString());
        if (e.dateTo() != null) {
          json.writeStringField("date_to", e.dateTo().toString());
        }
        json.writeStringField("source", e.source());
        json.writeStringField("target", e.target());
        json.writeStringField("plover", e.plover());
        json.writeStringField("cameo", e.cameo());
        json.writeStringField("sentence", e.sentence());
        json.writeArrayFieldStart("span");
        json.writeNumber(e.span().start());
        json.writeNumber(e.span().end());
        json.writeEndArray();
        json.writeNumberField("confidence", e.confidence());
        json.writeStringField("pattern", e.pattern());
        json.writeEndObject();
        json.flush();
        if (!array) {
          json.writeRaw('\n');
        } else if (i < events.size() - 1) {
          json.writeRaw(",\n");
        }
      }
      if (array) {
        json.writeRaw(events.isEmpty() ? "]\n" : "\n]\n");
      }
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
