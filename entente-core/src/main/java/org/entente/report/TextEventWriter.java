package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.UnknownActors;
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

  /**
   * Each event with how it was coded ({@code extract --explain}): where it stands, what it says,
   * the rule or model that produced it with its confidence, the words that triggered it, and its
   * sentence in full.
   */
  public static void explain(List<TextEvent> events, String documentText, PrintStream out) {
    for (TextEvent e : events) {
      String trigger =
          e.span().end() <= documentText.length()
              ? documentText.substring(e.span().start(), e.span().end())
              : "";
      out.printf(
          "%s:%d  %s%s  %s → %s  %s (CAMEO %s)%n",
          e.doc(),
          e.line(),
          e.date(),
          e.dateTo() == null ? "" : "/" + e.dateTo(),
          e.source(),
          e.target(),
          e.plover(),
          e.cameo());
      out.printf(
          "  rule: %s (confidence %.2f); trigger: \"%s\" at characters %d–%d%n",
          e.pattern(), e.confidence(), trigger, e.span().start(), e.span().end());
      out.printf("  sentence: %s%n%n", e.sentence().replace('\n', ' '));
    }
    if (events.isEmpty()) {
      out.println("No events coded.");
    }
  }

  /** The names that looked like officials but resolved to no actor ({@code --unknown-actors}). */
  public static void unknownActors(
      Format format,
      String doc,
      String documentText,
      List<UnknownActors.Unknown> unknown,
      OutputStream out) {
    List<String[]> rows = new ArrayList<>();
    for (UnknownActors.Unknown u : unknown) {
      String sentence = u.sentence();
      if (format == Format.TABLE && sentence.codePointCount(0, sentence.length()) > 60) {
        sentence = sentence.substring(0, sentence.offsetByCodePoints(0, 59)) + "…";
      }
      rows.add(
          new String[] {
            doc,
            Integer.toString(line(documentText, u.span().start())),
            u.name(),
            u.title(),
            sentence
          });
    }
    Rows.write(
        format, new String[] {"doc", "line", "name", "title", "sentence"}, List.of(), rows, out);
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
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
