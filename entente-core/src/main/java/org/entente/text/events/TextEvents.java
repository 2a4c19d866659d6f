package org.entente.text.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.DatePrecision;
import org.entente.domain.PartialDate;
import org.entente.text.Document;
import org.entente.text.Language;
import org.entente.text.Span;
import org.entente.text.TextPipeline;
import org.entente.text.TextPipeline.AnalysedSentence;
import org.entente.text.UnknownActors;
import org.entente.text.english.CameoActors;
import org.entente.text.english.CodedEvent;
import org.entente.text.english.EnglishCoder;
import org.entente.text.english.EnglishDictionaries;
import org.entente.text.time.DateContext;
import org.entente.text.time.TemporalNormaliser;
import org.entente.text.time.TimeExpression;

/**
 * The events of a document: the text chain ({@link TextPipeline}: sentences, tokens, actors), the
 * time expressions of each sentence in order ({@link TemporalNormaliser}, the last date mentioned
 * carried along), and the coder of the document's language — {@link JapaneseEvents} for Japanese,
 * PETRARCH2's dictionaries ({@link EnglishCoder}) for English.
 *
 * <pre>{@code
 * List<TextEvent> events = TextEvents.bundled().extract(document, "auto", null);
 * }</pre>
 */
public final class TextEvents {

  private final TextPipeline pipeline;
  private final JapaneseEvents japanese;
  private final EnglishEvents englishEvents = EnglishEvents.bundled();
  private volatile EnglishCoder english;

  public TextEvents(TextPipeline pipeline, JapaneseEvents japanese) {
    this.pipeline = pipeline;
    this.japanese = japanese;
  }

  /** The chain with the bundled tables and dictionaries. */
  public static TextEvents bundled() {
    return new TextEvents(TextPipeline.bundled(), new JapaneseEvents(EventPatterns.japanese()));
  }

  private EnglishCoder english() {
    if (english == null) {
      english = EnglishCoder.load(EnglishDictionaries.bundled());
    }
    return english;
  }

  /**
   * The events the document reports.
   *
   * @param language {@code ja}, {@code en} or {@code auto} (the document's detected language)
   * @param documentDate the article's date, for 昨年 and "last year"; null if unknown
   */
  public List<TextEvent> extract(Document document, String language, LocalDate documentDate) {
    String lang = language.equals("auto") ? document.language() : language;
    if (!lang.equals(Language.JAPANESE) && !lang.equals(Language.ENGLISH)) {
      return List.of();
    }
    LocalDate actorsDate = documentDate != null ? documentDate : LocalDate.now();
    TemporalNormaliser times = TemporalNormaliser.forLanguage(lang);
    DateContext context = DateContext.of(documentDate);
    JapaneseEvents.Topic topic = new JapaneseEvents.Topic();
    EnglishEvents.Topic readerTopic = new EnglishEvents.Topic();
    List<AnalysedSentence> sentences = pipeline.analyse(document, actorsDate);
    readerTopic.principal(sentences);
    List<TextEvent> events = new ArrayList<>();
    for (AnalysedSentence s : sentences) {
      int first = events.size();
      DateContext before = context.copy();
      String text = s.sentence().original();
      List<TimeExpression> found = times.find(text, context);
      if (lang.equals(Language.ENGLISH)
          && !found.isEmpty()
          && found.stream().allMatch(t -> DEICTIC.matcher(t.text()).matches())) {
        // "his address to the House of Commons yesterday" dates the address; the sentences after
        // it report the day of the text, as a readout's do.
        context = before.copy();
      }
      JapaneseEvents.Dating dating =
          new JapaneseEvents.Dating() {
            @Override
            public JapaneseEvents.Dating.When at(int position) {
              return when(
                  main(found, text), position, Integer.MAX_VALUE, before, documentDate, lang);
            }

            @Override
            public JapaneseEvents.Dating.When near(int position, int reach) {
              return when(main(found, text), position, reach, before, documentDate, lang);
            }

            @Override
            public List<JapaneseEvents.Dating.When> listed(int start, int end) {
              List<TimeExpression> group = dateList(main(found, text), text, start, end);
              List<JapaneseEvents.Dating.When> whens = new ArrayList<>();
              for (TimeExpression t : group) {
                whens.add(notAfter(of(t), t, documentDate, lang));
              }
              return whens;
            }

            @Override
            public boolean datedBefore(int position) {
              return main(found, text).stream().anyMatch(t -> t.end() <= position && usable(t));
            }

            @Override
            public JapaneseEvents.Dating.When present() {
              return documentDate == null
                  ? null
                  : new JapaneseEvents.Dating.When(partial(documentDate, DatePrecision.DAY), null);
            }
          };
      if (lang.equals(Language.JAPANESE)) {
        events.addAll(japanese.code(document.name(), s, dating, topic));
      } else {
        // The patterns first; PETRARCH2's verb dictionary where they code nothing and deny nothing.
        // The two together beat either alone on the development part and the second set
        // (BENCHMARKS.md, "English patterns").
        Map<List<String>, List<String>> references = readerTopic.references();
        List<TextEvent> ruled =
            englishEvents.code(document.name(), s, dating, readerTopic, documentDate);
        events.addAll(ruled);
        if (ruled.isEmpty() && !englishEvents.denies(text) && !EnglishEvents.heading(text)) {
          events.addAll(codeEnglish(document.name(), s, dating, actorsDate, references));
        }
      }
      for (int i = first; i < events.size(); i++) {
        events.set(i, atLine(events.get(i), document.text()));
      }
    }
    return events;
  }

