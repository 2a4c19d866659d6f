package org.entente.report;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.entente.analyze.SanctionsRelation;
import org.entente.domain.SanctionsRegime;

/**
 * The regime records behind sanctions relations as terminal lines, each with the years it was in
 * force, who imposes it on whom and its citation: the same lines for {@code ties}, {@code relation}
 * and {@code camps}.
 */
public final class SanctionsText {

  private SanctionsText() {}

  /**
   * Each regime record in force in some year, once, in order of first appearance: {@code 2022–2026
   * KOR>RUS kor-rus-2022-02 (export-controls; state), instrument, in force 2022-02-28} and, when
   * {@code full}, its whole citation on the next line; else its first address on the same line.
   *
   * @param byYear the relations of each year
   */
  public static List<String> regimes(
      SortedMap<Integer, List<SanctionsRelation>> byYear, boolean full) {
    Map<SanctionsRegime, String> labels = new LinkedHashMap<>();
    Map<SanctionsRegime, IntSummaryStatistics> spans = new LinkedHashMap<>();
    byYear.forEach(
        (year, relations) -> {
          for (SanctionsRelation s : relations) {
            for (SanctionsRegime r : s.regimes()) {
              labels.putIfAbsent(r, s.label());
              spans.computeIfAbsent(r, k -> new IntSummaryStatistics()).accept(year);
            }
          }
        });
    List<String> lines = new ArrayList<>();
    spans.forEach(
        (r, span) -> {
          String years =
              span.getMin() == span.getMax()
                  ? Integer.toString(span.getMin())
                  : span.getMin() + "–" + span.getMax();
          String head = years + "  " + labels.get(r) + " ";
          lines.add(
              full
                  ? head + TiesWriter.regime(r) + "\n      " + r.source()
                  : head
                      + r.id()
                      + " ("
                      + r.kindCodes()
                      + "; "
                      + r.scope().code()
                      + "): "
                      + firstAddress(r.source()));
        });
    return lines;
  }

  /** The first web address of a citation, or the citation itself when it has none. */
  public static String firstAddress(String citation) {
    for (String word : citation.split("[\\s|]+")) {
      if (word.startsWith("http://") || word.startsWith("https://")) {
        return word;
      }
    }
    return citation;
  }
}
