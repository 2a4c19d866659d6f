package org.entente.text.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Source–target pairs of states, and the events of a sentence each once: shared by the coders. */
final class Pairs {

  private Pairs() {}

  /**
   * Each unordered pair of the states, in the order written: a meeting or agreement of them all.
   */
  static List<String[]> all(List<String> states) {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        pairs.add(new String[] {states.get(i), states.get(j)});
      }
    }
    return pairs;
  }

  /** Each source with each target (a state with itself included: the caller drops it). */
  static List<String[]> of(List<String> sources, List<String> targets) {
    List<String[]> pairs = new ArrayList<>();
    for (String s : sources) {
      for (String t : targets) {
        pairs.add(new String[] {s, t});
      }
    }
    return pairs;
  }

  /** The events with one per source, target, code and date, the first kept. */
  static List<TextEvent> unique(List<TextEvent> events) {
    Set<String> seen = new LinkedHashSet<>();
    List<TextEvent> unique = new ArrayList<>();
    for (TextEvent e : events) {
      if (seen.add(e.source() + e.target() + e.cameo() + e.date())) {
        unique.add(e);
      }
    }
    return unique;
  }
}