  /**
   * The names in the document that look like officials but resolve to no actor ({@link
   * UnknownActors}), in order.
   */
  public List<UnknownActors.Unknown> unknownActors(
      Document document, String language, LocalDate documentDate) {
    String lang = language.equals("auto") ? document.language() : language;
    if (!lang.equals(Language.JAPANESE) && !lang.equals(Language.ENGLISH)) {
      return List.of();
    }
    List<UnknownActors.Unknown> unknown = new ArrayList<>();
    LocalDate date = documentDate != null ? documentDate : LocalDate.now();
    for (AnalysedSentence s : pipeline.analyse(document, date)) {
      unknown.addAll(UnknownActors.find(s));
    }
    return unknown;
  }

  private List<TextEvent> codeEnglish(
      String doc,
      AnalysedSentence s,
      JapaneseEvents.Dating dating,
      LocalDate date,
      Map<List<String>, List<String>> references) {
    String text = s.sentence().original();
    List<TextEvent> events = new ArrayList<>();
    for (CodedEvent e : english().code(text, null, date, references)) {
      Optional<String> source = actor(e.source());
      Optional<String> target = actor(e.target());
      if (source.isEmpty() || target.isEmpty() || source.equals(target)) {
        continue;
      }
      JapaneseEvents.Dating.When when = dating.at(e.start());
      Optional<org.entente.code.CameoEventTypes.Type> type =
          org.entente.code.CameoEventTypes.bundled().type(e.cameo());
      if (when == null
          || type.isEmpty()
          || type.get().plover() == null
          || type.get().plover().isEmpty()) {
        // A CAMEO code with no PLOVER type (010 "make statement", 012 "make pessimistic comment")
        // is talk about a state, not an event between two.
        continue;
      }
      int base = s.sentence().start();
      events.add(
          new TextEvent(
              doc,
              when.date(),
              when.to(),
              source.get(),
              target.get(),
              e.cameo(),
              type.get().plover(),
              text.strip(),
              new Span(base + e.start(), base + e.end()),
              e.confidence(),
              "petrarch2",
              0));
    }
    return events;
  }

  /** The event with the line of the document its predicate is on. */
  private static TextEvent atLine(TextEvent e, String text) {
    int line = 1;
    int end = Math.min(e.span().start(), text.length());
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new TextEvent(
        e.doc(),
        e.date(),
        e.dateTo(),
        e.source(),
        e.target(),
        e.cameo(),
        e.plover(),
        e.sentence(),
        e.span(),
        e.confidence(),
        e.pattern(),
        line);
  }

  /** A state's ISO-3 code, or an international body's CAMEO code (IGOUNO). */
  private static Optional<String> actor(String code) {
    if (code == null || code.startsWith("---")) {
      return Optional.empty();
    }
    Optional<String> state = CameoActors.state(code);
    if (state.isPresent()) {
      return state;
    }
    return code.startsWith("IGO")
        ? Optional.of(code.length() > 6 ? code.substring(0, 6) : code)
        : Optional.empty();
  }

  /** English words for a day counted from the text's own: they date their sentence only. */
  private static final java.util.regex.Pattern DEICTIC =
      java.util.regex.Pattern.compile(
          "(?i)(?:yesterday|tomorrow|today|tonight|this\\s+(?:morning|afternoon|evening)|last\\s+night)"
              + "(?:\\s+(?:morning|afternoon|evening|night))?");

  /** What joins the dates of a list: 6月、9月、12月; 7月と10月; "in May and June". */
  private static final java.util.regex.Pattern DATE_JOINER =
      java.util.regex.Pattern.compile("\\s*(?:、|，|,|と|及び|および|並びに|and|, and)\\s*");

