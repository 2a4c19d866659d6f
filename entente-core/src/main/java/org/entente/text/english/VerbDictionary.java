package org.entente.text.english;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH2 verb dictionary ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt}; format in
 * {@code dictionaries.rst}, "Verb Dictionary"): synsets {@code &NAME} with {@code +} members, verb
 * blocks {@code --- NAME [code] ---} of verbs (regular forms made as PETRARCH2 makes them,
 * irregular ones in braces, multi-word verbs with {@code +} on the verb) and patterns {@code - PRE
 * * POST [code]}. Patterns are read in both the TABARI style of the validation file ({@code $}
 * source, {@code +} target, {@code %} compound, {@code ^} skip an actor, {@code _} joins
 * consecutive words, a blank allows words between) and PETRARCH2's phrase style ({@code {FINANCIAL
 * AID}}, {@code (FOR AID)}), whose brackets are read as plain word order. Transformations ({@code
 * ~}) are not used.
 */
final class VerbDictionary {

  /** What a pattern element matches. */
  enum Kind {
    WORDS,
    SOURCE,
    TARGET,
    COMPOUND,
    SKIP
  }

  /**
   * One element of a pattern: for {@code WORDS}, the phrases any of which matches (a synset has
   * several); {@code joined} when it must follow the element before it (or the verb) directly.
   */
  record Item(Kind kind, List<List<String>> phrases, boolean joined) {}

  /**
   * A pattern of a verb block: elements before and after the verb (the first element after it is
   * {@code joined} when written {@code *_WORD}; {@code joinedBeforeVerb} for {@code WORD_*}), the
   * code for source → target, the code for target → source ({@code [032:033]}) or null, and its
   * line.
   */
  record VerbPattern(
      List<Item> before,
      List<Item> after,
      boolean joinedBeforeVerb,
      String code,
      String reverseCode,
      int line) {
    int weight() {
      int n = 0;
      for (Item i : before) {
        n += i.kind == Kind.WORDS ? 2 : 1;
      }
      for (Item i : after) {
        n += i.kind == Kind.WORDS ? 2 : 1;
      }
      return n;
    }
  }

  /**
   * A verb block: its name, its code ({@code ---} for none) and its patterns, most specific first.
   */
  static final class Block {
    final String name;
    final String code;
    final List<VerbPattern> patterns = new ArrayList<>();

    Block(String name, String code) {
      this.name = name;
      this.code = code;
    }
  }

  /** One written form of a verb: its words, which of them is the verb, its block and own code. */
  record VerbForm(List<String> words, int verbIndex, Block block, String code) {}

  private static final Pattern BLOCK =
      Pattern.compile("^---\\s*(\\S+)\\s*(?:\\[([^\\]]*)\\])?.*---");
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");

  private final Map<String, List<VerbForm>> byVerbWord = new HashMap<>();
  private final Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  static VerbDictionary read(DictionaryLines file) {
    VerbDictionary d = new VerbDictionary();
    d.parse(file);
    return d;
  }

  /** Verb forms whose verb word is {@code word} (upper case), longest first. */
  List<VerbForm> formsOf(String word) {
    return byVerbWord.getOrDefault(word, List.of());
  }

  int blockCount() {
    return blocks.size();
  }

  int patternCount() {
    return blocks.stream().mapToInt(b -> b.patterns.size()).sum();
  }

