package org.entente.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.code.PermanentMembers;
import org.entente.domain.Veto;
import org.entente.text.TextGate;

/**
 * Reads UN Security Council veto records, one veto (draft and vetoing members) per row, in two CSV
 * layouts told apart by the header:
 *
 * <ul>
 *   <li>{@link Layout#YORDAN}: the World Politics Data Lab's list scraped from the Dag Hammarskjöld
 *       Library ({@code unsc_vetoes_1946_sept2022.csv}): dates as M/D/YYYY, the vetoing members
 *       named in {@code member_veto1..3} (USSR, Russia, China, USA, UK, France) and resolved by
 *       date through {@link PermanentMembers}. Its 0/1 columns per member are not read: 26 rows
 *       leave them at 0 while naming the member (see {@code data/unsc-vetoes/README.md}).
 *   <li>{@link Layout#ADDITIONS}: Entente's hand-made additions ({@code vetoes-2022-2025.csv}): ISO
 *       dates, members as ISO-3 codes separated by {@code ;}, and a citation on every row.
 * </ul>
 *
 * A row with a bad value is a {@link Reject} naming file, line, column and value; a file that
 * cannot be read to its end is a {@link BrokenFileException}.
 *
 * <pre>{@code
 * List<Veto> vetoes = new UnscVetoReader(PermanentMembers.bundled()).read(file, rejects, progress);
 * }</pre>
 */
public final class UnscVetoReader {

  /** The layouts this reader knows. */
  public enum Layout {
    YORDAN(
        List.of(
            "year",
            "date",
            "draft",
            "meeting_record",
            "agenda_item",
            "crisis_topic",
            "member_veto1",
            "member_veto2",
            "member_veto3")),
    ADDITIONS(
        List.of("date", "draft", "meeting_record", "agenda_item", "topic", "members", "citation"));

    private final List<String> columns;

    Layout(List<String> columns) {
      this.columns = columns;
    }

    /** The columns a file of this layout must have. */
    public List<String> columns() {
      return columns;
    }
  }

  private static final List<String> MEMBER_COLUMNS =
      List.of("member_veto1", "member_veto2", "member_veto3");

  /** Yordan's dates: month/day/year without leading zeros, e.g. 2/16/1946. */
  private static final DateTimeFormatter MONTH_DAY_YEAR =
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final PermanentMembers seats;

  public UnscVetoReader(PermanentMembers seats) {
    this.seats = seats;
  }

  /**
   * Reads every veto of {@code file}, in file order.
   *
   * @throws IllegalArgumentException if the header is neither layout's
   * @throws BrokenFileException if the file cannot be read to its end
   */
  public List<Veto> read(SourceFile file, Rejects rejects, Progress progress) {
    Layout layout = layoutOf(file);
    List<Veto> vetoes = new ArrayList<>();
    Map<String, Veto> byDraft = new HashMap<>();
    CsvRows.read(
        file,
        layout.columns,
        rejects,
        progress,
        row -> {
          Field f = new Field(file, row, rejects);
          Veto veto = layout == Layout.YORDAN ? yordan(f) : addition(f);
          if (veto == null || f.failed) {
            return;
          }
          String key = veto.date() + " " + veto.draft();
          Veto earlier = byDraft.putIfAbsent(key, veto);
          if (earlier != null && !earlier.members().equals(veto.members())) {
            f.reject(
                "draft",
                veto.draft(),
                "the same draft on the same day is on line "
                    + earlier.source().line()
                    + " vetoed by "
                    + String.join(";", earlier.members())
                    + "; this line says "
                    + String.join(";", veto.members()));
            return;
          }
          vetoes.add(veto);
        });
    return vetoes;
  }

  private Veto yordan(Field f) {
    LocalDate date = f.date("date", MONTH_DAY_YEAR, "M/D/YYYY (month/day/year, e.g. 2/16/1946)");
    if (date == null) {
      return null;
    }
    String year = f.text("year");
    if (!year.isEmpty() && !year.equals(Integer.toString(date.getYear()))) {
      f.reject("year", year, "the date " + f.text("date") + " is in " + date.getYear());
      return null;
    }
    if (f.row.has("month")) {
      String month = f.text("month");
      if (!month.isEmpty() && !month.equals(Integer.toString(date.getMonthValue()))) {
        f.reject(
            "month", month, "the date " + f.text("date") + " is in month " + date.getMonthValue());
        return null;
      }
    }
    List<String> members = new ArrayList<>();
    for (String column : MEMBER_COLUMNS) {
      String name = f.text(column);
      if (name.isEmpty()) {
        continue;
      }
      var iso3 = seats.byName(name, date);
      if (iso3.isEmpty()) {
        f.reject(
            column,
            name,
            "not a permanent member's name on "
                + date
                + ": expected "
                + seats.namesOn(date)
                + " (unsc-permanent-members.csv)");
        return null;
      }
      if (members.contains(iso3.get())) {
        f.reject(column, name, iso3.get() + " is named twice on this line");
        return null;
      }
      members.add(iso3.get());
    }
    if (members.isEmpty()) {
      f.reject("member_veto1", "", "no vetoing member named in member_veto1..3");
      return null;
    }
    String draft = f.required("draft");
    if (draft == null) {
      return null;
    }
    return new Veto(
        date,
        draft,
        f.text("meeting_record"),
        f.text("agenda_item"),
        f.text("crisis_topic"),
        members,
        new Veto.Source(f.file.name(), f.row.line(), ""));
  }