  /**
   * The dates of a predicate given as a list: two or more plain dates joined by 、, と or "and" that
   * begin within three characters after the predicate (会談が6月、9月、12月の3度) or end within three
   * characters before it (6月と9月の会談). Empty where there is no such list.
   */
  static List<TimeExpression> dateList(
      List<TimeExpression> found, String text, int start, int end) {
    List<List<TimeExpression>> groups = new ArrayList<>();
    for (TimeExpression t : found) {
      List<TimeExpression> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      TimeExpression prev = last == null ? null : last.get(last.size() - 1);
      if (prev != null
          && t.kind() == TimeExpression.Kind.DATE
          && prev.kind() == TimeExpression.Kind.DATE
          && t.start() >= prev.end()
          && DATE_JOINER.matcher(text.substring(prev.end(), t.start())).matches()) {
        last.add(t);
      } else {
        groups.add(new ArrayList<>(List.of(t)));
      }
    }
    for (List<TimeExpression> g : groups) {
      int first = g.get(0).start();
      int last = g.get(g.size() - 1).end();
      boolean after = first >= end && first - end <= 3;
      boolean before = last <= start && start - last <= 3;
      if (g.size() >= 2 && (after || before)) {
        return g;
      }
    }
    return List.of();
  }

  /**
   * The time expressions that date the sentence's events: those in brackets after another — 9月19日
   * （日本時間20日） gives the same moment on another clock — are left out.
   */
  static List<TimeExpression> main(List<TimeExpression> found, String text) {
    List<TimeExpression> main = new ArrayList<>();
    for (TimeExpression t : found) {
      if (!main.isEmpty() && insideBrackets(text, t.start())) {
        continue;
      }
      TimeExpression before = main.isEmpty() ? null : main.get(main.size() - 1);
      if (before != null && adjacent(text, before, t) && monthOfYear(text, before, t) != null) {
        main.set(main.size() - 1, monthOfYear(text, before, t));
        continue;
      }
      if (before != null && adjacent(text, before, t) && within(before, t)) {
        continue; // "April this year": the month, not the year it is in
      }
      if (before != null && adjacent(text, before, t) && within(t, before)) {
        main.set(main.size() - 1, t);
        continue;
      }
      main.add(t);
    }
    return main;
  }

  /**
   * A month or day written without a year followed by the year it is in ("April this year", "May
   * last year"): one date, the month's in that year, whatever year the context had.
   */
  private static TimeExpression monthOfYear(
      String text, TimeExpression month, TimeExpression year) {
    if (month.kind() != TimeExpression.Kind.DATE
        || year.kind() != TimeExpression.Kind.DATE
        || month.date() == null
        || year.date() == null
        || month.precision() == DatePrecision.YEAR
        || year.precision() != DatePrecision.YEAR
        || YEAR_WRITTEN.matcher(month.text()).find()) {
      return null;
    }
    java.time.LocalDate date = month.date().withYear(year.date().getYear());
    return new TimeExpression(
        month.start(),
        year.end(),
        text.substring(month.start(), year.end()),
        date,
        month.precision(),
        null,
        null,
        TimeExpression.Kind.DATE,
        null);
  }

  /** Two expressions with only blanks, a comma or の between them: one phrase. */
  private static boolean adjacent(String text, TimeExpression a, TimeExpression b) {
    return b.start() >= a.end() && text.substring(a.end(), b.start()).matches("[\\s,、の]{0,2}");
  }

  /** Whether {@code inner} is a plain date at least as precise as {@code outer} and inside it. */
  private static boolean within(TimeExpression inner, TimeExpression outer) {
    if (inner.kind() != TimeExpression.Kind.DATE
        || outer.kind() != TimeExpression.Kind.DATE
        || inner.date() == null
        || outer.date() == null
        || inner.precision().compareTo(outer.precision()) >= 0) {
      return false;
    }
    return switch (outer.precision()) {
      case YEAR -> inner.date().getYear() == outer.date().getYear();
      case MONTH ->
          inner.date().getYear() == outer.date().getYear()
              && inner.date().getMonth() == outer.date().getMonth();
      case DAY -> false;
    };
  }

