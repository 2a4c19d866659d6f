package org.entente.text.english;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agent phrases of PETRARCH2's agent dictionary ({@code dictionaries.rst}, "Agent Dictionary"):
 * {@code PHRASE {PLURALS} [~CODE]}. A code led by {@code ~} follows the actor's code ({@code ~GOV}:
 * ARN → ARNGOV), one ending in {@code ~} goes before it ({@code NGO~}: ARN → NGOARN). Markers
 * defined as {@code !PERSON! = MAN, MEN} stand for each of their words. Regular plurals are made
 * unless braces are given; {@code {}} means none.
 */
final class AgentPhrases {

  private static final Pattern LINE =
      Pattern.compile(
          "^(?<phrase>[^\\[{]+?)\\s*(?:\\{(?<plurals>[^}]*)\\})?\\s*\\[(?<code>[^\\]]*)\\]");
  private static final Pattern MARKER = Pattern.compile("!([A-Z]+)!");

  /** An agent code and whether it goes before the actor's code. */
  record Agent(String code, boolean before) {}

  private final PhraseIndex<Agent> index = new PhraseIndex<>();

  PhraseIndex<Agent> index() {
    return index;
  }

  AgentPhrases read(DictionaryLines file) {
    Map<String, List<String>> markers = new HashMap<>();
    for (DictionaryLines.Line line : file.lines()) {
      String text = line.text().strip();
      int eq = text.indexOf('=');
      if (text.startsWith("!") && eq > 0 && !text.contains("[")) {
        List<String> words = new ArrayList<>();
        for (String w : text.substring(eq + 1).split(",")) {
          if (!w.isBlank()) {
            words.add(w.strip().toUpperCase(Locale.ROOT));
          }
        }
        markers.put(text.substring(0, eq).strip().replace("!", ""), words);
        continue;
      }
      Matcher m = LINE.matcher(text);
      if (!m.find()) {
        continue;
      }
      String code = m.group("code").strip().toUpperCase(Locale.ROOT);
      Agent agent;
      if (code.startsWith("~")) {
        agent = new Agent(code.substring(1), false);
      } else if (code.endsWith("~")) {
        agent = new Agent(code.substring(0, code.length() - 1), true);
      } else {
        continue;
      }
      String plurals = m.group("plurals");
      for (String phrase : expand(m.group("phrase").strip(), markers)) {
        index.add(PhraseIndex.words(phrase), agent);
        if (plurals == null) {
          if (!phrase.contains("!") && !phrase.endsWith("_")) {
            index.add(PhraseIndex.words(plural(phrase)), agent);
          }
        } else {
          for (String p : plurals.strip().split("\\s+")) {
            if (!p.isEmpty()) {
              index.add(PhraseIndex.words(p), agent);
            }
          }
        }
      }
    }
    return this;
  }

  private static List<String> expand(String phrase, Map<String, List<String>> markers) {
    Matcher m = MARKER.matcher(phrase);
    if (!m.find() || !markers.containsKey(m.group(1))) {
      return List.of(phrase);
    }
    List<String> out = new ArrayList<>();
    for (String w : markers.get(m.group(1))) {
      out.addAll(expand(phrase.substring(0, m.start()) + w + phrase.substring(m.end()), markers));
    }
    return out;
  }

  /** The regular plural of a phrase's last word: +S, Y → IES, SS → SSES (PETRARCH2's rule). */
  static String plural(String phrase) {
    String p = phrase.toUpperCase(Locale.ROOT);
    if (p.endsWith("SS")) {
      return p + "ES";
    }
    if (p.endsWith("Y") && !p.endsWith("AY") && !p.endsWith("EY") && !p.endsWith("OY")) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    return p + "S";
  }
}
