package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.entente.domain.Event;
import org.entente.domain.Obligations;
import org.entente.domain.RollCall;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;
import org.entente.domain.VoteChoice;

/**
 * Explains a turning point by the records around it, comparing the stretch just before the change
 * with the stretch just after (issue 9: "the largest vote shifts, treaty and veto records, the
 * events with the largest weight"). Plain Java over evidence the caller gathered; every item cites
 * its record (resolution symbol, treaty citation or ATOP file and line, veto draft, sanctions
 * programme, event id, score file and line).
 *
 * <p>Votes: how often the pair voted differently before and after; then up to {@link #ROLL_CALLS}
 * roll calls, chosen as the most telling: for a rise, resolutions the pair voted on together after
 * the change although they had voted apart on a resolution of the same title before it (recurring
 * annual resolutions), then ones on which they cast the same no or abstention; for a fall, the
 * reverse, then the roll calls on which one voted yes and the other no. Opposite votes (yes against
 * no) come before an abstention against a vote, issue-tagged roll calls before others.
 *
 * <pre>{@code
 * List<String> items = ChangeExplanations.explain("CHN", "RUS", window, true, evidence);
 * }</pre>
 */
public final class ChangeExplanations {

  /** Roll calls named per change. */
  public static final int ROLL_CALLS = 3;

  /** Events, monthly scores, vetoes and sanctions programmes named per change, at most. */
  public static final int RECORDS = 3;

  private static final int TITLE_LENGTH = 60;

  /**
   * The stretch of time compared: {@code [beforeFrom, at)} before the change, {@code [at, afterTo)}
   * after it.
   */
  public record Window(LocalDate beforeFrom, LocalDate at, LocalDate afterTo) {
    public Window {
      Objects.requireNonNull(beforeFrom, "beforeFrom");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(afterTo, "afterTo");
      if (!beforeFrom.isBefore(at) || !at.isBefore(afterTo)) {
        throw new IllegalArgumentException(
            "window: expected beforeFrom < at < afterTo, got "
                + beforeFrom
                + ", "
                + at
                + ", "
                + afterTo);
      }
    }

    boolean before(LocalDate d) {
      return !d.isBefore(beforeFrom) && d.isBefore(at);
    }

    boolean after(LocalDate d) {
      return !d.isBefore(at) && d.isBefore(afterTo);
    }

    boolean contains(LocalDate d) {
      return !d.isBefore(beforeFrom) && d.isBefore(afterTo);
    }

    int firstYear() {
      return beforeFrom.getYear();
    }

    int lastYear() {
      return afterTo.minusDays(1).getYear();
    }
  }

  /**
   * What the store holds around one change.
   *
   * @param rollCalls the pair's jointly cast votes in the window (from {@link
   *     UnAlignment#evidence}), any order
   * @param ties the pair's ties of every year of the window and the year before it
   * @param events raw events between the two in the window
   * @param scores aggregated monthly scores of the pair in the window
   * @param lastAtopYear ATOP's last year (2018), or 0 without ATOP: that its rows stop there is no
   *     end of an alliance
   */
  public record Evidence(
      List<AlignmentEvidence.Item> rollCalls,
      List<TieYear> ties,
      List<Event> events,
      List<AggregateSeries.ScorePeriod> scores,
      int lastAtopYear) {
    public Evidence {
      rollCalls = List.copyOf(rollCalls);
      ties = List.copyOf(ties);
      events = List.copyOf(events);
      scores = List.copyOf(scores);
    }
  }

  private ChangeExplanations() {}

  /** Every item, votes first, then ties, then events and scores. */
  public static List<String> explain(
      String a, String b, Window window, boolean rise, Evidence evidence) {
    List<String> items = new ArrayList<>(votes(a, b, window, rise, evidence.rollCalls()));
    items.addAll(ties(window, evidence.ties(), evidence.lastAtopYear()));
    items.addAll(events(window, evidence.events()));
    items.addAll(scores(window, evidence.scores()));
    return items;
  }

