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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.analyze.NameMatch;
import org.entente.analyze.SanctionsCatalog.Designated;
import org.entente.analyze.SanctionsCatalog.ProgramCount;
import org.entente.code.SanctionsProgram;
import org.entente.domain.SanctionsRegime;
import org.entente.store.SanctionsQueries;
import org.entente.store.SanctionsQueries.Entry;

/**
 * Writes what the {@code sanctions} commands list — programmes, designated entries, name matches —
 * as a terminal table, CSV, a JSON array or JSON lines. Every row names its list entry or programme
 * so that it can be checked at the source: entries carry the file and line (and XML element) they
 * were read from.
 *
 * <p>CSV columns: programmes {@value #PROGRAMS_HEADER}; entries {@value #ENTRIES_HEADER}; matches
 * exactly {@value #MATCHES_HEADER}. Several values in one field are separated by {@code ;}. JSON
 * has the same fields ({@code null} for an empty date or number) and, for matches, also the name or
 * alias that matched and the entry's source.
 */
public final class SanctionsWriter {

  public static final String PROGRAMS_HEADER =
      "program,list,code,authority,target,since,ended,entries,title,source";

  public static final String ENTRIES_HEADER =
      "list,entry_id,type,name,programs,authorities,targets,listed_on,nationalities,imo,source";

  public static final String MATCHES_HEADER = "score,name,list,program,type,listed_on,entry_id";

  private SanctionsWriter() {}

  /** One output field: its name, its text for CSV and tables, its value for JSON. */
  private record Cell(String name, String text, Object json) {
    static Cell text(String name, String value) {
      return new Cell(
          name, value == null ? "" : value, value == null || value.isEmpty() ? null : value);
    }

    static Cell number(String name, int value) {
      return new Cell(name, Integer.toString(value), value);
    }

    static Cell date(String name, LocalDate value) {
      return new Cell(
          name, value == null ? "" : value.toString(), value == null ? null : value.toString());
    }
  }

  /** The programmes, with their entry counts. */
  public static void programs(
      Format format, List<ProgramCount> programs, List<String> notes, OutputStream out) {
    programs(format, programs, List.of(), notes, out);
  }

