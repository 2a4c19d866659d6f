package org.entente.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.CyrillicRomaniser;
import org.entente.text.NameForm;

/**
 * The naive baseline for {@link NameSearch}: every indexed name scored with the same {@link
 * NameSimilarity}, no index. It finds whatever the similarity can find, at the cost of scoring all
 * names for every query; NameSearchIT and the benchmark compare the two.
 */
final class LinearNameScan {

  private final NameSearch search;
  private final List<NameSearch.Indexed> names;

  LinearNameScan(NameSearch search) {
    this.search = search;
    this.names = search.indexed();
  }

  List<NameMatch> search(String query, int limit) {
    Map<SanctionsCatalog.Designated, NameMatch> best = new LinkedHashMap<>();
    collect(query, best);
    CyrillicRomaniser.latin(query).ifPresent(latin -> collect(latin, best));
    return best.values().stream().sorted(NameSearch.ORDER).limit(limit).toList();
  }

  private void collect(String text, Map<SanctionsCatalog.Designated, NameMatch> best) {
    NameForm form = search.form(text);
    if (form.isEmpty()) {
      return;
    }
    for (NameSearch.Indexed name : names) {
      double score = NameSimilarity.score(form, name.form());
      if (score >= NameSearch.THRESHOLD) {
        best.merge(
            name.entry(),
            new NameMatch(score, name.name(), name.kind(), name.entry()),
            (x, y) -> y.score() > x.score() ? y : x);
      }
    }
  }
}