  private static boolean insideBrackets(String text, int at) {
    int depth = 0;
    for (int i = 0; i < at && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        depth++;
      } else if ((c == ')' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /**
   * The date of a predicate at {@code position}: the time expression nearest before it, else the
   * first after it, else the last date mentioned before the sentence.
   */
  static JapaneseEvents.Dating.When when(
      List<TimeExpression> found,
      int position,
      int reach,
      DateContext before,
      LocalDate documentDate,
      String lang) {
    TimeExpression chosen = null;
    for (TimeExpression t : found) {
      if (t.end() <= position && usable(t)) {
        chosen = t;
      }
    }
    if (chosen == null) {
      for (TimeExpression t : found) {
        if (t.start() >= position && t.start() - position <= reach && usable(t)) {
          chosen = t;
          break;
        }
      }
    }
    if (chosen != null) {
      return notAfter(of(chosen), chosen, documentDate, lang);
    }
    if (before.last().isPresent()) {
      return new JapaneseEvents.Dating.When(
          partial(before.last().get(), before.lastPrecision().orElse(DatePrecision.YEAR)), null);
    }
    return null;
  }

  /**
   * A month or day written without its year (5月, 5月12日, "in September") takes the year of the
   * context; where that puts it after the text's own date, a report of what happened means the year
   * before: a Bluebook of March 2006 that last named 2006 reports "5月の次官級会談" of May 2005.
   */
  private static JapaneseEvents.Dating.When notAfter(
      JapaneseEvents.Dating.When when, TimeExpression t, LocalDate documentDate, String lang) {
    if (documentDate == null
        || t.kind() != TimeExpression.Kind.DATE
        || when.to() != null
        || YEAR_WRITTEN.matcher(t.text()).find()) {
      return when;
    }
    PartialDate d = when.date();
    if (lang.equals(Language.ENGLISH) && d.year() < documentDate.getYear() - 1) {
      // English writes the year where it leaves the text's own: "On May 27" after a sentence on
      // 1975 is this May 27. (Japanese reference texts name a year once for a whole section.)
      d = new PartialDate(documentDate.getYear(), d.month(), d.day());
      when = new JapaneseEvents.Dating.When(d, null);
    }
    boolean after = d.year() == documentDate.getYear() && d.month() > documentDate.getMonthValue();
    if (!after) {
      return when;
    }
    return new JapaneseEvents.Dating.When(new PartialDate(d.year() - 1, d.month(), d.day()), null);
  }

  private static final java.util.regex.Pattern YEAR_WRITTEN =
      java.util.regex.Pattern.compile(
          "年|\\d{4}|昨|来|今|翌|前|last|next|this", java.util.regex.Pattern.CASE_INSENSITIVE);

  private static boolean usable(TimeExpression t) {
    return t.kind() != TimeExpression.Kind.PERIOD || NamedPeriods.find(t.period().name()) != null;
  }

  private static JapaneseEvents.Dating.When of(TimeExpression t) {
    return switch (t.kind()) {
      case RANGE -> new JapaneseEvents.Dating.When(t.partialDate(), t.partialTo());
      case GAP -> new JapaneseEvents.Dating.When(t.partialTo(), null);
      case PERIOD -> NamedPeriods.when(t.period());
      default -> new JapaneseEvents.Dating.When(t.partialDate(), null);
    };
  }

  private static PartialDate partial(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY -> new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      case MONTH -> new PartialDate(d.getYear(), d.getMonthValue(), 0);
      case YEAR -> new PartialDate(d.getYear(), 0, 0);
    };
  }

  /** Named periods ({@code named-periods.tsv}): 金正日時代 and the like. */
  static final class NamedPeriods {
    private static final Map<String, LocalDate[]> PERIODS = load();

    private NamedPeriods() {}

    static LocalDate[] find(String name) {
      return PERIODS.get(name);
    }

    /**
     * A part of a named period as a range of years: the first or last two calendar years of it, or
     * its middle year, or the whole.
     */
    static JapaneseEvents.Dating.When when(TimeExpression.Period period) {
      LocalDate[] p = find(period.name());
      int first = p[0].getYear();
      int last = Math.min(p[1].getYear(), LocalDate.now().getYear());
      return switch (period.part()) {
        case EARLY -> years(first, Math.min(last, first + 1));
        case LATE -> years(Math.max(first, last - 1), last);
        case MIDDLE -> years((first + last) / 2, (first + last) / 2);
        case WHOLE -> years(first, last);
      };
    }

    private static JapaneseEvents.Dating.When years(int from, int to) {
      return new JapaneseEvents.Dating.When(
          new PartialDate(from, 0, 0), from == to ? null : new PartialDate(to, 0, 0));
    }

    private static Map<String, LocalDate[]> load() {
      Map<String, LocalDate[]> periods = new HashMap<>();
      try (InputStream in = TextEvents.class.getResourceAsStream("named-periods.tsv");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        boolean header = true;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (header) {
            header = false;
            continue;
          }
          String[] f = line.split("\t", -1);
          periods.put(f[0], new LocalDate[] {LocalDate.parse(f[1]), LocalDate.parse(f[2])});
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read named-periods.tsv", e);
      }
      return periods;
    }
  }
}
