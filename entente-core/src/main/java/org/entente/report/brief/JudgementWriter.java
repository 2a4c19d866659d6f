package org.entente.report.brief;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.entente.analyze.judgement.Evidence;
import org.entente.analyze.judgement.Judgement;
import org.entente.analyze.judgement.Statement;
import org.entente.report.EvidenceEnds;

/**
 * A judgement as JSON for the web pages: each statement's kind, its sentence in the language asked
 * (the briefing's own words, {@link JudgementText}) and the evidence it rests on.
 *
 * <pre>{@code
 * {"states":["CHN","RUS","PRK"],"window_from":2022,"to":2026,"lang":"en","statements":[
 *   {"kind":"trend","part":"opening","text":"China–Russia: amity in 2026 …",
 *    "evidence":[{"kind":"relation","a":"CHN","b":"RUS","year":2022}, …]}, …]}
 * }</pre>
 */
public final class JudgementWriter {

  private JudgementWriter() {}

  /**
   * Writes the judgement's statements in {@code language}, then where the evidence ends ({@code
   * evidence_ends}: the briefing's sentence, empty when no year shown is past an end).
   */
  public static void json(
      Judgement j, BriefingLanguage language, EvidenceEnds ends, OutputStream out)
      throws IOException {
    JudgementText words = new JudgementText(language, e -> List.of());
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // One field a line: a short answer, and its golden files read as a diff when words change.
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeArrayFieldStart("states");
      for (String s : j.states()) {
        json.writeString(s);
      }
      json.writeEndArray();
      json.writeNumberField("window_from", j.windowFrom());
      json.writeNumberField("to", j.toYear());
      json.writeStringField("lang", language.key());
      json.writeArrayFieldStart("statements");
      write(json, "opening", j.opening(), j, words);
      write(json, "details", j.details(), j, words);
      write(json, "caveats", j.caveats(), j, words);
      json.writeEndArray();
      json.writeStringField("method", words.method());
      json.writeStringField("evidence_ends", ends.sentence(j.toYear(), language));
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void write(
      JsonGenerator json, String part, List<Statement> statements, Judgement j, JudgementText words)
      throws IOException {
    for (Statement s : statements) {
      json.writeStartObject();
      json.writeStringField("kind", s.kind());
      json.writeStringField("part", part);
      json.writeStringField("text", words.text(s, j));
      json.writeArrayFieldStart("evidence");
      for (Evidence e : s.evidence()) {
        json.writeStartObject();
        if (e instanceof Evidence.Relation r) {
          json.writeStringField("kind", "relation");
          pair(json, r.pair().a(), r.pair().b(), r.year());
        } else if (e instanceof Evidence.Obligation o) {
          json.writeStringField("kind", "obligation");
          pair(json, o.pair().a(), o.pair().b(), o.year());
        } else {
          Evidence.Change c = (Evidence.Change) e;
          json.writeStringField("kind", "turning_point");
          json.writeStringField("a", c.pair().a());
          json.writeStringField("b", c.pair().b());
          json.writeStringField("date", c.change().date());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void pair(JsonGenerator json, String a, String b, int year) throws IOException {
    json.writeStringField("a", a);
    json.writeStringField("b", b);
    json.writeNumberField("year", year);
  }
}
