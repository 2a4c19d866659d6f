package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.report.brief.BriefingLanguage;
import org.entente.store.StoreSummary.Freshness;

/**
 * Where each updated component of the relation index ends in a store: UN votes, events, Security
 * Council vetoes and the sanctions lists, from what {@code status} lists ({@link Freshness}). A
 * table or briefing reaching past a component's end says so ("events: through 2024-02") rather than
 * judging the later years without it in silence: there the component is missing, not zero.
 *
 * <pre>{@code
 * EvidenceEnds ends = EvidenceEnds.of(StoreSummary.freshness(store));
 * ends.sentence(2026, BriefingLanguage.EN); // "Evidence ends: UN votes 2026-06-04; events 2024-02 …"
 * }</pre>
 */
public final class EvidenceEnds {

  /**
   * One component's end.
   *
   * @param component {@code votes}, {@code events}, {@code vetoes} or {@code sanctions}
   * @param through its last day or month ({@code 2024-02}); for a sanctions list, the day of its
   *     newest snapshot
   * @param source which of the store's evidence it is, as {@code status} names it
   */
  public record End(String component, String through, String source) {}

  private final List<End> ends;

  private EvidenceEnds(List<End> ends) {
    this.ends = List.copyOf(ends);
  }

  /** The components' ends among what a store holds: for events, the latest of its datasets. */
  public static EvidenceEnds of(List<Freshness> evidence) {
    End votes = null;
    End events = null;
    End vetoes = null;
    Map<String, End> lists = new LinkedHashMap<>();
    for (Freshness f : evidence) {
      String name = f.evidence();
      if (name.equals("UN votes")) {
        votes = new End("votes", f.through(), name);
      } else if (name.startsWith("event")) {
        if (events == null || f.through().compareTo(events.through()) > 0) {
          events = new End("events", f.through(), name);
        }
      } else if (name.equals("Security Council vetoes")) {
        vetoes = new End("vetoes", f.through(), name);
      } else if (name.startsWith("sanctions list")) {
        lists.put(name, new End("sanctions", f.through(), name));
      }
    }
    List<End> all = new ArrayList<>();
    for (End e : new End[] {votes, events, vetoes}) {
      if (e != null) {
        all.add(e);
      }
    }
    lists.values().stream().sorted((x, y) -> x.through().compareTo(y.through())).forEach(all::add);
    return new EvidenceEnds(all);
  }

  public List<End> all() {
    return ends;
  }

  /** The ends that fall before the last day of {@code year}: what a table to that year must say. */
  public List<End> before(int year) {
    String last = year + "-12-31";
    return ends.stream().filter(e -> e.through().compareTo(last) < 0).toList();
  }

  /**
   * One sentence naming each end before the last day of {@code year}, or the empty string when none
   * does.
   */
  public String sentence(int year, BriefingLanguage language) {
    List<End> shown = before(year);
    if (shown.isEmpty()) {
      return "";
    }
    boolean ja = language == BriefingLanguage.JA;
    List<String> parts = new ArrayList<>();
    List<String> lists = new ArrayList<>();
    for (End e : shown) {
      String when = e.through();
      switch (e.component()) {
        case "votes" -> parts.add(ja ? "国連総会の投票は" + when + "まで" : "UN votes through " + when);
        case "events" ->
            parts.add(
                ja
                    ? "出来事は" + when + "まで（" + sourceName(e.source()) + "）"
                    : "events through " + when + " (" + sourceName(e.source()) + ")");
        case "vetoes" ->
            parts.add(ja ? "安保理の拒否権は" + when + "まで" : "Security Council vetoes through " + when);
        default -> lists.add(when + " (" + listName(e.source()) + ")");
      }
    }
    if (!lists.isEmpty()) {
      parts.add(
          ja
              ? "制裁リストは" + String.join("、", lists) + "時点"
              : "sanctions lists as of " + String.join(", ", lists));
    }
    return ja
        ? "根拠の範囲：" + String.join("、", parts) + "。それより後の期間はその要素を欠いたまま判断している（ゼロではなく欠損）。"
        : "Evidence ends: "
            + String.join("; ", parts)
            + ". Later periods are judged without that component: missing, not zero.";
  }

  /** {@code event scores (gdelt-graph, by month)} → {@code event scores: gdelt-graph, by month}. */
  private static String sourceName(String source) {
    return source.replaceFirst(" \\((.*)\\)$", ": $1");
  }

  /** {@code sanctions list (OFAC)} → {@code OFAC}. */
  private static String listName(String source) {
    int open = source.indexOf('(');
    return open < 0 ? source : source.substring(open + 1, source.length() - 1);
  }
}
