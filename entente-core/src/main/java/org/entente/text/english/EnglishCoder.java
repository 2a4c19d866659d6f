package org.entente.text.english;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.text.english.TreebankTree.Node;
import org.entente.text.english.VerbDictionary.Item;
import org.entente.text.english.VerbDictionary.Kind;
import org.entente.text.english.VerbDictionary.VerbForm;
import org.entente.text.english.VerbDictionary.VerbPattern;

/**
 * Codes events in English sentences with PETRARCH2's dictionaries: for each verb of the verb
 * dictionary, the first of its block's patterns that matches gives the code (else the verb's own),
 * the subject gives the source and the first actor after the verb the target.
 *
 * <p>With a Treebank parse the verb must be tagged as one (VB…), the subject is the noun phrase
 * beside the verb phrase in the nearest clause that names an actor (going up through {@code is
 * about to …}), the target the noun phrase around the first actor inside the verb phrase —
 * PETRARCH2's reading of the tree, simplified. Without a parse the coder works on tokens as TABARI
 * did: the nearest group of actors before the verb, the first after it up to the next verb. Words
 * of a pattern must appear in order, with other words between unless joined by {@code _}.
 *
 * <pre>{@code
 * EnglishCoder coder = EnglishCoder.load(EnglishDictionaries.bundled());
 * coder.code("Russia condemned the attack on Ukraine.", null, LocalDate.of(2022, 3, 1));
 * }</pre>
 */
public final class EnglishCoder {

  private static final Pattern TOKEN =
      Pattern.compile("[A-Za-z]+n't|n't|'s|'|[\\p{L}\\p{N}]+(?:[.\\-&][\\p{L}\\p{N}]+)*\\.?|\\S");
  private static final Set<String> DETERMINERS =
      Set.of("THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "MY", "YOUR", "THIS", "THAT");
  private static final Set<String> JOINERS = Set.of("AND", "OR", ",", "NOR", "&");
  private static final Set<String> GROUP_GAPS =
      Set.of("AND", "OR", ",", "NOR", "NEITHER", "'S", "OF", "IN", "FROM", "THE", "A", "AN", "'");

  private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING");

  private final EnglishDictionaries dictionaries;

  private EnglishCoder(EnglishDictionaries dictionaries) {
    this.dictionaries = dictionaries;
  }

  public static EnglishCoder load(EnglishDictionaries dictionaries) {
    return new EnglishCoder(dictionaries);
  }

  /**
   * The events of one sentence. {@code parse} is a Penn Treebank parse of it or null; {@code date}
   * chooses among an actor's dated codes (null takes the undated ones).
   *
   * @throws IllegalArgumentException if {@code parse} is not a well-formed tree
   */
  public List<CodedEvent> code(String sentence, String parse, LocalDate date) {
    return code(sentence, parse, date, Map.of());
  }

  /**
   * The events of one sentence whose document resolves some words to actors: pronouns and role
   * phrases ({@code WE} → the speaker's code, {@code THE TWO SIDES} → the pair last named), as
   * upper-case word lists. A dictionary phrase at the same place comes first.
   */
  public List<CodedEvent> code(
      String sentence, String parse, LocalDate date, Map<List<String>, List<String>> references) {
    Sentence s = parse == null ? Sentence.plain(sentence) : Sentence.parsed(sentence, parse);
    if (dictionaries.discards.discards(s.words)) {
      return List.of();
    }
    s.mentions = mentions(s.words, date, references);
    List<CodedEvent> events = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < s.words.size(); i++) {
      VerbForm form = verbAt(s, i);
      if (form == null) {
        continue;
      }
      int formStart = i - form.verbIndex();
      int formEnd = formStart + form.words().size();
      codeVerb(s, form, formStart, formEnd, events, seen);
    }
    return List.copyOf(events);
  }

  // ---- sentences and mentions -------------------------------------------------------------

  /** A sentence's words (upper case), tags and character spans, with its tree if parsed. */
  private static final class Sentence {
    final List<String> words = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    final List<int[]> spans = new ArrayList<>();
    TreebankTree tree;
    List<Mention> mentions;