  /** Lines that could not be read (a pattern without code, an undefined synset), with numbers. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  private void parse(DictionaryLines file) {
    String synset = null;
    Block block = null;
    for (DictionaryLines.Line line : file.lines()) {
      String text = line.text().strip();
      if (text.startsWith("---")) {
        Matcher m = BLOCK.matcher(text);
        if (m.find()) {
          block = new Block(m.group(1), m.group(2) == null ? "---" : m.group(2).strip());
          blocks.add(block);
          synset = null;
        } else {
          problems.add(file.name() + ":" + line.number() + ": unreadable block header: " + text);
        }
      } else if (text.startsWith("&")) {
        synset = text.split("\\s+")[0];
        synsets.putIfAbsent(synsetKey(synset), new ArrayList<>());
      } else if (text.startsWith("+") && synset != null) {
        addSynsetMember(synset, text.substring(1).strip(), line.number(), file.name());
      } else if (text.startsWith("-")) {
        if (block != null) {
          pattern(block, text.substring(1), line.number(), file.name());
        }
      } else if (text.startsWith("~")) {
        continue; // transformations: not used (see the class comment)
      } else if (block != null) {
        synset = null;
        verbLine(block, text);
      }
    }
    for (List<VerbForm> forms : byVerbWord.values()) {
      forms.sort(Comparator.comparingInt((VerbForm f) -> -f.words.size()));
    }
    for (Block b : blocks) {
      b.patterns.sort(Comparator.comparingInt((VerbPattern p) -> -p.weight()));
    }
  }

  private void addSynsetMember(String synset, String member, int line, String file) {
    List<List<String>> phrases = synsets.get(synsetKey(synset));
    if (member.startsWith("&")) {
      List<List<String>> inner = synsets.get(synsetKey(member.split("\\s+")[0]));
      if (inner == null) {
        problems.add(file + ":" + line + ": undefined synset " + member);
      } else {
        phrases.addAll(inner);
      }
      return;
    }
    boolean noPlural = member.endsWith("_") || synset.endsWith("_");
    List<String> words = PhraseIndex.words(member);
    if (words.isEmpty()) {
      return;
    }
    phrases.add(words);
    if (!noPlural) {
      List<String> plural = new ArrayList<>(words);
      plural.set(plural.size() - 1, AgentPhrases.plural(words.get(words.size() - 1)));
      phrases.add(plural);
    }
  }

  private void verbLine(Block block, String text) {
    String code = null;
    Matcher c = CODE.matcher(text);
    if (c.find()) {
      code = c.group(1).strip();
      text = text.substring(0, c.start()).strip();
    }
    List<String> written = new ArrayList<>();
    int brace = text.indexOf('{');
    String primary = (brace < 0 ? text : text.substring(0, brace)).strip();
    if (primary.isEmpty()) {
      return;
    }
    primary = primary.split("\\s+")[0];
    written.add(primary);
    if (brace >= 0) {
      int close = text.indexOf('}', brace);
      for (String f : text.substring(brace + 1, close < 0 ? text.length() : close).split("\\s+")) {
        if (!f.isBlank()) {
          written.add(f.strip());
        }
      }
    } else {
      written.addAll(regularForms(primary));
    }
    for (String form : written) {
      addForm(block, form, code);
    }
  }

  /** PETRARCH2's regular forms: +S (ES, IES), +ED (D), +ING (E dropped after a consonant). */
  static List<String> regularForms(String primary) {
    String p = primary.toUpperCase(Locale.ROOT);
    int plus = p.indexOf('+');
    String front = "";
    String stem = p;
    String back = "";
    if (p.contains("_")) {
      int start = plus < 0 ? 0 : plus + 1;
      front = p.substring(0, start);
      int end = p.indexOf('_', start);
      stem = end < 0 ? p.substring(start) : p.substring(start, end);
      back = end < 0 ? "" : p.substring(end);
    }
    stem = stem.replace("+", "");
    if (stem.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (stem.endsWith("S") || stem.endsWith("X") || stem.endsWith("Z")) {
      out.add(stem + "ES");
    } else if (stem.endsWith("Y")) {
      out.add(stem.substring(0, stem.length() - 1) + "IES");
    } else {
      out.add(stem + "S");
    }
    out.add(stem.endsWith("E") ? stem + "D" : stem + "ED");
    if (stem.endsWith("E")
        && stem.length() > 1
        && "AEIOU".indexOf(stem.charAt(stem.length() - 2)) < 0) {
      out.add(stem.substring(0, stem.length() - 1) + "ING");
    } else {
      out.add(stem + "ING");
    }
    List<String> forms = new ArrayList<>();
    for (String f : out) {
      forms.add(front + f + back);
    }
    return forms;
  }

  private void addForm(Block block, String form, String code) {
    String f = form.toUpperCase(Locale.ROOT);
    if (f.endsWith("_")) {
      f = f.substring(0, f.length() - 1);
    }
    List<String> words = new ArrayList<>();
    int verbIndex = 0;
    String[] parts = f.split("_");
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.startsWith("+")) {
        verbIndex = words.size();
        part = part.substring(1);
      }
      words.add(part);
    }
    if (words.isEmpty()) {
      return;
    }
    if (!f.contains("+") && words.size() > 1) {
      verbIndex = 0;
    }
    VerbForm vf = new VerbForm(List.copyOf(words), verbIndex, block, code);
    byVerbWord.computeIfAbsent(words.get(verbIndex), w -> new ArrayList<>()).add(vf);
  }

  private void pattern(Block block, String body, int line, String file) {
    Matcher c = CODE.matcher(body.strip());
    if (!c.find()) {
      problems.add(file + ":" + line + ": pattern without [code]");
      return;
    }
    String stripped = body.strip();
    String codeText = c.group(1).strip();
    String words = stripped.substring(0, c.start()).replaceAll("[{}()]", " ");
    String code = codeText;
    String reverse = null;
    int colon = codeText.indexOf(':');
    if (colon >= 0) {
      code = codeText.substring(0, colon);
      reverse = codeText.substring(colon + 1);
    }
    List<Item> before = new ArrayList<>();
    List<Item> after = new ArrayList<>();
    boolean seenVerb = false;
    boolean joinedBeforeVerb = false;
    for (String token : words.trim().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      String[] parts = token.split("_", -1);
      for (int k = 0; k < parts.length; k++) {
        String part = parts[k].toUpperCase(Locale.ROOT);
        boolean joined = k > 0 && !parts[k - 1].isEmpty();
        if (part.isEmpty()) {
          continue;
        }
        if (part.equals("*")) {
          seenVerb = true;
          joinedBeforeVerb = joined;
          continue;
        }
        Item item = item(part, joined, line, file);
        if (item == null) {
          return;
        }
        (seenVerb ? after : before).add(item);
      }
    }
    if (!seenVerb) {
      problems.add(file + ":" + line + ": pattern without *");
      return;
    }
    block.patterns.add(
        new VerbPattern(
            List.copyOf(before), List.copyOf(after), joinedBeforeVerb, code, reverse, line));
  }

  /** A synset's name without the {@code _} that only stops plurals ({@code &PREPOSIT1_}). */
  private static String synsetKey(String name) {
    return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
  }

  private Item item(String part, boolean joined, int line, String file) {
    switch (part) {
      case "$":
        return new Item(Kind.SOURCE, List.of(), joined);
      case "+":
        return new Item(Kind.TARGET, List.of(), joined);
      case "%":
        return new Item(Kind.COMPOUND, List.of(), joined);
      case "^":
        return new Item(Kind.SKIP, List.of(), joined);
      default:
        break;
    }
    if (part.startsWith("&")) {
      List<List<String>> phrases = synsets.get(synsetKey(part));
      if (phrases == null) {
        problems.add(file + ":" + line + ": undefined synset " + part);
        return null;
      }
      return new Item(Kind.WORDS, List.copyOf(phrases), joined);
    }
    return new Item(Kind.WORDS, List.of(List.of(part)), joined);
  }
}
