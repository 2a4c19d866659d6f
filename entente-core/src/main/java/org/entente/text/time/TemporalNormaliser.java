package org.entente.text.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.entente.domain.DatePrecision;
import org.entente.text.time.TimeExpression.Kind;
import org.entente.text.time.TimeExpression.Part;
import org.entente.text.time.TimeExpression.Period;
import org.entente.text.time.TimeRules.Base;
import org.entente.text.time.TimeRules.Build;
import org.entente.text.time.TimeRules.DateRule;
import org.entente.text.time.TimeRules.LinkRule;
import org.entente.text.time.TimeRules.Range;

/**
 * Finds the time expressions of a Japanese or English text and dates them, resolving relative ones
 * against a {@link DateContext}. The patterns are data ({@code rules-ja.tsv}, {@code rules-en.tsv}
 * beside this class, format in {@code package-info.java}), compiled once per language.
 *
 * <pre>{@code
 * DateContext context = DateContext.of(null);
 * TemporalNormaliser ja = TemporalNormaliser.forLanguage("ja");
 * ja.find("2018年9月の国連総会で…", context);   // DATE 2018-09
 * ja.find("その翌月、…", context);              // DATE 2018-10, from the context
 * }</pre>
 *
 * <p>How a text is read: full-width ASCII is folded to ASCII (one character for one, so spans stay
 * those of the input); every date rule is run over the text and, where matches overlap, the one
 * starting first wins, then the longest, then the earlier rule; the kept matches are dated in text
 * order, each moving the context (see {@link DateContext}); then the link rules, in file order,
 * join them to the words around them ({@code 以降}, {@code を最後に}, {@code since}) or to each other
 * ({@code から…まで}). A match whose date cannot be built (a relative expression with no date to start
 * from, a day that does not exist) is left out. Thread-safe.
 */
public final class TemporalNormaliser {

  private static final Map<String, TemporalNormaliser> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final List<String> LANGUAGES = List.of("ja", "en");

  private final String language;
  private final TimeRules rules;
  private final boolean prefilter;

  private TemporalNormaliser(String language, TimeRules rules, boolean prefilter) {
    this.language = language;
    this.rules = rules;
    this.prefilter = prefilter;
  }

  /** The same rules run on every text, without skipping by {@link RequiredChars}: for tests. */
  TemporalNormaliser withoutPrefilter() {
    return new TemporalNormaliser(language, rules, false);
  }

