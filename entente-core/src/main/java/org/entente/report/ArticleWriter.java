package org.entente.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.entente.domain.ArticleSentence;
import org.entente.store.TextQueries;

/**
 * Writes a stored article as JSON: its sentences in order, each with the events coded from it (id,
 * date, source and target states, CAMEO code), and the sentence asked for ({@code marked}), so a
 * page can show an event's words in their context.
 */
public final class ArticleWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private ArticleWriter() {}

  /**
   * @param marked the sentence to point at, or -1
   */
  public static void json(TextQueries.Article article, int marked, OutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("source_id", article.sourceId());
      g.writeStringField("document", article.document());
      if (marked >= 0) {
        g.writeNumberField("marked", marked);
      } else {
        g.writeNullField("marked");
      }
      g.writeArrayFieldStart("sentences");
      for (ArticleSentence s : article.sentences()) {
        g.writeStartObject();
        g.writeNumberField("n", s.n());
        g.writeStringField("language", s.language());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeArrayFieldStart("events");
        for (TextQueries.CodedEvent e : article.events().getOrDefault(s.n(), List.of())) {
          g.writeStartObject();
          g.writeStringField("id", e.id());
          g.writeStringField("date", e.date());
          g.writeStringField("source", e.source());
          g.writeStringField("target", e.target());
          g.writeStringField("cameo", e.cameo());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