  /** The vote summary and the most telling roll calls, as the class comment describes. */
  public static List<String> votes(
      String a, String b, Window window, boolean rise, List<AlignmentEvidence.Item> rollCalls) {
    List<AlignmentEvidence.Item> before = new ArrayList<>();
    List<AlignmentEvidence.Item> after = new ArrayList<>();
    for (AlignmentEvidence.Item item : rollCalls) {
      LocalDate d = item.rollCall().date();
      if (window.before(d)) {
        before.add(item);
      } else if (window.after(d)) {
        after.add(item);
      }
    }
    Comparator<AlignmentEvidence.Item> byDate =
        Comparator.comparing((AlignmentEvidence.Item it) -> it.rollCall().date())
            .thenComparingInt(it -> it.rollCall().rcid());
    before.sort(byDate);
    after.sort(byDate);
    List<String> items = new ArrayList<>();
    if (before.isEmpty() && after.isEmpty()) {
      return items;
    }
    items.add(
        String.format(
                Locale.ROOT,
                "votes %s: apart on %d of %d roll calls, yes against no on %d",
                years(window.at(), window.afterTo()),
                apart(after),
                after.size(),
                opposed(after))
            + (before.isEmpty()
                ? " (none before)"
                : String.format(
                    Locale.ROOT,
                    " (%s: %d of %d, %d)",
                    years(window.beforeFrom(), window.at()),
                    apart(before),
                    before.size(),
                    opposed(before))));

    // Resolutions of the same title voted on before the change, the pair apart (rise) or together.
    Map<String, AlignmentEvidence.Item> earlier = new HashMap<>();
    for (AlignmentEvidence.Item item : before) {
      String key = titleKey(item.rollCall());
      if (key.isEmpty() || rise == (item.a() == item.b())) {
        continue;
      }
      AlignmentEvidence.Item kept = earlier.get(key);
      if (kept == null || distance(item) > distance(kept)) {
        earlier.put(key, item);
      }
    }
    List<AlignmentEvidence.Item> turned = new ArrayList<>();
    List<AlignmentEvidence.Item> others = new ArrayList<>();
    for (AlignmentEvidence.Item item : after) {
      boolean together = item.a() == item.b();
      if (together != rise) {
        continue;
      }
      if (earlier.containsKey(titleKey(item.rollCall()))) {
        turned.add(item);
      } else if (rise ? item.a() != VoteChoice.YES : distance(item) == 2) {
        others.add(item); // a shared no or abstention; or yes against no
      }
    }
    Comparator<AlignmentEvidence.Item> telling =
        Comparator.comparingInt(
                (AlignmentEvidence.Item it) ->
                    rise ? -distance(earlier.get(titleKey(it.rollCall()))) : -distance(it))
            .thenComparing(it -> it.rollCall().issues().isEmpty())
            .thenComparing(byDate);
    turned.sort(telling);
    others.sort(
        Comparator.comparingInt((AlignmentEvidence.Item it) -> -distance(it))
            .thenComparing(it -> it.rollCall().issues().isEmpty())
            .thenComparing(byDate));
    Set<String> titles = new HashSet<>();
    Set<String> symbols = new HashSet<>();
    int named = 0;
    for (AlignmentEvidence.Item item : turned) {
      if (named < ROLL_CALLS
          && titles.add(titleKey(item.rollCall()))
          && symbols.add(symbol(item.rollCall()))) {
        AlignmentEvidence.Item then = earlier.get(titleKey(item.rollCall()));
        items.add(
            (rise ? "joined on " : "apart on ")
                + rollCall(item.rollCall())
                + ": "
                + votesOf(a, b, item)
                + " (before: "
                + symbol(then.rollCall())
                + " "
                + then.rollCall().date().getYear()
                + ", "
                + votesOf(a, b, then)
                + ")");
        named++;
      }
    }
    for (AlignmentEvidence.Item item : others) {
      String key = titleKey(item.rollCall());
      if (named < ROLL_CALLS
          && symbols.add(symbol(item.rollCall()))
          && (key.isEmpty() || titles.add(key))) {
        items.add(
            (rise ? "together on " : "apart on ")
                + rollCall(item.rollCall())
                + ": "
                + votesOf(a, b, item));
        named++;
      }
    }
    return items;
  }

