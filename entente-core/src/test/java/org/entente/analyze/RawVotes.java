package org.entente.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.code.UnIssueRules;
import org.entente.code.UnMemberStates;

/**
 * The bundled UN votes read straight from the CSV files and the UN's JSON extracts, without the
 * store, the importers or any SQL: the other half of the independent checks. Unanimity is decided
 * here from the raw rows. Only the tables of names and issue rules are shared with the code.
 */
final class RawVotes {

  record RollCall(int rcid, int session, LocalDate date, boolean important, Set<String> issues) {}

  final Map<Integer, RollCall> rollCalls = new TreeMap<>();

  /** rcid → state → vote code. */
  final Map<Integer, Map<String, Integer>> votes = new HashMap<>();

  /** rcid → state → line of the votes file, and that file's name. */
  final Map<Integer, Map<String, Long>> lines = new HashMap<>();

  final Map<Integer, String> voteFile = new HashMap<>();

  static RawVotes load() throws IOException {
    RawVotes raw = new RawVotes();
    raw.readRollCalls("unvotes/un_roll_calls.csv.gz");
    raw.readIssues("unvotes/un_roll_call_issues.csv.gz");
    raw.readVotes("unvotes/un_votes.csv.gz");
    for (String extract : List.of("75", "76", "77", "78", "79", "80", "ES-10", "ES-11")) {
      raw.readExtract("unvotes-undl/" + extract + ".json.gz");
    }
    return raw;
  }

  /**
   * Opening dates of the regular sessions 75–81, written out here rather than taken from the code's
   * table: an emergency-session vote counts in the session running on its date.
   */
  private static final Map<Integer, LocalDate> OPENED =
      new TreeMap<>(
          Map.of(
              75, LocalDate.of(2020, 9, 15),
              76, LocalDate.of(2021, 9, 14),
              77, LocalDate.of(2022, 9, 13),
              78, LocalDate.of(2023, 9, 5),
              79, LocalDate.of(2024, 9, 10),
              80, LocalDate.of(2025, 9, 9),
              81, LocalDate.of(2026, 9, 8)));

  private static final DateTimeFormatter UN_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** Next id for a resolution of the extracts: the test's own numbering, not the reader's. */
  private int nextExtractId = 100_000_000;

  private final Set<String> symbols = new HashSet<>();