  /**
   * The programmes of the lists, with their entry counts, then the records of the regime table as
   * programmes of list {@code REGIMES}: the id as programme and code, the targets {@code
   * ;}-separated, the day it began and was lifted, the instrument with its kinds and scope as
   * title, and its citation; a regime record has no entries of its own.
   */
  public static void programs(
      Format format,
      List<ProgramCount> programs,
      List<SanctionsRegime> regimes,
      List<String> notes,
      OutputStream out) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ProgramCount pc : programs) {
      SanctionsProgram p = pc.program();
      rows.add(
          List.of(
              Cell.text("program", p.program()),
              Cell.text("list", p.list().name()),
              Cell.text("code", p.code()),
              Cell.text("authority", p.authority()),
              Cell.text("target", p.target()),
              Cell.date("since", p.since()),
              Cell.date("ended", p.ended()),
              Cell.number("entries", pc.entries()),
              Cell.text("title", p.title()),
              Cell.text("source", p.source())));
    }
    for (SanctionsRegime r : regimes) {
      rows.add(
          List.of(
              Cell.text("program", r.id()),
              Cell.text("list", "REGIMES"),
              Cell.text("code", r.id()),
              Cell.text("authority", r.authority()),
              Cell.text("target", String.join(";", r.targets())),
              Cell.text("since", r.start().toString()),
              Cell.text("ended", r.lifted() == null ? null : r.lifted().toString()),
              Cell.text("entries", null),
              Cell.text(
                  "title", r.instrument() + " [" + r.kindCodes() + "; " + r.scope().code() + "]"),
              Cell.text("source", r.source())));
    }
    write(
        format,
        rows,
        out,
        List.of("program", "list", "authority", "target", "since", "ended", "entries", "title"),
        notes);
  }

  /** Designated entries with their programmes and where each was read. */
  public static void entries(
      Format format, List<Designated> entries, List<String> notes, OutputStream out) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Designated d : entries) {
      Entry e = d.entry();
      rows.add(
          List.of(
              Cell.text("list", e.list().name()),
              Cell.text("entry_id", e.entryId()),
              Cell.text("type", e.type()),
              Cell.text("name", e.name()),
              Cell.text("programs", programs(d)),
              Cell.text("authorities", String.join(";", d.authorities())),
              Cell.text("targets", String.join(";", d.targets())),
              Cell.date("listed_on", e.listedOn()),
              Cell.text("nationalities", String.join(";", e.nationalities())),
              Cell.text("imo", e.imo()),
              Cell.text("source", e.source())));
    }
    write(
        format,
        rows,
        out,
        List.of("list", "entry_id", "type", "listed_on", "name", "programs"),
        notes);
  }

  /** Name matches, best first, each with its list entry. */
  public static void matches(
      Format format, List<NameMatch> matches, List<String> notes, OutputStream out) {
    List<List<Cell>> rows = new ArrayList<>();
    for (NameMatch m : matches) {
      Entry e = m.designated().entry();
      String score = String.format(Locale.ROOT, "%.3f", m.score());
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  new Cell("score", score, Double.valueOf(score)),
                  Cell.text("name", e.name()),
                  Cell.text("list", e.list().name()),
                  Cell.text("program", programs(m.designated())),
                  Cell.text("type", e.type()),
                  Cell.date("listed_on", e.listedOn()),
                  Cell.text("entry_id", e.entryId())));
      if (format != Format.CSV) {
        row.add(Cell.text("matched", m.matched()));
        row.add(Cell.text("matched_kind", m.kind()));
        row.add(Cell.text("source", e.source()));
      }
      rows.add(row);
    }
    write(
        format,
        rows,
        out,
        List.of("score", "name", "matched", "list", "program", "type", "listed_on", "entry_id"),
        notes);
  }

  private static String programs(Designated d) {
    return d.programs().stream().map(SanctionsProgram::program).collect(Collectors.joining(";"));
  }

  /**
   * What a table's reader must know about the lists behind it: {@code Lists: UN Security Council
   * consolidated list of 2026-02-27; OFAC SDN list of 2024-05-03. Snapshots: …}.
   */
  public static List<String> snapshotNote(List<SanctionsQueries.Snapshot> snapshots) {
    String lists =
        snapshots.stream()
            .map(
                s ->
                    (switch (s.list()) {
                          case UN -> "UN Security Council consolidated list";
                          case OFAC -> "OFAC SDN list";
                          case MOF -> "Japan Ministry of Finance asset-freeze list";
                        })
                        + " of "
                        + s.published())
            .collect(Collectors.joining("; "));
    return List.of(
        "Lists: " + lists + ".",
        "Each list is a snapshot: designations lifted before its day are not in it.");
  }

  private static void write(
      Format format,
      List<List<Cell>> rows,
      OutputStream out,
      List<String> tableColumns,
      List<String> notes) {
    try {
      switch (format) {
        case CSV -> csv(rows, out);
        case JSON -> json(rows, out, false);
        case JSONL -> json(rows, out, true);
        case TABLE -> table(rows, out, tableColumns, notes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void csv(List<List<Cell>> rows, OutputStream out) throws IOException {
    if (rows.isEmpty()) {
      return;
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(rows.get(0).stream().map(Cell::name).toList());
    for (List<Cell> row : rows) {
      csv.writeRecord(row.stream().map(Cell::text).toList());
    }
    writer.flush();
  }

  private static void json(List<List<Cell>> rows, OutputStream out, boolean lines)
      throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    if (!lines) {
      json.writeRaw("[");
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!lines) {
        json.writeRaw(i == 0 ? "\n" : ",\n");
      }
      json.writeStartObject();
      for (Cell cell : rows.get(i)) {
        json.writeFieldName(cell.name());
        if (cell.json() == null) {
          json.writeNull();
        } else if (cell.json() instanceof Integer n) {
          json.writeNumber(n);
        } else if (cell.json() instanceof Double d) {
          json.writeNumber(d);
        } else {
          json.writeString(cell.json().toString());
        }
      }
      json.writeEndObject();
      if (lines) {
        json.writeRaw('\n');
      }
    }
    if (!lines) {
      json.writeRaw(rows.isEmpty() ? "]\n" : "\n]\n");
    }
    json.flush();
  }

  /** Columns padded to their widest value; numbers and scores right-aligned. */
  private static void table(
      List<List<Cell>> rows, OutputStream out, List<String> columns, List<String> notes)
      throws IOException {
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (List<Cell> row : rows) {
      List<String> line = new ArrayList<>();
      for (String column : columns) {
        line.add(
            row.stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .map(Cell::text)
                .orElse(""));
      }
      cells.add(line);
    }
    int[] width = new int[columns.size()];
    for (List<String> line : cells) {
      for (int i = 0; i < line.size(); i++) {
        width[i] = Math.max(width[i], line.get(i).codePointCount(0, line.get(i).length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String value = line.get(i);
        int pad = width[i] - value.codePointCount(0, value.length());
        boolean right = columns.get(i).equals("entries") || columns.get(i).equals("score");
        if (i > 0) {
          text.append("  ");
        }
        if (right) {
          text.append(" ".repeat(pad)).append(value);
        } else {
          text.append(value);
          if (i < line.size() - 1) {
            text.append(" ".repeat(pad));
          }
        }
      }
      sb.append(text.toString().stripTrailing()).append('\n');
    }
    if (!notes.isEmpty()) {
      sb.append('\n');
      notes.forEach(note -> sb.append(note).append('\n'));
    }
    TerminalText.write(sb, out);
  }
}
