package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.entente.domain.Issue;

/**
 * Gives a UN General Assembly resolution Erik Voeten's issue codes from the UN's own description of
 * it (title, agenda item, UNBIS subject terms), through the rules of {@code un-issue-rules.csv},
 * whose header quotes the codebook's definitions and says what each rule is for. Voeten's data tags
 * roll calls through session 74; the UN's extracts of later sessions have no tags.
 *
 * <pre>{@code
 * UnIssueRules rules = UnIssueRules.bundled();
 * rules.tag("Nuclear disarmament", "General and complete disarmament: nuclear disarmament",
 *     List.of("NUCLEAR DISARMAMENT", "DISARMAMENT NEGOTIATIONS")); // [NU, DI]
 * }</pre>
 */
public final class UnIssueRules {

  static final String TABLE = "un-issue-rules.csv";

  /** The UN texts write "non‑nuclear" with a non-breaking hyphen; rules are written with "-". */
  private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011]");

  /** The part of a resolution's description that a rule reads. */
  enum Field {
    SUBJECT,
    AGENDA,
    TITLE;

    String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Field parseOrNull(String code) {
      for (Field field : values()) {
        if (field.code().equals(code)) {
          return field;
        }
      }
      return null;
    }
  }

  /** One row of the table: {@code issue} when {@code pattern} is found in {@code field}. */
  record Rule(Issue issue, Field field, Pattern pattern, String note) {

    Rule {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(note, "note");
    }

    boolean matches(String title, String agenda, List<String> subjects) {
      return switch (field) {
        case TITLE -> pattern.matcher(title).find();
        case AGENDA -> pattern.matcher(agenda).find();
        case SUBJECT -> subjects.stream().anyMatch(term -> pattern.matcher(term).find());
      };
    }
  }

  private static volatile UnIssueRules bundled;

  private final List<Rule> rules;

  private UnIssueRules(List<Rule> rules) {
    this.rules = rules;
  }

  /** The table shipped with Entente. */
  public static UnIssueRules bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, table -> read(table, TABLE));
    }
    return bundled;
  }

  /**
   * Reads a rule table in the format of {@code un-issue-rules.csv}.
   *
   * @param source the table's name, for error messages
   * @throws IllegalStateException naming the line and the bad value, for an unknown issue or field,
   *     an empty pattern or note, or a pattern that is not a regular expression
   */
  static UnIssueRules read(InputStream table, String source) throws IOException {
    List<Rule> rules = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String where = source + " line " + r.getStartingLineNumber() + ": ";
        String issueCode = r.getField("issue");
        Issue issue = Issue.parseOrNull(issueCode);
        if (issue == null) {
          throw new IllegalStateException(
              where + "issue '" + issueCode + "', expected one of " + issueCodes());
        }
        String fieldCode = r.getField("field");
        Field field = Field.parseOrNull(fieldCode);
        if (field == null) {
          throw new IllegalStateException(
              where + "field '" + fieldCode + "', expected subject, agenda or title");
        }
        String note = r.getField("note").trim();
        if (note.isEmpty()) {
          throw new IllegalStateException(where + "empty note: say what the rule is for");
        }
        rules.add(new Rule(issue, field, compile(r.getField("pattern"), where), note));
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalStateException(source + ": no rules");
    }
    return new UnIssueRules(List.copyOf(rules));
  }

  private static Pattern compile(String pattern, String where) {
    if (pattern.isBlank()) {
      throw new IllegalStateException(where + "empty pattern, which would match everything");
    }
    try {
      return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(
          where
              + "pattern '"
              + pattern
              + "' is not a regular expression: "
              + e.getDescription()
              + " at index "
              + e.getIndex(),
          e);
    }
  }

  private static String issueCodes() {
    return Arrays.stream(Issue.values()).map(Issue::code).collect(Collectors.joining(", "));
  }

  /**
   * The issues of one resolution: each issue with at least one matching rule.
   *
   * @param title the extract's {@code title}
   * @param agendaItemName the extract's {@code agenda_item_name}
   * @param subjects the UNBIS Thesaurus terms of the extract's {@code subjects} (the pairs marked
   *     {@code "UNBIS Thesaurus"})
   * @return the issues in {@link Issue} order; empty when no rule matches
   */
  public Set<Issue> tag(String title, String agendaItemName, List<String> subjects) {
    String t = hyphens(Objects.requireNonNull(title, "title"));
    String a = hyphens(Objects.requireNonNull(agendaItemName, "agendaItemName"));
    List<String> terms =
        Objects.requireNonNull(subjects, "subjects").stream().map(UnIssueRules::hyphens).toList();
    EnumSet<Issue> issues = EnumSet.noneOf(Issue.class);
    for (Rule rule : rules) {
      if (!issues.contains(rule.issue()) && rule.matches(t, a, terms)) {
        issues.add(rule.issue());
      }
    }
    return Collections.unmodifiableSet(issues);
  }

  /** The rules in table order. */
  List<Rule> rules() {
    return rules;
  }

  private static String hyphens(String text) {
    return HYPHENS.matcher(text).replaceAll("-");
  }
}
