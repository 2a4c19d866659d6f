package org.entente.text.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Characters a regular expression cannot match without: a list of sets, each of which must have one
 * of its characters in any text the expression matches somewhere. {@link TemporalNormaliser} skips
 * a rule for a text that lacks one of them, so most rules never scan most sentences (a sentence
 * without 年 runs no year rule). The analysis is conservative: whatever it does not understand
 * (case-insensitive flags, negated or large classes, escapes such as {@code \s}) contributes
 * nothing, and a rule with no known set always runs.
 */
final class RequiredChars {

  private static final int MAX_CLASS = 128;
  private static final int MAX_SETS = 3;

  private final String re;
  private int i;

  private RequiredChars(String re) {
    this.re = re;
  }

  /** The sets for {@code regex}, smallest first, at most three; empty when none is known. */
  static List<char[]> of(String regex) {
    if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("\\Q")) {
      return List.of();
    }
    try {
      RequiredChars parser = new RequiredChars(regex);
      List<Set<Character>> sets = parser.alternation();
      if (parser.i != regex.length()) {
        return List.of();
      }
      sets.sort(Comparator.comparingInt(Set::size));
      List<char[]> out = new ArrayList<>();
      for (Set<Character> s : sets.subList(0, Math.min(MAX_SETS, sets.size()))) {
        char[] cs = new char[s.size()];
        int k = 0;
        for (char c : s) {
          cs[k++] = c;
        }
        out.add(cs);
      }
      return out;
    } catch (RuntimeException e) {
      return List.of(); // not understood: the rule always runs
    }
  }

  /**
   * branch ('|' branch)*: one set, the union of each branch's smallest, if every branch has one.
   */
  private List<Set<Character>> alternation() {
    List<List<Set<Character>>> branches = new ArrayList<>();
    branches.add(sequence());
    while (i < re.length() && re.charAt(i) == '|') {
      i++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<Character> union = new LinkedHashSet<>();
    for (List<Set<Character>> b : branches) {
      if (b.isEmpty()) {
        return new ArrayList<>();
      }
      union.addAll(b.stream().min(Comparator.comparingInt(Set::size)).orElseThrow());
    }
    List<Set<Character>> out = new ArrayList<>();
    out.add(union);
    return out;
  }

  private List<Set<Character>> sequence() {
    List<Set<Character>> required = new ArrayList<>();
    while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
      List<Set<Character>> element = element();
      if (!optionalQuantifier()) {
        required.addAll(element);
      }
    }
    return required;
  }

  /** One element; its required sets (none when unknown or zero-width). */
  private List<Set<Character>> element() {
    char c = re.charAt(i);
    List<Set<Character>> none = new ArrayList<>();
    switch (c) {
      case '(' -> {
        i++;
        boolean lookaround = false;
        if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
          i += 2;
        } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
          i += 2;
          lookaround = true;
        } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
          i += 3;
          lookaround = true;
        } else if (re.startsWith("?<", i)) {
          i = re.indexOf('>', i) + 1;
        } else if (re.charAt(i) == '?') {
          throw new IllegalArgumentException("unsupported group at " + i);
        }
        List<Set<Character>> inner = alternation();
        if (i >= re.length() || re.charAt(i) != ')') {
          throw new IllegalArgumentException("unbalanced");
        }
        i++;
        return lookaround ? none : inner;
      }
      case '[' -> {
        Set<Character> cls = characterClass();
        if (cls != null) {
          none.add(cls);
        }
        return none;
      }
      case '\\' -> {
        char e = re.charAt(i + 1);
        if (Character.isLetterOrDigit(e)) {
          i += 2;
          if ((e == 'p' || e == 'P' || e == 'x') && i < re.length() && re.charAt(i) == '{') {
            i = re.indexOf('}', i) + 1;
          } else if (e == 'p' || e == 'P') {
            i++;
          } else if (e == 'u') {
            i += 4;
          } else if (e == 'k') {
            i = re.indexOf('>', i) + 1;
          }
          return none;
        }
        i += 2;
        none.add(Set.of(e));
        return none;
      }
      case '.', '^', '$' -> {
        i++;
        return none;
      }
      default -> {
        i++;
        none.add(Set.of(c));
        return none;
      }
    }
  }

  /** Reads a quantifier after an element, if any; true when it allows zero repetitions. */
  private boolean optionalQuantifier() {
    if (i >= re.length()) {
      return false;
    }
    char q = re.charAt(i);
    boolean optional;
    if (q == '?' || q == '*') {
      i++;
      optional = true;
    } else if (q == '+') {
      i++;
      optional = false;
    } else if (q == '{') {
      int close = re.indexOf('}', i);
      String body = re.substring(i + 1, close);
      int min = Integer.parseInt(body.split(",", -1)[0].trim());
      i = close + 1;
      optional = min == 0;
    } else {
      return false;
    }
    if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return optional;
  }

  /** A class of listed characters and small ranges; null when negated, large or not understood. */
  private Set<Character> characterClass() {
    i++;
    boolean known = true;
    if (re.charAt(i) == '^') {
      known = false;
    }
    Set<Character> out = new LinkedHashSet<>();
    boolean first = true;
    while (re.charAt(i) != ']' || first) {
      first = false;
      char c = re.charAt(i);
      if (c == '[') {
        throw new IllegalArgumentException("nested class");
      }
      if (c == '\\') {
        char e = re.charAt(i + 1);
        i += 2;
        if (Character.isLetterOrDigit(e)) {
          known = false;
          if ((e == 'p' || e == 'P') && re.charAt(i) == '{') {
            i = re.indexOf('}', i) + 1;
          }
          continue;
        }
        c = e;
      } else {
        i++;
      }
      if (i + 1 < re.length() && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
        char to = re.charAt(i + 1);
        if (to == '\\') {
          throw new IllegalArgumentException("escaped range end");
        }
        i += 2;
        if (to - c > MAX_CLASS) {
          known = false;
        } else {
          for (char x = c; x <= to; x++) {
            out.add(x);
          }
        }
      } else {
        out.add(c);
      }
    }
    i++;
    return known && !out.isEmpty() && out.size() <= MAX_CLASS ? out : null;
  }
}