  /** A UN extract: every resolution adopted by recorded vote with member lists, each once. */
  private void readExtract(String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    UnMemberStates members = UnMemberStates.bundled();
    UnIssueRules rules = UnIssueRules.bundled();
    try (BufferedReader text =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(Fixtures.bundled(file))),
                StandardCharsets.UTF_8))) {
      String line;
      long number = 0;
      while ((line = text.readLine()) != null) {
        number++;
        JsonNode d = json.readTree(line);
        if (!d.get("adoption_type").asText().contains("recorded vote")) {
          continue;
        }
        Map<String, Integer> cast = new HashMap<>();
        Map<String, Long> at = new HashMap<>();
        String[] lists = {"MS_in_favour", "MS_abstaining", "MS_against"};
        for (int code = 1; code <= 3; code++) {
          for (JsonNode name : d.get(lists[code - 1])) {
            cast.put(members.iso3(name.asText()).orElseThrow(), code);
            at.put(members.iso3(name.asText()).orElseThrow(), number);
          }
        }
        String symbol = d.get("symbol").asText();
        if (cast.isEmpty() || !symbols.add(symbol)) {
          continue;
        }
        LocalDate date =
            LocalDate.parse(d.get("adoption_date").asText().replace('\u00a0', ' '), UN_DATE);
        String[] parts = symbol.split("/");
        int session =
            parts[2].startsWith("ES-")
                ? OPENED.entrySet().stream()
                    .filter(e -> !e.getValue().isAfter(date))
                    .mapToInt(Map.Entry::getKey)
                    .max()
                    .orElseThrow()
                : Integer.parseInt(parts[2]);
        List<String> subjects = new ArrayList<>();
        d.get("subjects")
            .forEach(
                pair -> {
                  if ("UNBIS Thesaurus".equals(pair.get(1).asText())) {
                    subjects.add(pair.get(0).asText());
                  }
                });
        Set<String> issues = new HashSet<>();
        rules
            .tag(d.get("title").asText(), d.get("agenda_item_name").asText(), subjects)
            .forEach(issue -> issues.add(issue.code()));
        int id = nextExtractId++;
        rollCalls.put(id, new RollCall(id, session, date, false, issues));
        votes.put(id, cast);
        lines.put(id, at);
        voteFile.put(id, Path.of(file).getFileName().toString());
      }
    }
  }

  private static CsvReader<NamedCsvRecord> csv(String file) throws IOException {
    InputStream in = new GZIPInputStream(Files.newInputStream(Fixtures.bundled(file)));
    return CsvReader.builder().ofNamedCsvRecord(in);
  }

  private void readRollCalls(String file) throws IOException {
    try (var csv = csv(file)) {
      for (NamedCsvRecord r : csv) {
        int rcid = Integer.parseInt(r.getField("rcid"));
        Set<String> issues = new HashSet<>();
        for (String issue : List.of("me", "nu", "di", "hr", "co", "ec")) {
          if (r.findField(issue).map("1"::equals).orElse(false)) {
            issues.add(issue);
          }
        }
        rollCalls.put(
            rcid,
            new RollCall(
                rcid,
                Integer.parseInt(r.getField("session")),
                LocalDate.parse(r.getField("date")),
                "1".equals(r.getField("importantvote")),
                issues));
      }
    }
  }

  private void readIssues(String file) throws IOException {
    try (var csv = csv(file)) {
      for (NamedCsvRecord r : csv) {
        rollCalls.get(Integer.parseInt(r.getField("rcid"))).issues().add(r.getField("short_name"));
      }
    }
  }

  private void readVotes(String file) throws IOException {
    CountryCodes codes = CountryCodes.bundled();
    try (var csv = csv(file)) {
      for (NamedCsvRecord r : csv) {
        int rcid = Integer.parseInt(r.getField("rcid"));
        String state =
            codes
                .resolve(
                    r.getField("country_code"), r.getField("country"), rollCalls.get(rcid).date())
                .orElseThrow();
        int vote =
            switch (r.getField("vote")) {
              case "yes" -> 1;
              case "abstain" -> 2;
              case "no" -> 3;
              default -> throw new IllegalStateException(r.toString());
            };
        votes.computeIfAbsent(rcid, k -> new HashMap<>()).put(state, vote);
        lines.computeIfAbsent(rcid, k -> new HashMap<>()).put(state, r.getStartingLineNumber());
        voteFile.put(rcid, Path.of(file).getFileName().toString());
      }
    }
  }

  boolean unanimous(int rcid) {
    return new HashSet<>(votes.get(rcid).values()).size() <= 1;
  }

  /** Roll calls of a period under the usual filters, in rcid order. */
  List<Integer> rollCallsOf(
      boolean bySession, int period, boolean keepUnanimous, boolean importantOnly, String issue) {
    List<Integer> ids = new ArrayList<>();
    for (RollCall rc : rollCalls.values()) {
      int p = bySession ? rc.session() : rc.date().getYear();
      if (p == period
          && votes.containsKey(rc.rcid())
          && (keepUnanimous || !unanimous(rc.rcid()))
          && (!importantOnly || rc.important())
          && (issue == null || rc.issues().contains(issue))) {
        ids.add(rc.rcid());
      }
    }
    return ids;
  }

  /** Brute-force measures for one dyad over the given roll calls. */
  double[] measures(String a, String b, List<Integer> rcids) {
    int[] va = new int[rcids.size()];
    int[] vb = new int[rcids.size()];
    for (int k = 0; k < rcids.size(); k++) {
      va[k] = votes.get(rcids.get(k)).getOrDefault(a, 0);
      vb[k] = votes.get(rcids.get(k)).getOrDefault(b, 0);
    }
    return BruteForce.measures(va, vb);
  }

  Set<Integer> periods(boolean bySession) {
    Set<Integer> periods = new java.util.TreeSet<>();
    for (RollCall rc : rollCalls.values()) {
      periods.add(bySession ? rc.session() : rc.date().getYear());
    }
    return periods;
  }
}
