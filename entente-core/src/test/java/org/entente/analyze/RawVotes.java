package org.entente.analyze;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;

/**
 * The bundled UN votes read straight from the CSV files, without the store, the importer or any
 * SQL: the other half of the independent checks. Unanimity is decided here from the raw rows.
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
    raw.readRollCalls("unvotes/unga_session75_2020_roll_calls.csv.gz");
    raw.readIssues("unvotes/un_roll_call_issues.csv.gz");
    raw.readVotes("unvotes/un_votes.csv.gz");
    raw.readVotes("unvotes/unga_session75_2020_votes.csv.gz");
    return raw;
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
