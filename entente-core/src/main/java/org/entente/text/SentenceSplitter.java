package org.entente.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The third stage: a normalised document into sentences, spans into the document as written. Line
 * breaks always end a sentence (HTML and PDF intake put one at every block). Japanese: after {@code
 * 。！？!?} (and a run of them), but not inside {@code 「」『』（）()【】}. English: after {@code . ! ?} (with
 * closing quotes and brackets) followed by a space and an upper-case letter, a digit or a quote,
 * unless the word is an abbreviation ({@code Mr.}, {@code U.S.}, {@code U.N.}, {@code Jan.}, {@code
 * No.}, {@code e.g.}) or a single initial ({@code John F. Kennedy}). Leading and trailing white
 * space is left out of a sentence; empty ones are dropped.
 */
public final class SentenceSplitter {

  /** Abbreviations without their final period, compared in lower case. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "capt", "cmdr",
          "adm", "sgt", "gov", "sen", "rep", "rev", "pres", "amb", "hon", "messrs", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol",
          "art", "para", "p", "pp", "fig", "ed", "eds", "inc", "corp", "co", "ltd", "bros", "dept",
          "est", "approx", "vs", "etc", "e.g", "i.e", "cf", "al", "u.s", "u.n", "u.k", "e.u",
          "u.s.a", "u.s.s.r", "d.c", "a.m", "p.m", "mt", "ft");

  private SentenceSplitter() {}

  /** Splits {@code text}, a whole document normalised, in the way of {@code language}. */
  public static List<Sentence> split(NormalisedText text, String language) {
    boolean japanese = Language.JAPANESE.equals(language);
    String lang = japanese ? Language.JAPANESE : Language.ENGLISH;
    String s = text.text();
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int depth = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        add(sentences, text, start, i, lang);
        start = i + 1;
        depth = 0;
        continue;
      }
      if (japanese) {
        if (isOpening(c)) {
          depth++;
        } else if (isClosing(c)) {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && isJapaneseEnd(c)) {
          int end = i + 1;
          while (end < n && isJapaneseEnd(s.charAt(end))) {
            end++;
          }
          add(sentences, text, start, end, lang);
          start = end;
          i = end - 1;
        }
      } else if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < n && (".!?\"'”’)]".indexOf(s.charAt(end)) >= 0)) {
          end++;
        }
        if (endsEnglishSentence(s, i, end)) {
          add(sentences, text, start, end, lang);
          start = end;
          i = end - 1;
        }
      }
    }
    add(sentences, text, start, n, lang);
    return sentences;
  }

  private static boolean endsEnglishSentence(String s, int mark, int end) {
    int next = end;
    if (next < s.length() && !Character.isWhitespace(s.charAt(next))) {
      return false;
    }
    while (next < s.length() && s.charAt(next) == ' '
        || next < s.length() && s.charAt(next) == '\t') {
      next++;
    }
    if (next < s.length()) {
      char following = s.charAt(next);
      if (!(Character.isUpperCase(following)
          || Character.isDigit(following)
          || "\"'“‘(".indexOf(following) >= 0
          || Language.isJapanese(following)
          || following == '\n')) {
        return false;
      }
    }
    if (s.charAt(mark) != '.') {
      return true;
    }
    int wordStart = mark;
    while (wordStart > 0
        && !Character.isWhitespace(s.charAt(wordStart - 1))
        && "(\"'“‘".indexOf(s.charAt(wordStart - 1)) < 0) {
      wordStart--;
    }
    String word = s.substring(wordStart, mark).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false;
    }
    return !ABBREVIATIONS.contains(word);
  }

  private static void add(
      List<Sentence> sentences, NormalisedText text, int from, int to, String language) {
    String s = text.text();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    NormalisedText slice = text.slice(from, to);
    int start = text.originalStart(from);
    sentences.add(
        new Sentence(sentences.size(), start, start + slice.original().length(), slice, language));
  }

  private static boolean isJapaneseEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
  }

  private static boolean isOpening(char c) {
    return c == '「' || c == '『' || c == '（' || c == '(' || c == '【' || c == '〈' || c == '《';
  }

  private static boolean isClosing(char c) {
    return c == '」' || c == '』' || c == '）' || c == ')' || c == '】' || c == '〉' || c == '》';
  }
}
