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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.TieYear;
import org.entente.analyze.TiesOnDay;
import org.entente.domain.AtopRow;
import org.entente.domain.Obligations;
import org.entente.domain.SanctionsRegime;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;

/**
 * Writes what binds or divides two states as CSV, JSON or JSON lines. By year, CSV columns are
 * {@code a,b,year,defense,offense,neutral,nonagg,consul,joint_vetoes,sanctions} (obligations 0/1,
 * the number of joint vetoes, who sanctions whom as {@code USA>PRK;UN>PRK}) followed by the
 * evidence: {@code basis,obligation_sources,veto_drafts,sanction_programs}. On a day, one row per
 * record in force with its source.
 */
public final class TiesWriter {

  /** The columns the issue asks for, then the evidence behind them. */
  public static final List<String> YEAR_COLUMNS =
      List.of(
          "a",
          "b",
          "year",
          "defense",
          "offense",
          "neutral",
          "nonagg",
          "consul",
          "joint_vetoes",
          "sanctions",
          "basis",
          "obligation_sources",
          "veto_drafts",
          "sanction_programs");

  public static final List<String> DAY_COLUMNS =
      List.of("a", "b", "date", "kind", "record", "detail", "source");

  private TiesWriter() {}

  public static void byYear(Format format, List<TieYear> years, OutputStream out) {
    try {
      switch (format) {
        case CSV -> yearsCsv(years, out);
        case JSON, JSONL -> yearsJson(years, out, format == Format.JSONL);
        case TABLE -> throw new IllegalArgumentException("use TiesTable for tables");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void onDay(Format format, TiesOnDay day, OutputStream out) {
    try {
      switch (format) {
        case CSV -> dayCsv(day, out);
        case JSON, JSONL -> dayJson(day, out, format == Format.JSONL);
        case TABLE -> throw new IllegalArgumentException("use TiesTable for tables");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void yearsCsv(List<TieYear> years, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(YEAR_COLUMNS);
    for (TieYear y : years) {
      Obligations o = y.obligations().obligations();
      List<String> row =
          new ArrayList<>(List.of(y.dyad().a(), y.dyad().b(), Integer.toString(y.year())));
      for (String name : Obligations.NAMES) {
        row.add(o.get(name) ? "1" : "0");
      }
      row.add(Integer.toString(y.jointVetoes().size()));
      row.add(SanctionsRelation.column(y.sanctions()));
      row.add(y.obligations().basis().name().toLowerCase(java.util.Locale.ROOT));
      row.add(String.join(" | ", y.obligations().citations()));
      row.add(y.jointVetoes().stream().map(Veto::draft).collect(Collectors.joining(";")));
      row.add(programs(y.sanctions()));
      csv.writeRecord(row);
    }
    writer.flush();
  }

  /**
   * {@code USA>PRK: DPRK DPRK2; UN>PRK: UN-SC1718; JPN>RUS: jpn-rus-2014 jpn-rus-2022-02}: the
   * lists' programmes, then the ids of the regime records (data/sanctions-regimes/).
   */
  static String programs(List<SanctionsRelation> relations) {
    return relations.stream()
        .map(
            r ->
                r.label()
                    + ": "
                    + String.join(
                        " ",
                        Stream.concat(
                                r.programs().stream(),
                                r.regimes().stream().map(SanctionsRegime::id))
                            .toList()))
        .collect(Collectors.joining("; "));
  }

  /** A regime record as one line: {@code jpn-rus-2022-02 (export-controls; state), instrument}. */
  static String regime(SanctionsRegime r) {
    return r.id()
        + " ("
        + r.kindCodes()
        + "; "
        + r.scope().code()
        + (r.extendsId() == null ? "" : "; widens " + r.extendsId())
        + "), "
        + r.instrument()
        + ", in force "
        + r.start()
        + (r.lifted() == null ? "" : " to " + r.lifted());
  }

  private static void yearsJson(List<TieYear> years, OutputStream out, boolean lines)
      throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (!lines) {
      json.writeRaw("[\n");
    }
    for (int i = 0; i < years.size(); i++) {
      TieYear y = years.get(i);
      json.writeStartObject();
      json.writeStringField("a", y.dyad().a());
      json.writeStringField("b", y.dyad().b());
      json.writeNumberField("year", y.year());
      Obligations o = y.obligations().obligations();
      for (String name : Obligations.NAMES) {
        json.writeNumberField(name, o.get(name) ? 1 : 0);
      }
      json.writeStringField(
          "basis", y.obligations().basis().name().toLowerCase(java.util.Locale.ROOT));
      json.writeArrayFieldStart("obligation_sources");
      for (var evidence : y.obligations().evidence()) {
        json.writeStartObject();
        json.writeStringField("role", evidence.role().name().toLowerCase(java.util.Locale.ROOT));
        record(json, evidence.record());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("joint_vetoes", y.jointVetoes().size());
      json.writeArrayFieldStart("vetoes");
      for (Veto v : y.jointVetoes()) {
        veto(json, v);
      }
      json.writeEndArray();
      json.writeStringField("sanctions", SanctionsRelation.column(y.sanctions()));
      json.writeArrayFieldStart("sanction_relations");
      for (SanctionsRelation r : y.sanctions()) {
        sanction(json, r);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      json.writeRaw(lines ? "\n" : i + 1 < years.size() ? ",\n" : "\n");
    }
    if (!lines) {
      json.writeRaw("]\n");
    }
    json.flush();
  }

  private static void dayCsv(TiesOnDay day, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(DAY_COLUMNS);
    for (List<String> row : dayRows(day)) {
      csv.writeRecord(row);
    }
    writer.flush();
  }

  /** One row per record: kind, what it is, what it says, where it comes from. */
  static List<List<String>> dayRows(TiesOnDay day) {
    List<List<String>> rows = new ArrayList<>();
    String a = day.dyad().a();
    String b = day.dyad().b();
    String date = day.day().toString();
    for (TieRecord r : day.records()) {
      rows.add(List.of(a, b, date, kind(r), name(r), r.obligations().toString(), r.citation()));
    }
    for (Veto v : day.jointVetoes()) {
      rows.add(
          List.of(
              a,
              b,
              date,
              "joint veto",
              v.date() + " " + v.draft(),
              v.topic(),
              v.source().describe()));
    }
    for (SanctionsRelation s : day.sanctions()) {
      if (!s.programs().isEmpty()) {
        rows.add(
            List.of(
                a,
                b,
                date,
                "sanctions",
                s.label(),
                String.join(" ", s.programs()) + ", " + s.designations() + " designation(s)",
                "list of " + s.asOf()));
      }
      for (SanctionsRegime r : s.regimes()) {
        rows.add(
            List.of(
                a,
                b,
                date,
                "sanctions regime",
                s.label() + " " + r.id(),
                regime(r),
                r.source() + " (" + r.file() + ":" + r.line() + ")"));
      }
    }
    return rows;
  }

  static String kind(TieRecord r) {
    return r instanceof TreatyRecord ? "treaty" : "ATOP";
  }

  static String name(TieRecord r) {
    if (r instanceof TreatyRecord t) {
      return t.name() + " (" + t.id() + ")";
    }
    AtopRow row = (AtopRow) r;
    return "ATOP " + row.a() + "→" + row.b() + " " + row.year();
  }

  private static void dayJson(TiesOnDay day, OutputStream out, boolean lines) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (lines) {
      for (List<String> row : dayRows(day)) {
        json.writeStartObject();
        for (int i = 0; i < DAY_COLUMNS.size(); i++) {
          json.writeStringField(DAY_COLUMNS.get(i), row.get(i));
        }
        json.writeEndObject();
        json.flush();
        json.writeRaw("\n");
      }
      json.flush();
      return;
    }
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("a", day.dyad().a());
    json.writeStringField("b", day.dyad().b());
    json.writeStringField("date", day.day().toString());
    json.writeArrayFieldStart("records");
    for (TieRecord r : day.records()) {
      json.writeStartObject();
      record(json, r);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("joint_vetoes");
    for (Veto v : day.jointVetoes()) {
      veto(json, v);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sanctions");
    for (SanctionsRelation s : day.sanctions()) {
      sanction(json, s);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private static void record(JsonGenerator json, TieRecord r) throws IOException {
    json.writeStringField("kind", kind(r));
    json.writeStringField("record", name(r));
    json.writeStringField("obligations", r.obligations().toString());
    json.writeStringField("file", r.file());
    json.writeNumberField("line", r.line());
    json.writeStringField("citation", r.citation());
  }

  private static void veto(JsonGenerator json, Veto v) throws IOException {
    json.writeStartObject();
    json.writeStringField("date", v.date().toString());
    json.writeStringField("draft", v.draft());
    json.writeStringField("topic", v.topic());
    json.writeStringField("members", String.join(";", v.members()));
    json.writeStringField("source", v.source().describe());
    json.writeEndObject();
  }

  private static void sanction(JsonGenerator json, SanctionsRelation s) throws IOException {
    json.writeStartObject();
    json.writeStringField("relation", s.label());
    json.writeArrayFieldStart("programs");
    for (String p : s.programs()) {
      json.writeString(p);
    }
    json.writeEndArray();
    json.writeNumberField("designations", s.designations());
    json.writeNumberField("undated", s.undated());
    if (s.asOf() == null) {
      json.writeNullField("list_as_of");
    } else {
      json.writeStringField("list_as_of", s.asOf().toString());
    }
    json.writeBooleanField("against_state", s.againstState());
    json.writeBooleanField("countermeasure", s.countermeasure());
    json.writeArrayFieldStart("regimes");
    for (SanctionsRegime r : s.regimes()) {
      regime(json, r);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A regime record with its citation and where it was read. */
  static void regime(JsonGenerator json, SanctionsRegime r) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", r.id());
    json.writeStringField("authority", r.authority());
    json.writeStringField("targets", String.join(";", r.targets()));
    json.writeStringField("kind", r.kindCodes());
    json.writeStringField("scope", r.scope().code());
    json.writeStringField("extends", r.extendsId());
    json.writeStringField("instrument", r.instrument());
    json.writeStringField("adopted", r.adopted().toString());
    json.writeStringField("in_force", r.inForce() == null ? null : r.inForce().toString());
    json.writeStringField("lifted", r.lifted() == null ? null : r.lifted().toString());
    json.writeStringField("source", r.source());
    json.writeStringField("note", r.note());
    json.writeStringField("file", r.file());
    json.writeNumberField("line", r.line());
    json.writeEndObject();
  }
}