  /**
   * The normaliser for {@code ja} or {@code en}, its rules compiled on first use.
   *
   * @throws IllegalArgumentException for any other language
   */
  public static TemporalNormaliser forLanguage(String language) {
    String lang = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException(
          "no temporal rules for language '" + language + "' (expected one of " + LANGUAGES + ")");
    }
    return BY_LANGUAGE.computeIfAbsent(
        lang, l -> new TemporalNormaliser(l, TimeRules.load("rules-" + l + ".tsv"), true));
  }

  /** A normaliser over the given lines of a rules file; {@code name} appears in its messages. */
  public static TemporalNormaliser fromRules(String name, List<String> lines) {
    return new TemporalNormaliser(name, TimeRules.parse(name, lines), true);
  }

  public String language() {
    return language;
  }

  /**
   * The time expressions of {@code text} in text order, each dated; moves {@code context} past
   * every date resolved (see {@link DateContext}).
   */
  public List<TimeExpression> find(String text, DateContext context) {
    Objects.requireNonNull(context, "context");
    String folded = Numerals.foldWidth(Objects.requireNonNull(text, "text"));
    long[] present = present(folded);
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < rules.dates.size(); r++) {
      DateRule rule = rules.dates.get(r);
      if (!mayMatch(rule, present)) {
        continue;
      }
      Matcher m = rule.pattern().matcher(folded);
      while (m.find()) {
        if (m.end() > m.start()) {
          String[] values = new String[rule.groups().length];
          for (int g = 0; g < values.length; g++) {
            values[g] = m.group(rule.groups()[g]);
          }
          candidates.add(new Candidate(r, m.start(), m.end(), values));
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
            .thenComparingInt(Candidate::rule));
    List<Draft> drafts = new ArrayList<>();
    int taken = 0;
    for (Candidate c : candidates) {
      if (c.start() < taken) {
        continue;
      }
      Draft d = resolve(rules.dates.get(c.rule()), c, context);
      if (d != null) {
        drafts.add(d);
        taken = c.end();
      }
    }
    for (LinkRule link : rules.links) {
      link(link, folded, drafts);
    }
    List<TimeExpression> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(
          new TimeExpression(
              d.start,
              d.end,
              text.substring(d.start, d.end),
              d.date,
              d.precision,
              d.to,
              d.toPrecision,
              d.kind,
              d.period));
    }
    return out;
  }

  /** The characters of {@code text}, hashed to 1,024 bits (a false hit only costs a scan). */
  private static long[] present(String text) {
    long[] bits = new long[16];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bits[(c >> 6) & 15] |= 1L << c;
    }
    return bits;
  }

  /** Whether {@code text} may hold a match of {@code rule}: one of each required set is there. */
  private boolean mayMatch(DateRule rule, long[] present) {
    if (!prefilter) {
      return true;
    }
    for (char[] set : rule.required()) {
      boolean any = false;
      for (char c : set) {
        if ((present[(c >> 6) & 15] & (1L << c)) != 0) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** One match of one date rule, with the values of the rule's named groups. */
  private record Candidate(int rule, int start, int end, String[] values) {}

  /** An expression being built. */
  private static final class Draft {
    int start;
    int end;
    Kind kind;
    LocalDate date;
    DatePrecision precision;
    LocalDate to;
    DatePrecision toPrecision;
    Period period;
  }

  private Draft resolve(DateRule rule, Candidate c, DateContext context) {
    Groups g = new Groups(rule.groups(), c.values());
    Draft d = new Draft();
    d.start = c.start();
    d.end = c.end();
    d.kind = rule.kind();
    if (rule.kind() == Kind.PERIOD) {
      String part = lookup("part", g.get("part"));
      if (part == null) {
        return null;
      }
      d.period = new Period(g.get("p"), Part.valueOf(part));
      return d;
    }
    Build b = rule.build();
    LocalDate anchor = null;
    DatePrecision anchorPrecision = null;
    if (b.base() == Base.LAST && context.last().isPresent()) {
      anchor = context.last().get();
      anchorPrecision = context.lastPrecision().orElseThrow();
    } else if (b.base() != Base.NONE && context.documentDate().isPresent()) {
      anchor = context.documentDate().get();
      anchorPrecision = DatePrecision.DAY;
    }
    LocalDate base = anchor;
    DatePrecision basePrecision = anchorPrecision;
    String unit = g.has("u") ? lookup("u", g.get("u")) : null;
    String keep = "$u".equals(b.keep()) ? unit : b.keep();
    if ((b.shift() != null || keep != null) && base == null) {
      return null;
    }
    if (b.shift() != null) {
      String shiftUnit = b.shift().unit().equals("$u") ? unit : b.shift().unit();
      int amount = b.shift().amountFromGroup() ? number(g, "n") : b.shift().amount();
      if (shiftUnit == null || amount < 0 || finer(precisionOf(shiftUnit), basePrecision)) {
        return null;
      }
      amount *= b.shift().sign();
      base =
          switch (shiftUnit) {
            case "year" -> base.plusYears(amount);
            case "month" -> base.plusMonths(amount);
            case "week" -> base.plusWeeks(amount);
            default -> base.plusDays(amount);
          };
      if (keep == null) {
        keep = shiftUnit;
      }
    }
    if (keep != null) {
      DatePrecision k = precisionOf(keep);
      if (finer(k, basePrecision)) {
        return null;
      }
      base = truncate(base, k);
      basePrecision = k;
    }
    LocalDate eraStart = null;
    int y = -1;
    if (g.get("era") != null) {
      try {
        eraStart = LocalDate.parse(Objects.requireNonNull(lookup("era", g.get("era"))));
      } catch (DateTimeParseException | NullPointerException e) {
        return null;
      }
      int ey = number(g, "ey");
      if (ey < 1) {
        return null;
      }
      y = eraStart.getYear() + ey - 1;
    } else if (g.get("y") != null) {
      y = number(g, "y");
      if (y < 1) {
        return null;
      }
    }
    int m = g.get("m") == null ? 0 : number(g, "m");
    int day = g.get("d") == null ? 0 : number(g, "d");
    if (m < 0 || day < 0 || m > 12) {
      return null;
    }
    LocalDate date;
    DatePrecision precision;
    if (y < 0 && m == 0 && day == 0) {
      if (base == null) {
        return null;
      }
      date = base;
      precision = basePrecision;
    } else {
      if (y < 0) {
        if (base == null) {
          return null;
        }
        y = base.getYear();
        if (m == 0) {
          if (basePrecision == DatePrecision.YEAR) {
            return null;
          }
          m = base.getMonthValue();
        }
      }
      precision = day > 0 ? DatePrecision.DAY : m > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
      try {
        date = LocalDate.of(y, Math.max(m, 1), Math.max(day, 1));
      } catch (DateTimeException e) {
        return null;
      }
      if (eraStart != null && lastDay(date, precision).isBefore(eraStart)) {
        return null; // 令和元年4月: Reiwa began on 1 May 2019
      }
    }
    d.date = date;
    d.precision = precision;
    if (rule.kind() == Kind.GAP) {
      d.to = anchor;
      d.toPrecision = anchorPrecision;
    } else if (rule.kind() == Kind.RANGE && !range(d, b.range())) {
      return null;
    }
    if (rule.kind() != Kind.GAP) {
      context.mention(date, precision);
    }
    return d;
  }

  /** Cuts {@code d}'s date to the range asked for; false when its precision does not allow it. */
  private static boolean range(Draft d, Range r) {
    LocalDate x = d.date;
    switch (r.unit()) {
      case DAYS -> {
        if (d.precision == DatePrecision.YEAR) {
          return false;
        }
        int last = x.lengthOfMonth();
        d.date = x.withDayOfMonth(Math.min(r.from(), last));
        d.to = x.withDayOfMonth(Math.min(r.to(), last));
        d.precision = d.toPrecision = DatePrecision.DAY;
      }
      case MONTHS -> {
        if (d.precision != DatePrecision.YEAR) {
          return false;
        }
        d.date = x.withMonth(r.from());
        d.to = x.withMonth(r.to());
        d.precision = d.toPrecision = DatePrecision.MONTH;
      }
      case YEARS -> {
        d.date = x.withDayOfYear(1).plusYears(r.from());
        d.to = x.withDayOfYear(1).plusYears(r.to());
        d.precision = d.toPrecision = DatePrecision.YEAR;
      }
      case WEEK -> {
        if (d.precision != DatePrecision.DAY) {
          return false;
        }
        d.date = x.minusDays(x.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        d.to = d.date.plusDays(6);
        d.toPrecision = DatePrecision.DAY;
      }
      default -> throw new IllegalStateException(r.unit().name());
    }
    return true;
  }

  private void link(LinkRule link, String text, List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft a = drafts.get(i);
      if (!link.on().contains(a.kind)) {
        continue;
      }
      int lo = i > 0 ? drafts.get(i - 1).end : 0;
      Draft b = null;
      int hi;
      if (link.middle() != null) {
        if (i + 1 >= drafts.size()) {
          break;
        }
        b = drafts.get(i + 1);
        if (!link.on().contains(b.kind)
            || !link.middle().matcher(text).region(a.end, b.start).matches()) {
          continue;
        }
        hi = i + 2 < drafts.size() ? drafts.get(i + 2).start : text.length();
      } else {
        hi = i + 1 < drafts.size() ? drafts.get(i + 1).start : text.length();
      }
      int start = a.start;
      if (link.prefix() != null) {
        Matcher m = link.prefix().matcher(text).region(Math.max(lo, a.start - 40), a.start);
        if (!m.find()) {
          continue;
        }
        start = m.start();
      }
      int last = b == null ? a.end : b.end;
      int end = last;
      if (link.suffix() != null) {
        Matcher m = link.suffix().matcher(text).region(last, hi);
        if (!m.lookingAt()) {
          continue;
        }
        end = m.end();
      }
      if (b == null && start == a.start && end == a.end) {
        continue; // a link that adds no words changes nothing
      }
      a.start = start;
      a.end = end;
      if (b != null) {
        a.kind = Kind.RANGE;
        a.to = b.to != null ? b.to : b.date;
        a.toPrecision = b.to != null ? b.toPrecision : b.precision;
        drafts.remove(i + 1);
      } else if (link.kind() != null) {
        if (link.kind() == Kind.UNTIL && a.to != null) {
          a.date = a.to;
          a.precision = a.toPrecision;
        }
        a.kind = link.kind();
        a.to = null;
        a.toPrecision = null;
      }
    }
  }

  private int number(Groups g, String name) {
    String s = g.get(name);
    if (s == null) {
      return -1;
    }
    int v = Numerals.parse(s);
    if (v >= 0) {
      return v;
    }
    String mapped = lookup(name, s);
    if (mapped == null) {
      return -1;
    }
    try {
      return Integer.parseInt(mapped);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String lookup(String group, String word) {
    Map<String, String> map = rules.values.get(group);
    return map == null || word == null ? null : map.get(word.toLowerCase(Locale.ROOT));
  }

  private static DatePrecision precisionOf(String unit) {
    return switch (unit) {
      case "year" -> DatePrecision.YEAR;
      case "month" -> DatePrecision.MONTH;
      default -> DatePrecision.DAY;
    };
  }

  /** Whether {@code a} is finer than {@code b} (DAY is finer than MONTH, MONTH than YEAR). */
  private static boolean finer(DatePrecision a, DatePrecision b) {
    return a.ordinal() < b.ordinal();
  }

  private static LocalDate truncate(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> d;
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  private static LocalDate lastDay(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> d;
      case MONTH -> d.withDayOfMonth(d.lengthOfMonth());
      case YEAR -> d.withDayOfYear(d.lengthOfYear());
    };
  }

  /** The named groups of one match. */
  private record Groups(String[] names, String[] values) {
    String get(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return values[i];
        }
      }
      return null;
    }

    boolean has(String name) {
      for (String n : names) {
        if (n.equals(name)) {
          return true;
        }
      }
      return false;
    }
  }
}