  /**
   * Alliance obligations that began or ended in the window (with the records behind them), treaty
   * records entering into force or ending, joint vetoes cast in it, sanctions programmes starting
   * or ending.
   */
  public static List<String> ties(Window window, List<TieYear> ties, int lastAtopYear) {
    Map<Integer, TieYear> byYear = new TreeMap<>();
    ties.forEach(t -> byYear.put(t.year(), t));
    Set<String> items = new LinkedHashSet<>();
    for (int year = window.firstYear(); year <= window.lastYear(); year++) {
      TieYear now = byYear.get(year);
      TieYear then = byYear.get(year - 1);
      if (now == null || then == null) {
        continue;
      }
      Obligations was = then.obligations().obligations();
      Obligations is = now.obligations().obligations();
      boolean atopEnds =
          year - 1 == lastAtopYear
              && then.obligations().basis() == ObligationYear.Basis.ATOP
              && now.obligations().basis() == ObligationYear.Basis.NONE;
      if (!was.equals(is) && !atopEnds) {
        List<String> cited =
            is.isNone() ? then.obligations().citations() : now.obligations().citations();
        items.add(
            "alliance "
                + year
                + ": "
                + obligations(was)
                + " → "
                + obligations(is)
                + (cited.isEmpty() ? "" : " (" + cited.get(0) + ")"));
      }
      Map<String, TreatyRecord> wasTreaties = treaties(then);
      Map<String, TreatyRecord> isTreaties = treaties(now);
      for (TreatyRecord t : isTreaties.values()) {
        if (!wasTreaties.containsKey(t.id())) {
          items.add("treaty in force " + year + ": " + t.id() + " (" + t.citation() + ")");
        }
      }
      for (TreatyRecord t : wasTreaties.values()) {
        if (!isTreaties.containsKey(t.id())) {
          items.add("treaty ended " + (year - 1) + ": " + t.id() + " (" + t.citation() + ")");
        }
      }
    }
    List<String> out = new ArrayList<>(items);
    List<Veto> vetoes = new ArrayList<>();
    for (TieYear t : byYear.values()) {
      t.jointVetoes().stream().filter(v -> window.contains(v.date())).forEach(vetoes::add);
    }
    vetoes.sort(Comparator.comparing(Veto::date).thenComparing(Veto::draft));
    for (int i = 0; i < Math.min(RECORDS, vetoes.size()); i++) {
      Veto v = vetoes.get(i);
      out.add("joint veto " + v.draft() + " " + v.date() + " (" + v.topic() + ")");
    }
    if (vetoes.size() > RECORDS) {
      out.add("+" + (vetoes.size() - RECORDS) + " more joint vetoes");
    }
    out.addAll(sanctions(window, byYear));
    return out;
  }

  private static List<String> sanctions(Window window, Map<Integer, TieYear> byYear) {
    List<String> items = new ArrayList<>();
    for (int year = window.firstYear(); year <= window.lastYear(); year++) {
      TieYear now = byYear.get(year);
      TieYear then = byYear.get(year - 1);
      if (now == null || then == null) {
        continue;
      }
      Set<String> was = programmes(then);
      Set<String> is = programmes(now);
      for (String p : is) {
        if (!was.contains(p)) {
          items.add("sanctions from " + year + ": " + p);
        }
      }
      for (String p : was) {
        if (!is.contains(p)) {
          items.add("sanctions ended " + (year - 1) + ": " + p);
        }
      }
    }
    if (items.size() > RECORDS) {
      int more = items.size() - RECORDS;
      items = new ArrayList<>(items.subList(0, RECORDS));
      items.add("+" + more + " more sanctions programmes");
    }
    return items;
  }

