package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.analyze.AggregateSeries.ScorePeriod;

/**
 * One period of a pair's event evidence: the counts of the raw events in the store (null when it
 * holds none for the period — unknown, not zero) beside an aggregated score (null when no aggregate
 * covers it). A score is not a count, so the two stay apart, each with its dataset.
 */
public record DyadEvidencePeriod(String period, DyadEventPeriod events, ScorePeriod score) {

  /**
   * Joins the raw-event series and the score series by period label ({@code 2018}, {@code 2018-06},
   * {@code 2018-06-01}), in period order.
   */
  public static List<DyadEvidencePeriod> join(
      List<DyadEventPeriod> events, List<ScorePeriod> scores) {
    Map<String, DyadEventPeriod> byPeriod = new TreeMap<>();
    events.forEach(e -> byPeriod.put(e.period(), e));
    Map<String, ScorePeriod> scored = new TreeMap<>();
    scores.forEach(s -> scored.put(s.period(), s));
    java.util.SortedSet<String> periods = new java.util.TreeSet<>(byPeriod.keySet());
    periods.addAll(scored.keySet());
    List<DyadEvidencePeriod> joined = new ArrayList<>();
    for (String period : periods) {
      joined.add(new DyadEvidencePeriod(period, byPeriod.get(period), scored.get(period)));
    }
    return joined;
  }
}
