package org.entente.text.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.entente.text.time.TimeExpression.Kind;

/**
 * A rules file read and compiled: the format is described in {@code package-info.java} and at the
 * top of {@code rules-ja.tsv}. Errors name the file, the line and what was expected.
 */
final class TimeRules {

  /** Which date a relative rule starts from. */
  enum Base {
    /** None: the expression names its own year. */
    NONE,
    /** The last date mentioned, or the document's date when none has been. */
    LAST,
    /** The document's date only ({@code 昨年}, {@code last year}). */
    DOC
  }

  /** How a range is cut out of the date a rule builds. */
  enum RangeUnit {
    DAYS,
    MONTHS,
    YEARS,
    WEEK
  }

  /** Moves the base date by a signed amount of a unit; either may come from a group. */
  record Shift(String unit, int sign, int amount, boolean amountFromGroup) {}

  /** A range: days/months/years {@code from}–{@code to} of the built date, or its week. */
  record Range(RangeUnit unit, int from, int to) {}

  /** How a date rule builds its date; see {@code package-info.java}. */
  record Build(Base base, Shift shift, String keep, Range range) {}

  /**
   * A rule that finds an expression and builds its date from the groups; {@code required} are the
   * characters a text must hold for the rule to match at all ({@link RequiredChars}).
   */
  record DateRule(
      String where,
      Kind kind,
      Pattern pattern,
      String[] groups,
      Build build,
      List<char[]> required) {}

  /**
   * A rule that joins found expressions to the words around them ({@code {A}以降}) or joins two
   * ({@code {A}から{B}まで}). Null parts are absent; {@code kind} null keeps the kind.
   */
  record LinkRule(
      String where, Kind kind, Pattern prefix, Pattern middle, Pattern suffix, Set<Kind> on) {}

  private static final Pattern MACRO = Pattern.compile("\\{([A-Z][A-Z0-9_]+)\\}");
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final Pattern RANGE =
      Pattern.compile("(days|months|years):(-?\\d+)-(-?\\d+)|week", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHIFT =
      Pattern.compile("(year|month|week|day|\\$u):([+-]?)(\\d+|\\$n)");
  private static final Set<String> UNITS = Set.of("year", "month", "week", "day");

  final String source;
  final List<DateRule> dates = new ArrayList<>();
  final List<LinkRule> links = new ArrayList<>();
  final Map<String, Map<String, String>> values = new HashMap<>();
  private final Map<String, String> macros = new HashMap<>();

  private TimeRules(String source) {
    this.source = source;
  }

  /** Reads a rules file from the class path, next to this class. */
  static TimeRules load(String resource) {
    try (InputStream in = TimeRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no rules file " + resource + " next to TimeRules");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses the lines of a rules file named {@code source} (for messages). */
  static TimeRules parse(String source, List<String> lines) {
    TimeRules rules = new TimeRules(source);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = source + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        rules.read(line, where);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            where + ": bad regular expression: " + e.getDescription() + " at " + e.getIndex(), e);
      }
    }
    return rules;
  }

  private void read(String line, String where) {
    if (line.startsWith("@define")) {
      String[] p = line.split("\\s+", 3);
      if (p.length < 3 || !p[1].matches("[A-Z][A-Z0-9_]+")) {
        throw new IllegalArgumentException(
            where + ": expected '@define NAME regex' (NAME in capitals, two or more characters)");
      }
      macros.put(p[1], expand(p[2], where));
      return;
    }
    if (line.startsWith("@map")) {
      String[] p = line.trim().split("\\s+");
      if (p.length < 3) {
        throw new IllegalArgumentException(where + ": expected '@map GROUP word=value …'");
      }
      Map<String, String> map = values.computeIfAbsent(p[1], k -> new HashMap<>());
      for (int j = 2; j < p.length; j++) {
        int eq = p[j].indexOf('=');
        if (eq <= 0 || eq == p[j].length() - 1) {
          throw new IllegalArgumentException(where + ": expected word=value, was '" + p[j] + "'");
        }
        map.put(p[j].substring(0, eq).toLowerCase(Locale.ROOT), p[j].substring(eq + 1));
      }
      return;
    }
    String[] cols = line.split("\t", -1);
    if (cols.length < 3 || cols.length > 4) {
      throw new IllegalArgumentException(
          where
              + ": expected 'date|link <TAB> KIND <TAB> pattern [<TAB> build]', found "
              + cols.length
              + " columns");
    }
    String build = cols.length == 4 ? cols[3].trim() : "";
    switch (cols[0]) {
      case "date" -> dates.add(dateRule(where, cols[1].trim(), expand(cols[2], where), build));
      case "link" -> links.add(linkRule(where, cols[1].trim(), expand(cols[2], where), build));
      default ->
          throw new IllegalArgumentException(
              where
                  + ": unknown rule type '"
                  + cols[0]
                  + "' (expected date, link, @define or @map)");
    }
  }

  private String expand(String pattern, String where) {
    Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException(
            where + ": unknown macro {" + m.group(1) + "} (define it above with @define)");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    m.appendTail(out);
    return out.toString();
  }