    static Sentence plain(String text) {
      Sentence s = new Sentence();
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        String w = m.group();
        if (w.length() > 3 && w.toLowerCase(Locale.ROOT).endsWith("n't")) {
          s.add(w.substring(0, w.length() - 3), null, m.start(), m.end() - 3);
          s.add("n't", null, m.end() - 3, m.end());
        } else if (w.length() > 1
            && w.endsWith(".")
            && !w.substring(0, w.length() - 1).contains(".")) {
          s.add(w.substring(0, w.length() - 1), null, m.start(), m.end() - 1);
          s.add(".", null, m.end() - 1, m.end());
        } else {
          s.add(w, null, m.start(), m.end());
        }
      }
      return s;
    }

    static Sentence parsed(String text, String parse) {
      Sentence s = new Sentence();
      s.tree = TreebankTree.parse(parse);
      String lower = text.toLowerCase(Locale.ROOT);
      int cursor = 0;
      for (Node leaf : s.tree.leaves) {
        String w = unescape(leaf.word);
        int at = lower.indexOf(w.toLowerCase(Locale.ROOT), cursor);
        if (at < 0 || at - cursor > 40) {
          s.add(w, leaf.label, cursor, cursor);
        } else {
          s.add(w, leaf.label, at, at + w.length());
          cursor = at + w.length();
        }
      }
      return s;
    }

    private static String unescape(String w) {
      return switch (w) {
        case "-LRB-" -> "(";
        case "-RRB-" -> ")";
        case "``", "''" -> "\"";
        default -> w;
      };
    }

