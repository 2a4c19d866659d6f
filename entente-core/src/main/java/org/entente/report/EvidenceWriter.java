package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.entente.analyze.AlignmentEvidence;
import org.entente.domain.Issue;
import org.entente.store.VoteQueries.VoteSource;

/**
 * Writes the evidence of one alignment value as CSV or JSON: every counted roll call with both
 * votes and the source file and line of each, and where the UN's record gives them its meeting
 * record, draft and agenda item (JSON also the agenda item's name and the UNBIS subjects). JSON
 * wraps the roll calls in an object with {@code a, b, period, n}; JSON lines has only the roll
 * calls, one object per line.
 */
public final class EvidenceWriter {

  private EvidenceWriter() {}

  public static void write(Format format, AlignmentEvidence evidence, OutputStream out) {
    try {
      switch (format) {
        case CSV -> csv(evidence, out);
        case JSON, JSONL -> json(evidence, out, format == Format.JSONL);
        case TABLE -> throw new IllegalArgumentException("use AlignmentTable for tables");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(AlignmentEvidence evidence, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv =
        CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(writer);
    String a = evidence.value().a();
    String b = evidence.value().b();
    csv.writeRecord(
        "rcid",
        "date",
        "session",
        "resolution",
        "title",
        "issues",
        "vote_" + a,
        "vote_" + b,
        "source_" + a,
        "source_" + b,
        "meeting_record",
        "draft",
        "agenda_item");
    for (AlignmentEvidence.Item item : evidence.rollCalls()) {
      var rc = item.rollCall();
      csv.writeRecord(
          Integer.toString(rc.rcid()),
          rc.date().toString(),
          Integer.toString(rc.session()),
          rc.resolution(),
          rc.title(),
          issues(rc.issues()),
          item.a().label(),
          item.b().label(),
          where(item.sourceA()),
          where(item.sourceB()),
          item.record() == null ? "" : item.record().meetingRecord(),
          item.record() == null ? "" : item.record().draft(),
          item.record() == null ? "" : item.record().agendaItem());
    }
    writer.flush();
  }

  private static void json(AlignmentEvidence evidence, OutputStream out, boolean lines)
      throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null); // Jackson's default, a space, would start every line but one
    String a = evidence.value().a();
    String b = evidence.value().b();
    if (!lines) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("a", a);
      json.writeStringField("b", b);
      json.writeNumberField("period", evidence.value().period());
      json.writeNumberField("n", evidence.value().alignment().n());
      json.writeArrayFieldStart("roll_calls");
    }
    for (AlignmentEvidence.Item item : evidence.rollCalls()) {
      var rc = item.rollCall();
      json.writeStartObject();
      json.writeNumberField("rcid", rc.rcid());
      json.writeStringField("date", rc.date().toString());
      json.writeNumberField("session", rc.session());
      json.writeStringField("resolution", rc.resolution());
      json.writeStringField("title", rc.title());
      json.writeStringField("issues", issues(rc.issues()));
      json.writeStringField("vote_" + a, item.a().label());
      json.writeStringField("vote_" + b, item.b().label());
      json.writeStringField("source_" + a, where(item.sourceA()));
      json.writeStringField("source_" + b, where(item.sourceB()));
      if (item.record() != null) {
        json.writeStringField("meeting_record", item.record().meetingRecord());
        json.writeStringField("draft", item.record().draft());
        json.writeStringField("agenda_item", item.record().agendaItem());
        json.writeStringField("agenda_item_name", item.record().agendaItemName());
        json.writeArrayFieldStart("subjects");
        for (String subject : item.record().subjects()) {
          json.writeString(subject);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      if (lines) {
        json.writeRaw('\n');
      }
    }
    if (!lines) {
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    json.flush();
  }

  private static String issues(java.util.Set<Issue> issues) {
    return issues.stream()
        .map(Issue::code)
        .sorted()
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static String where(VoteSource source) {
    return source == null ? "" : source.file() + ":" + source.line();
  }
}