  /** The raw events of the window with the largest |Goldstein| weight. */
  public static List<String> events(Window window, List<Event> events) {
    return events.stream()
        .filter(e -> window.contains(e.date()))
        .sorted(
            Comparator.comparingDouble((Event e) -> -Math.abs(e.goldstein()))
                .thenComparing(Event::date)
                .thenComparing(Event::dataset)
                .thenComparing(Event::id))
        .limit(RECORDS)
        .map(
            e ->
                String.format(
                    Locale.ROOT,
                    "event %s %s %s %s>%s CAMEO %s Goldstein %+.1f %s",
                    e.dataset(),
                    e.id(),
                    e.date(),
                    e.sourceState(),
                    e.targetState(),
                    e.cameo(),
                    e.goldstein(),
                    e.url().isEmpty() ? e.file() + ":" + e.line() : e.url()))
        .toList();
  }

  /** The months of the window with the largest |score|, each with its file and line. */
  public static List<String> scores(Window window, List<AggregateSeries.ScorePeriod> scores) {
    return scores.stream()
        .filter(s -> window.contains(s.start()))
        .sorted(
            Comparator.comparingDouble((AggregateSeries.ScorePeriod s) -> -Math.abs(s.scoreSum()))
                .thenComparing(AggregateSeries.ScorePeriod::start))
        .limit(RECORDS)
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "%s score %s %+.1f (%s:%s)",
                    s.provenance().dataset(),
                    s.period(),
                    s.scoreSum(),
                    s.provenance().file(),
                    s.provenance().lines().isEmpty() ? "?" : s.provenance().lines().get(0)))
        .toList();
  }

  private static Map<String, TreatyRecord> treaties(TieYear year) {
    Map<String, TreatyRecord> treaties = new TreeMap<>();
    for (TieRecord r : year.obligations().inForce()) {
      if (r instanceof TreatyRecord t) {
        treaties.put(t.id(), t);
      }
    }
    return treaties;
  }

  private static Set<String> programmes(TieYear year) {
    Set<String> programmes = new LinkedHashSet<>();
    for (SanctionsRelation s : year.sanctions()) {
      for (String p : s.programs()) {
        programmes.add(s.label() + " " + p);
      }
      s.regimes().forEach(r -> programmes.add(s.label() + " " + r.id()));
    }
    return programmes;
  }

  private static String obligations(Obligations o) {
    return o.isNone() ? "none" : String.join("+", o.names());
  }

  /** 2 for yes against no, 1 for an abstention against a vote, 0 for the same vote. */
  private static int distance(AlignmentEvidence.Item item) {
    return item == null ? 0 : Math.abs(item.a().code() - item.b().code());
  }

  private static long apart(List<AlignmentEvidence.Item> items) {
    return items.stream().filter(it -> it.a() != it.b()).count();
  }

  private static long opposed(List<AlignmentEvidence.Item> items) {
    return items.stream().filter(it -> distance(it) == 2).count();
  }

  private static String votesOf(String a, String b, AlignmentEvidence.Item item) {
    return item.a() == item.b()
        ? "both " + item.a().label()
        : a + " " + item.a().label() + ", " + b + " " + item.b().label();
  }

  /** {@code R/53/46 PALESTINE, ASSISTANCE [me] 1998-12-05}. */
  private static String rollCall(RollCall rc) {
    String title = rc.title().replace(';', ',').strip();
    if (title.length() > TITLE_LENGTH) {
      title = title.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }
    String issues =
        rc.issues().stream().map(i -> i.code()).sorted().reduce((x, y) -> x + " " + y).orElse("");
    return symbol(rc)
        + (title.isEmpty() ? "" : " " + title)
        + (issues.isEmpty() ? "" : " [" + issues + "]")
        + " "
        + rc.date();
  }

  private static String symbol(RollCall rc) {
    return rc.resolution().isEmpty() ? "rcid " + rc.rcid() : rc.resolution();
  }

  /** Titles of recurring resolutions differ in punctuation and case from year to year. */
  static String titleKey(RollCall rc) {
    return rc.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** {@code 1998–1999}, or {@code 1998} for one year, for {@code [from, to)}. */
  private static String years(LocalDate from, LocalDate to) {
    int first = from.getYear();
    int last = to.minusDays(1).getYear();
    return first == last ? Integer.toString(first) : first + "–" + last;
  }
}
