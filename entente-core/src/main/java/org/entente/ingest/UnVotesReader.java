package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.entente.code.CountryCodes;
import org.entente.domain.CountryVote;
import org.entente.domain.Issue;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;

/**
 * Reads the UN General Assembly voting data in the layout of the R package {@code unvotes}
 * (Voeten's data): a roll-call file, an optional issue file and a vote file. Also reads the
 * extended layout of the session-75 files, whose roll calls carry the issue tags as 0/1 columns
 * {@code me..ec} and whose votes carry an {@code iso3} column (checked against our resolution).
 */
public final class UnVotesReader {

  private static final List<String> ROLL_CALL_COLUMNS = List.of("rcid", "session", "date");
  private static final List<String> ISSUE_COLUMNS = List.of("rcid", "short_name");
  private static final List<String> VOTE_COLUMNS =
      List.of("rcid", "country", "country_code", "vote");

  private final CountryCodes codes;

  public UnVotesReader(CountryCodes codes) {
    this.codes = codes;
  }

  /** Reads roll calls; issue tags come from {@code me..ec} columns where the file has them. */
  public List<RollCall> readRollCalls(SourceFile file, Rejects rejects, Progress progress) {
    List<RollCall> rollCalls = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    CsvRows.read(
        file,
        ROLL_CALL_COLUMNS,
        rejects,
        progress,
        row -> {
          Field f = new Field(file, row, rejects);
          Integer rcid = f.positiveInt("rcid");
          Integer session = f.positiveInt("session");
          LocalDate date = f.date("date");
          Boolean important = f.optionalFlag("importantvote");
          if (rcid == null || session == null || date == null || f.failed) {
            return;
          }
          if (!seen.add(rcid)) {
            f.reject("rcid", row.get("rcid"), "rcid appears twice in this file");
            return;
          }
          Set<Issue> issues = EnumSet.noneOf(Issue.class);
          for (Issue issue : Issue.values()) {
            if (row.has(issue.code()) && "1".equals(row.get(issue.code()).trim())) {
              issues.add(issue);
            }
          }
          rollCalls.add(
              new RollCall(
                  rcid,
                  session,
                  date,
                  important,
                  text(row, "unres"),
                  text(row, "short"),
                  text(row, "descr"),
                  issues,
                  row.line()));
        });
    return rollCalls;
  }

  /** One row of the issue file. */
  public record IssueTag(int rcid, Issue issue, long line, String record) {}

  /** Reads the issue file: one tag per row. */
  public List<IssueTag> readIssues(SourceFile file, Rejects rejects, Progress progress) {
    List<IssueTag> issues = new ArrayList<>();
    CsvRows.read(
        file,
        ISSUE_COLUMNS,
        rejects,
        progress,
        row -> {
          Field f = new Field(file, row, rejects);
          Integer rcid = f.positiveInt("rcid");
          Issue issue = Issue.parseOrNull(row.get("short_name"));
          if (issue == null) {
            f.reject("short_name", row.get("short_name"), "expected one of me, nu, di, hr, co, ec");
            return;
          }
          if (rcid != null) {
            issues.add(new IssueTag(rcid, issue, row.line(), row.raw()));
          }
        });
    return issues;
  }

  /**
   * Reads votes. Only yes, no and abstain are votes; anything else is rejected (the unvotes data
   * has already dropped absences).
   *
   * @param rollCallDate the date of a roll call known to this import or the store, or null
   */
  public List<CountryVote> readVotes(
      SourceFile file, IntFunction<LocalDate> rollCallDate, Rejects rejects, Progress progress) {
    List<CountryVote> votes = new ArrayList<>(1 << 16);
    Set<Long> seen = new HashSet<>();
    Map<String, Integer> countryIds = new HashMap<>();
    CsvRows.read(
        file,
        VOTE_COLUMNS,
        rejects,
        progress,
        row -> {
          Field f = new Field(file, row, rejects);
          Integer rcid = f.positiveInt("rcid");
          VoteChoice vote = VoteChoice.parseOrNull(row.get("vote"));
          if (vote == null) {
            f.reject("vote", row.get("vote"), "expected yes, no or abstain");
          }
          if (rcid == null || vote == null) {
            return;
          }
          LocalDate date = rollCallDate.apply(rcid);
          if (date == null) {
            f.reject("rcid", row.get("rcid"), "no such roll call in the roll-call file or store");
            return;
          }
          String iso2 = row.get("country_code").trim();
          String name = row.get("country");
          Optional<String> country = codes.resolve(iso2, name, date);
          if (country.isEmpty()) {
            f.reject(
                "country_code",
                iso2 + " (" + name + ", " + date + ")",
                "unknown code for this name and date: " + codes.expectedFor(iso2));
            return;
          }
          if (row.has("iso3") && !row.get("iso3").isBlank()) {
            String given = row.get("iso3").trim();
            if (!given.equals(country.get())) {
              f.reject(
                  "iso3",
                  given,
                  "expected " + country.get() + " for " + iso2 + " (" + name + ") on " + date);
              return;
            }
          }
          int countryId = countryIds.computeIfAbsent(country.get(), k -> countryIds.size());
          if (!seen.add(((long) rcid << 32) | countryId)) {
            f.reject("country", name, "second vote of " + country.get() + " on roll call " + rcid);
            return;
          }
          votes.add(new CountryVote(rcid, country.get(), vote, row.line()));
        });
    return votes;
  }

  private static String text(CsvRows.Row row, String column) {
    if (!row.has(column)) {
      return "";
    }
    String value = row.get(column).trim();
    return "NA".equals(value) ? "" : value;
  }

  /** Parses fields of one row, rejecting the row (once) at the first bad value. */
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

    Integer positiveInt(String column) {
      String value = row.get(column).trim();
      try {
        int n = Integer.parseInt(value);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      reject(column, value, "expected a positive whole number");
      return null;
    }

    LocalDate date(String column) {
      String value = row.get(column).trim();
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        reject(column, value, "expected a date as YYYY-MM-DD");
        return null;
      }
    }

    Boolean optionalFlag(String column) {
      if (!row.has(column)) {
        return null;
      }
      String value = row.get(column).trim();
      return switch (value) {
        case "1", "TRUE", "true" -> Boolean.TRUE;
        case "0", "FALSE", "false" -> Boolean.FALSE;
        case "", "NA" -> null;
        default -> {
          reject(column, value, "expected 1, 0 or NA");
          yield null;
        }
      };
    }

    void reject(String column, String value, String problem) {
      if (!failed) {
        failed = true;
        rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
      }
    }
  }
}
