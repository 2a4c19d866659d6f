package org.entente.report.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers sources in the order they are first cited: the same record cited twice keeps its number.
 */
final class Citations {

  private final Map<String, Briefing.Source> byKey = new LinkedHashMap<>();

  /** The number of the source under {@code key}, adding it on its first citation. */
  int cite(String key, String date, String kind, String text, String url) {
    Briefing.Source s = byKey.get(key);
    if (s == null) {
      s = new Briefing.Source(byKey.size() + 1, date, kind, text, url);
      byKey.put(key, s);
    }
    return s.number();
  }

  List<Briefing.Source> sources() {
    return new ArrayList<>(byKey.values());
  }
}