    void add(String word, String tag, int start, int end) {
      words.add(word.toUpperCase(Locale.ROOT));
      tags.add(tag);
      spans.add(new int[] {start, end});
    }
  }

  private static Mention referenceAt(
      List<String> words, int i, Map<List<String>, List<String>> references) {
    Mention best = null;
    for (Map.Entry<List<String>, List<String>> r : references.entrySet()) {
      List<String> phrase = r.getKey();
      int end = i + phrase.size();
      if (end <= words.size()
          && words.subList(i, end).equals(phrase)
          && (best == null || end > best.end())) {
        best = new Mention(i, end, r.getValue(), null);
      }
    }
    return best;
  }

  /** An actor or agent phrase found in the sentence. */
  private record Mention(int start, int end, List<String> actors, AgentPhrases.Agent agent) {}

  private List<Mention> mentions(
      List<String> words, LocalDate date, Map<List<String>, List<String>> references) {
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Mention reference = referenceAt(words, i, references);
      if (reference != null
          && dictionaries.actors.index().longestAt(words, i, words.size()) == null) {
        found.add(reference);
        i = reference.end();
        continue;
      }
      PhraseIndex.Match<ActorPhrases.Entry> actor =
          dictionaries.actors.index().longestAt(words, i, words.size());
      PhraseIndex.Match<AgentPhrases.Agent> agent =
          dictionaries.agents.index().longestAt(words, i, words.size());
      if (actor != null && (agent == null || actor.end() >= agent.end())) {
        found.add(new Mention(i, actor.end(), actor.value().codesOn(date), null));
        i = actor.end();
      } else if (agent != null) {
        found.add(new Mention(i, agent.end(), List.of(), agent.value()));
        i = agent.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * The entities named in {@code [from, to)}: each actor with each group of agents (agents joined
   * by "and" or a comma are separate groups, adjacent ones combine: Danish Islamist media →
   * DNKMUSMED), an agent group alone as {@code ---GOV}.
   */
  private static List<String> entities(Sentence s, int from, int to) {
    List<String> actors = new ArrayList<>();
    List<List<AgentPhrases.Agent>> groups = new ArrayList<>();
    List<AgentPhrases.Agent> group = new ArrayList<>();
    int lastAgentEnd = -1;
    for (Mention m : s.mentions) {
      if (m.start < from || m.end > to) {
        continue;
      }
      if (m.agent == null) {
        actors.addAll(m.actors);
        continue;
      }
      if (!group.isEmpty() && joinedBetween(s, lastAgentEnd, m.start)) {
        groups.add(group);
        group = new ArrayList<>();
      }
      group.add(m.agent);
      lastAgentEnd = m.end;
    }
    if (!group.isEmpty()) {
      groups.add(group);
    }
    if (actors.isEmpty() && groups.isEmpty()) {
      return List.of();
    }
    List<String> bases = actors.isEmpty() ? List.of("---") : actors;
    Set<String> out = new LinkedHashSet<>();
    for (String actor : bases) {
      if (groups.isEmpty()) {
        out.add(actor);
      }
      for (List<AgentPhrases.Agent> g : groups) {
        StringBuilder before = new StringBuilder();
        String code = actor;
        for (AgentPhrases.Agent a : g) {
          if (a.before()) {
            before.append(a.code());
          } else if (!code.contains(a.code())) {
            code = code + a.code();
          }
        }
        String full = before + code;
        out.add(
            full.startsWith("---") || before.length() == 0
                ? full
                : before + code.replace("---", ""));
      }
    }
    return List.copyOf(out);
  }

  private static boolean joinedBetween(Sentence s, int from, int to) {
    for (int k = Math.max(from, 0); k < to; k++) {
      if (JOINERS.contains(s.words.get(k))) {
        return true;
      }
    }
    return false;
  }

  // ---- verbs ------------------------------------------------------------------------------

  private VerbForm verbAt(Sentence s, int i) {
    if (s.tree != null) {
      String tag = s.tags.get(i);
      if (tag == null || !tag.startsWith("VB")) {
        return null;
      }
    } else if (i > 0 && DETERMINERS.contains(s.words.get(i - 1)) || insideMention(s, i)) {
      return null;
    }
    for (VerbForm f : dictionaries.verbs.formsOf(s.words.get(i))) {
      int start = i - f.verbIndex();
      int end = start + f.words().size();
      if (start < 0 || end > s.words.size()) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < f.words().size() && same; k++) {
        same = f.words().get(k).equals(s.words.get(start + k));
      }
      if (same) {
        return f;
      }
    }
    return null;
  }

  private static boolean insideMention(Sentence s, int i) {
    for (Mention m : s.mentions) {
      if (i >= m.start && i < m.end) {
        return true;
      }
    }
    return false;
  }

  /** Where the pattern's actor markers fell. */
  private static final class Markers {
    int source = -1;
    int target = -1;
    int compound = -1;
    boolean compoundBefore;
  }

  private void codeVerb(
      Sentence s,
      VerbForm form,
      int formStart,
      int formEnd,
      List<CodedEvent> events,
      Set<String> seen) {
    int postEnd = postWindowEnd(s, formStart, formEnd);
    VerbPattern matched = null;
    Markers markers = null;
    for (VerbPattern p : form.block().patterns) {
      Markers m = new Markers();
      if (matchBefore(s, p, formStart, m) && matchAfter(s, p, formEnd, postEnd, m)) {
        matched = p;
        markers = m;
        break;
      }
    }
    String code =
        matched != null ? matched.code() : form.code() != null ? form.code() : form.block().code;
    String reverse = matched != null ? matched.reverseCode() : null;
    if (code.equals("+++") || code.isEmpty()) {
      code = form.code() != null ? form.code() : form.block().code;
    }
    int colon = code.indexOf(':');
    if (colon > 0) {
      reverse = code.substring(colon + 1);
      code = code.substring(0, colon);
    }
    if (!code.matches("[0-9][0-9A-Za-z]*")) {
      return;
    }
    if (markers == null) {
      markers = new Markers();
    }
    List<String> sources;
    List<String> targets;
    boolean compound = false;
    if (markers.source >= 0) {
      sources = entitiesAround(s, markers.source);
    } else if (markers.compound >= 0 && markers.compoundBefore) {
      sources = entitiesAround(s, markers.compound);
      compound = true;
    } else {
      sources = subject(s, formStart);
    }
    if (markers.target >= 0) {
      targets = entitiesAround(s, markers.target);
    } else if (markers.compound >= 0 && !markers.compoundBefore) {
      targets = entitiesAround(s, markers.compound);
    } else if (compound) {
      targets = sources;
    } else {
      targets = target(s, formEnd, postEnd);
    }
    if (matched == null && passive(s, formStart) && !targets.isEmpty()) {
      List<String> agents = targets; // "Eriador was opposed by Osgiliath": Osgiliath acts
      targets = sources;
      sources = agents;
    }
    if (sources.isEmpty()) {
      return;
    }
    int start = s.spans.get(formStart)[0];
    int end = Math.max(start, s.spans.get(formEnd - 1)[1]);
    double confidence = (s.tree != null ? 0.8 : 0.6) * (matched != null ? 1.0 : 0.85);
    for (String src : sources) {
      if (targets.isEmpty()) {
        add(events, seen, new CodedEvent(src, "---", code, start, end, confidence));
      }
      for (String tgt : targets) {
        if (tgt.equals(src)) {
          continue;
        }
        add(events, seen, new CodedEvent(src, tgt, code, start, end, confidence));
        if (reverse != null && reverse.matches("[0-9][0-9A-Za-z]*")) {
          add(events, seen, new CodedEvent(tgt, src, reverse, start, end, confidence));
        }
      }
    }
  }

  private static void add(List<CodedEvent> events, Set<String> seen, CodedEvent e) {
    if (seen.add(e.source() + "|" + e.target() + "|" + e.cameo() + "|" + e.start())) {
      events.add(e);
    }
  }

  /** A past participle after a form of "be" whose phrase goes on with "by": a passive verb. */
  private static boolean passive(Sentence s, int formStart) {
    if (s.tree == null || !"VBN".equals(s.tags.get(formStart))) {
      return false;
    }
    boolean be = false;
    for (int k = Math.max(0, formStart - 3); k < formStart; k++) {
      be |= BE.contains(s.words.get(k));
    }
    boolean by = false;
    for (int k = formStart + 1; k < Math.min(s.words.size(), formStart + 4); k++) {
      by |= s.words.get(k).equals("BY");
    }
    return be && by;
  }

  /** The end of the words after the verb that belong to it: its verb phrase, or the next verb. */
  private int postWindowEnd(Sentence s, int formStart, int formEnd) {
    if (s.tree != null) {
      Node leaf = s.tree.leaves.get(formStart);
      for (Node n = leaf.parent; n != null; n = n.parent) {
        if (n.is("VP")) {
          return Math.max(n.end, formEnd);
        }
      }
      return s.words.size();
    }
    for (int k = formEnd; k < s.words.size(); k++) {
      if (s.words.get(k).equals(".") || s.words.get(k).equals(";")) {
        return k;
      }
      if (k > formEnd + 1 && verbAt(s, k) != null) {
        return k;
      }
    }
    return s.words.size();
  }

  private List<String> subject(Sentence s, int formStart) {
    if (s.tree != null) {
      Node node = s.tree.leaves.get(formStart);
      while (node.parent != null) {
        Node parent = node.parent;
        if (parent.is("S") || parent.is("SINV") || parent.is("SQ")) {
          Node np = null;
          for (Node c : parent.children) {
            if (c.end <= node.start && c.is("NP")) {
              np = c;
            }
          }
          if (np != null) {
            List<String> found = entities(s, np.start, np.end);
            if (!found.isEmpty()) {
              return found;
            }
          }
        }
        node = parent;
      }
      return List.of();
    }
    Mention last = null;
    for (Mention m : s.mentions) {
      if (m.end <= formStart) {
        last = m;
      }
    }
    return last == null ? List.of() : entitiesAround(s, last.start);
  }

  private List<String> target(Sentence s, int formEnd, int postEnd) {
    for (Mention m : s.mentions) {
      if (m.start >= formEnd && m.end <= postEnd) {
        List<String> found = entitiesAround(s, m.start, formEnd, postEnd);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private List<String> entitiesAround(Sentence s, int position) {
    return entitiesAround(s, position, 0, s.words.size());
  }

  /** The entities of the noun phrase (or, without a parse, the group of mentions) at a word. */
  private List<String> entitiesAround(Sentence s, int position, int from, int to) {
    Mention at = null;
    for (Mention m : s.mentions) {
      if (m.start <= position && position < m.end) {
        at = m;
      }
    }
    if (at == null) {
      return List.of();
    }
    if (s.tree != null) {
      Node node = s.tree.leaves.get(at.start);
      while (node.parent != null && (node.end < at.end || !node.is("NP"))) {
        node = node.parent;
        if (node.is("VP") || node.is("S")) {
          return entities(s, Math.max(at.start, from), Math.min(at.end, to));
        }
      }
      while (node.parent != null
          && node.parent.is("NP")
          && node.parent.end <= to
          && node.parent.start >= from) {
        node = node.parent;
      }
      return entities(s, Math.max(node.start, from), Math.min(node.end, to));
    }
    int first = s.mentions.indexOf(at);
    int last = first;
    while (first > 0 && gapJoins(s, s.mentions.get(first - 1).end, s.mentions.get(first).start)) {
      first--;
    }
    while (last + 1 < s.mentions.size()
        && gapJoins(s, s.mentions.get(last).end, s.mentions.get(last + 1).start)) {
      last++;
    }
    return entities(
        s, Math.max(s.mentions.get(first).start, from), Math.min(s.mentions.get(last).end, to));
  }

  private static boolean gapJoins(Sentence s, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!GROUP_GAPS.contains(s.words.get(k))) {
        return false;
      }
    }
    return true;
  }

  // ---- patterns ---------------------------------------------------------------------------

  /** Matches the elements before the verb backwards from it, nearest first. */
  private boolean matchBefore(Sentence s, VerbPattern p, int formStart, Markers markers) {
    int pos = formStart; // words before pos are available
    boolean mustTouch = p.joinedBeforeVerb();
    List<Item> items = p.before();
    for (int k = items.size() - 1; k >= 0; k--) {
      Item item = items.get(k);
      int found = -1;
      for (int end = pos; end > 0; end--) {
        int start = matchEndingAt(s, item, end);
        if (start >= 0) {
          found = start;
          record(item, start, markers, true);
          break;
        }
        if (mustTouch) {
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      pos = found;
      mustTouch = item.joined();
    }
    return true;
  }

  private boolean matchAfter(Sentence s, VerbPattern p, int formEnd, int postEnd, Markers markers) {
    int pos = formEnd;
    for (Item item : p.after()) {
      int found = -1;
      for (int start = pos; start < postEnd; start++) {
        int end = matchStartingAt(s, item, start, postEnd);
        if (end >= 0) {
          found = end;
          record(item, start, markers, false);
          break;
        }
        if (item.joined()) {
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      pos = found;
    }
    return true;
  }

  private static void record(Item item, int start, Markers markers, boolean before) {
    switch (item.kind()) {
      case SOURCE -> markers.source = start;
      case TARGET -> markers.target = start;
      case COMPOUND -> {
        markers.compound = start;
        markers.compoundBefore = before;
      }
      default -> {}
    }
  }

  /** Where an element matching forwards from {@code start} ends, or -1. */
  private static int matchStartingAt(Sentence s, Item item, int start, int limit) {
    if (item.kind() != Kind.WORDS) {
      for (Mention m : s.mentions) {
        if (m.start == start && m.end <= limit) {
          return m.end;
        }
      }
      return -1;
    }
    for (List<String> phrase : item.phrases()) {
      int end = start + phrase.size();
      if (end > limit) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < phrase.size() && same; k++) {
        same = phrase.get(k).equals(s.words.get(start + k));
      }
      if (same) {
        return end;
      }
    }
    return -1;
  }

  /** Where an element ending at {@code end} (exclusive) starts, or -1. */
  private static int matchEndingAt(Sentence s, Item item, int end) {
    if (item.kind() != Kind.WORDS) {
      for (Mention m : s.mentions) {
        if (m.end == end) {
          return m.start;
        }
      }
      return -1;
    }
    for (List<String> phrase : item.phrases()) {
      int start = end - phrase.size();
      if (start < 0) {
        continue;
      }
      boolean same = true;
      for (int k = 0; k < phrase.size() && same; k++) {
        same = phrase.get(k).equals(s.words.get(start + k));
      }
      if (same) {
        return start;
      }
    }
    return -1;
  }
}