  private Veto addition(Field f) {
    LocalDate date = f.date("date", ISO_DATE, "YYYY-MM-DD");
    if (date == null) {
      return null;
    }
    List<String> members = new ArrayList<>();
    String list = f.text("members");
    for (String code : list.split(";", -1)) {
      String iso3 = code.strip();
      if (!seats.holdsSeat(iso3, date)) {
        f.reject(
            "members",
            iso3,
            "not a permanent member on "
                + date
                + ": expected ISO-3 codes among "
                + seats.codesOn(date)
                + ", separated by ;");
        return null;
      }
      if (members.contains(iso3)) {
        f.reject("members", iso3, iso3 + " is listed twice");
        return null;
      }
      members.add(iso3);
    }
    String draft = f.required("draft");
    String topic = f.required("topic");
    String citation = f.text("citation");
    if (draft == null || topic == null) {
      return null;
    }
    if (citation.isEmpty()) {
      f.reject("citation", "", "every added veto needs a citation of the documents it rests on");
      return null;
    }
    return new Veto(
        date,
        draft,
        f.text("meeting_record"),
        f.text("agenda_item"),
        topic,
        members,
        new Veto.Source(f.file.name(), f.row.line(), citation));
  }

  /** The longest header looked at: a first line runs far longer only in a file of another kind. */
  private static final int HEADER_CHARS = 64 * 1024;

  /** The first line, or its first {@link #HEADER_CHARS} characters: never a whole huge line. */
  private static String firstLine(BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = reader.read(); c >= 0 && c != '\n' && c != '\r'; c = reader.read()) {
      if (line.length() == HEADER_CHARS) {
        break;
      }
      line.append((char) c);
    }
    return line.toString();
  }

  /**
   * The layout of {@code file}, from its header.
   *
   * @throws IllegalArgumentException naming the file and what was expected
   */
  public static Layout layoutOf(SourceFile file) {
    String first;
    try (InputStream in = file.open(bytes -> {});
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(TextGate.records(in, file.name()), StandardCharsets.UTF_8))) {
      first = firstLine(reader); // a binary file is refused as such, not as a layout
    } catch (IOException e) {
      // A file broken before the end of its first line: CsvRows names the break.
      throw new BrokenFileException(file.name(), 0, "the header cannot be read: " + e, e);
    }
    if (first.isBlank()) {
      throw new IllegalArgumentException(file.name() + ": empty file, expected a header row");
    }
    List<String> columns =
        List.of(
            first
                .replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace("\"", "")
                .split("\\s*,\\s*"));
    for (Layout layout : Layout.values()) {
      if (columns.containsAll(layout.columns)) {
        return layout;
      }
    }
    throw new IllegalArgumentException(
        file.name()
            + ":1: not a veto list: expected a header with "
            + String.join(",", Layout.YORDAN.columns)
            + " (Yordan's list) or "
            + String.join(",", Layout.ADDITIONS.columns)
            + " (Entente's additions); found '"
            + (first.length() > 80 ? first.substring(0, 80) + "…" : first)
            + "'");
  }

  /** Reads fields of one row, rejecting the row (once) at its first bad value. */
  private static final class Field {
    private final SourceFile file;
    private final CsvRows.Row row;
    private final Rejects rejects;
    boolean failed;

    Field(SourceFile file, CsvRows.Row row, Rejects rejects) {
      this.file = file;
      this.row = row;
      this.rejects = rejects;
    }

    /** The trimmed value; line breaks inside a quoted field become {@code ; }. */
    String text(String column) {
      return row.has(column) ? row.get(column).strip().replaceAll("\\s*\\R\\s*", "; ") : "";
    }

    String required(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        reject(column, "", "must not be empty");
        return null;
      }
      return value;
    }

    LocalDate date(String column, DateTimeFormatter format, String expected) {
      String value = text(column);
      try {
        return LocalDate.parse(value, format);
      } catch (DateTimeParseException e) {
        reject(column, value, "expected a date as " + expected);
        return null;
      }
    }

    void reject(String column, String value, String problem) {
      if (!failed) {
        failed = true;
        rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
      }
    }
  }
}
