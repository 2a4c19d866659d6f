package org.entente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.code.GaSessions;
import org.entente.code.UnIssueRules;
import org.entente.code.UnMemberStates;
import org.entente.domain.CountryVote;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;

/**
 * Reads the UN's machine-readable General Assembly extracts (github.com/UNxml/GAresolutions, {@code
 * data_extract/*.json}): JSON lines, one adopted resolution per line. A resolution adopted by a
 * recorded vote becomes a roll call; its member-state lists ({@code MS_in_favour}, {@code
 * MS_against}, {@code MS_abstaining}) become votes, names resolved through {@link UnMemberStates};
 * a member in none of the lists did not vote. Resolutions adopted without a vote are not roll
 * calls.
 *
 * <p>A symbol repeated with the same votes counts once; with different votes, the repetition is a
 * reject. The same name twice in one list is one vote; in two lists, a reject. Roll-call ids are
 * derived from the symbol ({@link #rcid}), so the same resolution always has the same id.
 */
public final class UndlVotesReader {

  private static final Pattern SYMBOL =
      Pattern.compile("A/RES/(?:(\\d{1,2})|ES-(\\d{1,2}))/(\\d{1,4})(?: ([A-Z]))?");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT));
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Map<String, VoteChoice> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("MS_in_favour", VoteChoice.YES);
    LISTS.put("MS_against", VoteChoice.NO);
    LISTS.put("MS_abstaining", VoteChoice.ABSTAIN);
  }

  private final ObjectMapper json = new ObjectMapper();
  private final UnMemberStates members;
  private final GaSessions sessions;
  private final UnIssueRules issues;

  public UndlVotesReader(UnMemberStates members, GaSessions sessions, UnIssueRules issues) {
    this.members = members;
    this.sessions = sessions;
    this.issues = issues;
  }

  /** What one extract holds: its roll calls, their references and votes, and what was left out. */
  public record Extract(
      List<RollCall> rollCalls,
      List<ResolutionRecord> records,
      List<CountryVote> votes,
      int notRecorded,
      List<String> withoutLists,
      int repeated) {}

  /**
   * Roll-call id of a resolution symbol: {@code A/RES/76/262} → 17,602,620 (10,000,000 + (session ×
   * 10,000 + number) × 10 + part, part 1 for {@code A}, 2 for {@code B}…), emergency special
   * sessions {@code A/RES/ES-11/1} → 20,110,010 (20,000,000 + (session × 1,000 + number) × 10 +
   * part). Voeten's ids stay below 10,000,000, so the ranges never meet.
   *
   * @return the id, or empty for a symbol of another shape
   */
  public static OptionalInt rcid(String symbol) {
    Matcher m = SYMBOL.matcher(symbol);
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int number = Integer.parseInt(m.group(3));
    int part = m.group(4) == null ? 0 : m.group(4).charAt(0) - 'A' + 1;
    if (part > 9) {
      return OptionalInt.empty();
    }
    if (m.group(1) != null) {
      return OptionalInt.of(
          10_000_000 + (Integer.parseInt(m.group(1)) * 10_000 + number) * 10 + part);
    }
    if (number > 999) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(20_000_000 + (Integer.parseInt(m.group(2)) * 1_000 + number) * 10 + part);
  }

  /** Reads one extract file; bad records go to {@code rejects}, a broken file is refused. */
  public Extract read(SourceFile file, Rejects rejects, Progress progress) {
    progress.start("Reading " + file.name(), file.size(), "bytes");
    List<RollCall> rollCalls = new ArrayList<>();
    List<ResolutionRecord> records = new ArrayList<>();
    List<CountryVote> votes = new ArrayList<>();
    List<String> withoutLists = new ArrayList<>();
    Map<String, Seen> seen = new HashMap<>();
    int notRecorded = 0;
    int repeated = 0;
    long lineNumber = 0;
    long lastGood = 0;
    try (Utf8Check utf8 = new Utf8Check(file.open(progress::advanceTo));
        LastByte content = new LastByte(utf8);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
      String line;
      while ((line = readLine(file, lines, lastGood)) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Record record = new Record(file, lineNumber, line, rejects);
        Utf8Check.Invalid invalid = utf8.invalidBetween(lineNumber, lineNumber);
        if (invalid != null) {
          // The decoder put U+FFFD in place of these bytes: a title or name would be stored wrong.
          record.reject(
              "",
              invalid.where(),
              invalid.why() + "; expected text in UTF-8 (save the file as UTF-8)");
          continue;
        }
        JsonNode node = parse(record, content, lines);
        if (node == null) {
          continue;
        }
        lastGood = lineNumber;
        record.node = node;
        String type = record.text("adoption_type");
        if (type == null) {
          continue;
        }
        if (!type.toLowerCase(Locale.ROOT).contains("recorded vote")) {
          notRecorded++;
          continue;
        }
        String symbol = record.text("symbol");
        LocalDate date = record.date("adoption_date");
        Map<String, VoteChoice> cast = record.votes(members);
        if (symbol == null || date == null || cast == null) {
          continue;
        }
        OptionalInt rcid = rcid(symbol);
        if (rcid.isEmpty()) {
          if (symbol.matches(".* [A-Z]-[A-Z]") && cast.isEmpty()) {
            withoutLists.add(symbol); // parts voted together, no lists in the source
          } else {
            record.reject("symbol", symbol, "expected a symbol like A/RES/76/262 or A/RES/ES-11/1");
          }
          continue;
        }
        if (cast.isEmpty()) {
          withoutLists.add(symbol);
          continue;
        }
        Seen earlier = seen.get(symbol);
        if (earlier != null) {
          if (earlier.votes.equals(cast)) {
            repeated++;
          } else {
            record.reject(
                "symbol",
                symbol,
                "repeats line "
                    + earlier.line
                    + " with different votes: "
                    + difference(earlier.votes, cast));
          }
          continue;
        }
        Integer session = session(record, symbol, date);
        if (session == null) {
          continue;
        }
        seen.put(symbol, new Seen(lineNumber, cast));
        List<String> subjects = record.subjects(false);
        String title = Optional.ofNullable(record.optionalText("title")).orElse("");
        String agendaName = Optional.ofNullable(record.optionalText("agenda_item_name")).orElse("");
        rollCalls.add(
            new RollCall(
                rcid.getAsInt(),
                session,
                date,
                null,
                symbol,
                title,
                agendaName,
                issues.tag(title, agendaName, record.subjects(true)),
                lineNumber));
        records.add(
            new ResolutionRecord(
                rcid.getAsInt(),
                symbol,
                record.optionalText("pv"),
                record.optionalText("originating_document"),
                record.optionalText("committee"),
                record.optionalText("agenda_item"),
                agendaName,
                subjects));
        cast.forEach(
            (iso3, vote) -> votes.add(new CountryVote(rcid.getAsInt(), iso3, vote, record.line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file.name() + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
    return new Extract(rollCalls, records, votes, notRecorded, withoutLists, repeated);
  }

  private record Seen(long line, Map<String, VoteChoice> votes) {}

  private static String readLine(SourceFile file, BufferedReader lines, long lastGood) {
    try {
      return lines.readLine();
    } catch (IOException | UncheckedIOException e) {
      throw new BrokenFileException(
          file.name(),
          lastGood,
          "the data ends early ("
              + e.getMessage()
              + "): a truncated or damaged "
              + (file.name().endsWith(".gz") ? "gzip file" : "file"),
          e);
    }
  }

  /**
   * Parses one line. Invalid JSON is a reject, except on a last line without a line break: a file
   * cut off there hides how much is missing.
   */
  private JsonNode parse(Record record, LastByte content, BufferedReader lines) throws IOException {
    try {
      JsonNode node = json.readTree(record.text);
      if (node == null || !node.isObject()) {
        record.reject("", abbreviate(record.text), "expected one JSON object per line");
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      lines.mark(1);
      boolean last = lines.read() < 0;
      lines.reset();
      if (last && !content.endsWithLineBreak()) {
        throw new BrokenFileException(
            record.file.name(),
            record.line - 1,
            "its last line ("
                + record.line
                + ") is incomplete JSON and has no line break: the file seems cut off",
            e);
      }
      record.reject("", abbreviate(record.text), "not valid JSON: " + e.getOriginalMessage());
      return null;
    }
  }

  /** The regular session of a roll call: from its symbol, or for an emergency session its date. */
  private Integer session(Record record, String symbol, LocalDate date) {
    Matcher m = SYMBOL.matcher(symbol);
    if (m.matches() && m.group(1) != null) {
      return Integer.parseInt(m.group(1));
    }
    OptionalInt running = sessions.sessionOn(date);
    if (running.isEmpty()) {
      record.reject("adoption_date", date.toString(), "no regular session known on this date");
      return null;
    }
    return running.getAsInt();
  }

  private static String difference(Map<String, VoteChoice> before, Map<String, VoteChoice> now) {
    List<String> changes = new ArrayList<>();
    for (String state : new java.util.TreeSet<>(union(before, now))) {
      VoteChoice a = before.get(state);
      VoteChoice b = now.get(state);
      if (a != b) {
        changes.add(state + " " + label(a) + "→" + label(b));
      }
    }
    return String.join(", ", changes.subList(0, Math.min(5, changes.size())))
        + (changes.size() > 5 ? ", …" : "");
  }

  private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
    java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static String label(VoteChoice vote) {
    return vote == null ? "none" : vote.label();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** One line of the file: typed access to its keys, rejecting the line once at the first fault. */
  private static final class Record {
    final SourceFile file;
    final long line;
    final String text;
    final Rejects rejects;
    JsonNode node;
    boolean failed;

    Record(SourceFile file, long line, String text, Rejects rejects) {
      this.file = file;
      this.line = line;
      this.text = text;
      this.rejects = rejects;
    }

    /** A required string; null (and a reject) when missing or not a string. */
    String text(String key) {
      JsonNode value = node.get(key);
      if (value == null || !value.isTextual()) {
        reject(key, value == null ? "" : abbreviate(value.toString()), "expected a string");
        return null;
      }
      return value.textValue().trim();
    }

    /** An optional string: empty when missing. */
    String optionalText(String key) {
      JsonNode value = node.get(key);
      return value != null && value.isTextual() ? value.textValue().trim() : "";
    }

    LocalDate date(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      // Some dates are written with a no-break space ("24\u00a0March 2022").
      String spaced = SPACES.matcher(value).replaceAll(" ");
      for (DateTimeFormatter format : DATES) {
        try {
          return LocalDate.parse(spaced, format);
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      reject(key, value, "expected a date like 22 September 2021");
      return null;
    }

    /** The three member-state lists as state → vote; null (and a reject) on any fault. */
    Map<String, VoteChoice> votes(UnMemberStates members) {
      Map<String, VoteChoice> cast = new HashMap<>();
      for (Map.Entry<String, VoteChoice> list : LISTS.entrySet()) {
        JsonNode names = node.get(list.getKey());
        if (names == null || !names.isArray()) {
          reject(
              list.getKey(),
              names == null ? "" : abbreviate(names.toString()),
              "expected a list of member-state names");
          return null;
        }
        for (JsonNode name : names) {
          if (!name.isTextual()) {
            reject(list.getKey(), abbreviate(name.toString()), "expected a member-state name");
            return null;
          }
          Optional<String> iso3 = members.iso3(name.textValue());
          if (iso3.isEmpty()) {
            reject(list.getKey(), name.textValue(), members.unknown(name.textValue()));
            return null;
          }
          VoteChoice before = cast.putIfAbsent(iso3.get(), list.getValue());
          if (before != null && before != list.getValue()) {
            reject(
                list.getKey(),
                name.textValue(),
                iso3.get() + " is also in the list of " + before.label() + " votes");
            return null;
          }
        }
      }
      return cast;
    }

    /**
     * Subject terms: each subject is a [term, vocabulary] pair. All are kept as evidence; issue
     * rules read only the UNBIS Thesaurus terms (the others name bodies and documents).
     */
    List<String> subjects(boolean unbisOnly) {
      List<String> terms = new ArrayList<>();
      JsonNode subjects = node.get("subjects");
      if (subjects != null && subjects.isArray()) {
        for (JsonNode pair : subjects) {
          JsonNode term = pair.isArray() ? pair.get(0) : pair;
          JsonNode vocabulary = pair.isArray() ? pair.get(1) : null;
          boolean unbis = vocabulary != null && "UNBIS Thesaurus".equals(vocabulary.asText());
          if (term != null && term.isTextual() && (unbis || !unbisOnly)) {
            terms.add(term.textValue().trim());
          }
        }
      }
      return terms;
    }

    void reject(String key, String value, String problem) {
      if (!failed) {
        failed = true;
        rejects.add(new Reject(file.name(), line, key, value, problem, text));
      }
    }
  }

  /** Remembers whether the content ended with a line break, to tell a cut-off last line. */
  private static final class LastByte extends FilterInputStream {
    private int last = -1;

    LastByte(InputStream in) {
      super(in);
    }

    boolean endsWithLineBreak() {
      return last == -1 || last == '\n' || last == '\r';
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        last = b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        last = buffer[offset + n - 1] & 0xff;
      }
      return n;
    }
  }
}