  private DateRule dateRule(String where, String kindName, String pattern, String buildText) {
    Kind kind = kind(where, kindName, EnumSet.of(Kind.DATE, Kind.RANGE, Kind.GAP, Kind.PERIOD));
    Pattern p = Pattern.compile(pattern);
    Set<String> names = new LinkedHashSet<>();
    Matcher g = GROUP.matcher(pattern);
    while (g.find()) {
      names.add(g.group(1));
    }
    Base base = Base.NONE;
    Shift shift = null;
    String keep = null;
    Range range = null;
    for (String token :
        buildText.isEmpty() || buildText.equals("-") ? new String[0] : buildText.split("\\s+")) {
      int eq = token.indexOf('=');
      String key = eq < 0 ? token : token.substring(0, eq);
      String value = eq < 0 ? "" : token.substring(eq + 1);
      switch (key) {
        case "base" -> {
          if (!value.equals("last") && !value.equals("doc")) {
            throw new IllegalArgumentException(
                where + ": base must be last or doc, was '" + value + "'");
          }
          base = value.equals("last") ? Base.LAST : Base.DOC;
        }
        case "add" -> {
          Matcher s = SHIFT.matcher(value);
          if (!s.matches()) {
            throw new IllegalArgumentException(
                where
                    + ": add must be UNIT:[+-]N with UNIT year, month, week, day or $u and N a"
                    + " number or $n, was '"
                    + value
                    + "'");
          }
          boolean fromGroup = s.group(3).equals("$n");
          shift =
              new Shift(
                  s.group(1),
                  s.group(2).equals("-") ? -1 : 1,
                  fromGroup ? 0 : Integer.parseInt(s.group(3)),
                  fromGroup);
        }
        case "keep" -> {
          if (!UNITS.contains(value) && !value.equals("$u") || value.equals("week")) {
            throw new IllegalArgumentException(
                where + ": keep must be year, month, day or $u, was '" + value + "'");
          }
          keep = value;
        }
        case "range" -> {
          Matcher r = RANGE.matcher(value);
          if (!r.matches()) {
            throw new IllegalArgumentException(
                where
                    + ": range must be days:A-B, months:A-B, years:A-B or week, was '"
                    + value
                    + "'");
          }
          range =
              r.group(1) == null
                  ? new Range(RangeUnit.WEEK, 0, 0)
                  : new Range(
                      RangeUnit.valueOf(r.group(1).toUpperCase(Locale.ROOT)),
                      Integer.parseInt(r.group(2)),
                      Integer.parseInt(r.group(3)));
        }
        default ->
            throw new IllegalArgumentException(
                where + ": unknown build key '" + key + "' (expected base, add, keep, range)");
      }
    }
    boolean usesU = (shift != null && shift.unit().equals("$u")) || "$u".equals(keep);
    if (usesU && !names.contains("u")) {
      throw new IllegalArgumentException(where + ": $u used but the pattern has no group (?<u>…)");
    }
    if (shift != null && shift.amountFromGroup() && !names.contains("n")) {
      throw new IllegalArgumentException(where + ": $n used but the pattern has no group (?<n>…)");
    }
    if ((kind == Kind.RANGE) != (range != null)) {
      throw new IllegalArgumentException(where + ": a RANGE rule needs range=…, and only it");
    }
    if (kind == Kind.GAP && (shift == null || base == Base.NONE)) {
      throw new IllegalArgumentException(where + ": a GAP rule needs base= and add=");
    }
    if (kind == Kind.PERIOD && (!names.contains("p") || !names.contains("part"))) {
      throw new IllegalArgumentException(
          where + ": a PERIOD rule needs groups (?<p>…) and (?<part>…)");
    }
    if ((shift != null || keep != null) && base == Base.NONE) {
      throw new IllegalArgumentException(where + ": add= and keep= need base=last or base=doc");
    }
    return new DateRule(
        where,
        kind,
        p,
        names.toArray(String[]::new),
        new Build(base, shift, keep, range),
        RequiredChars.of(pattern));
  }

  private LinkRule linkRule(String where, String kindName, String pattern, String buildText) {
    Kind kind =
        kindName.equals("=")
            ? null
            : kind(where, kindName, EnumSet.of(Kind.RANGE, Kind.SINCE, Kind.UNTIL, Kind.LAST));
    int a = pattern.indexOf("{A}");
    int b = pattern.indexOf("{B}");
    if (a < 0 || (b >= 0 && b < a)) {
      throw new IllegalArgumentException(where + ": a link pattern holds {A}, then optionally {B}");
    }
    if ((kind == Kind.RANGE) != (b >= 0)) {
      throw new IllegalArgumentException(where + ": {B} goes with kind RANGE, and only with it");
    }
    String prefix = pattern.substring(0, a);
    String middle = b < 0 ? null : pattern.substring(a + 3, b);
    String suffix = b < 0 ? pattern.substring(a + 3) : pattern.substring(b + 3);
    Set<Kind> on = EnumSet.of(Kind.DATE);
    for (String token :
        buildText.isEmpty() || buildText.equals("-") ? new String[0] : buildText.split("\\s+")) {
      if (!token.startsWith("on=")) {
        throw new IllegalArgumentException(
            where + ": unknown link option '" + token + "' (expected on=KIND,…)");
      }
      on = EnumSet.noneOf(Kind.class);
      for (String k : token.substring(3).split(",")) {
        on.add(kind(where, k, EnumSet.allOf(Kind.class)));
      }
    }
    return new LinkRule(
        where,
        kind,
        prefix.isEmpty() ? null : Pattern.compile("(?:" + prefix + ")$"),
        middle == null ? null : Pattern.compile(middle),
        suffix.isEmpty() ? null : Pattern.compile(suffix),
        on);
  }

  private static Kind kind(String where, String name, Set<Kind> allowed) {
    for (Kind k : allowed) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(where + ": kind '" + name + "' is not one of " + allowed);
  }
}
