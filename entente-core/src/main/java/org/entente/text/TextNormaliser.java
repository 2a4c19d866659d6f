package org.entente.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The second stage: width normalisation, NFKC only where it is right for matching and keeps
 * meaning. Full-width ASCII letters, digits and punctuation become ASCII ({@code ２０２３年} → {@code
 * 2023年}, {@code （} → {@code (}), half-width katakana become full-width ({@code ﾛｼｱ} → {@code ロシア},
 * a voicing mark joined to its kana), the ideographic space a space. Everything else stays as
 * written: NFKC of the whole text would also turn {@code ①} into {@code 1}, {@code ㈱} into {@code
 * (株)} and {@code …} into {@code ...}, changing lengths and meanings for no gain in matching.
 * Offsets map back to the original ({@link NormalisedText}).
 *
 * <pre>{@code
 * TextNormaliser.normalise("ﾛｼｱと２０２３年").text(); // "ロシアと2023年"
 * }</pre>
 */
public final class TextNormaliser {

  private TextNormaliser() {}

  public static NormalisedText normalise(String original) {
    if (lengthKept(original)) {
      return lengthPreserving(original);
    }
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n + 16];
    int[] ends = new int[n + 16];
    for (int i = 0; i < n; ) {
      int length = cluster(original, i);
      String normalised = normalised(original, i, length);
      for (int k = 0; k < normalised.length(); k++) {
        if (out.length() == starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[out.length()] = i;
        ends[out.length()] = i + length;
        out.append(normalised.charAt(k));
      }
      i += length;
    }
    return new NormalisedText(
        original,
        out.toString(),
        Arrays.copyOf(starts, out.length()),
        Arrays.copyOf(ends, out.length()));
  }

  /** Whether every cluster normalises to exactly one character of its own length (one). */
  private static boolean lengthKept(String original) {
    for (int i = 0; i < original.length(); i++) {
      if (needsWork(original.charAt(i))
          && (cluster(original, i) != 1 || normalised(original, i, 1).length() != 1)) {
        return false;
      }
    }
    return true;
  }

  /** Two characters for a half-width kana with its voicing mark that NFKC joins, else one. */
  private static int cluster(String text, int i) {
    char c = text.charAt(i);
    if (c >= '\uff61'
        && c <= '\uff9d'
        && i + 1 < text.length()
        && isVoicingMark(text.charAt(i + 1))
        && Normalizer.normalize(text.substring(i, i + 2), Normalizer.Form.NFKC).length() == 1) {
      return 2;
    }
    return 1;
  }

  private static String normalised(String text, int i, int length) {
    char c = text.charAt(i);
    if (length == 1 && !needsWork(c)) {
      return String.valueOf(c);
    }
    if (c == '\u3000') {
      return " ";
    }
    return Normalizer.normalize(text.substring(i, i + length), Normalizer.Form.NFKC);
  }

  /** The common case: every changed character is one character, so offsets stay as they are. */
  private static NormalisedText lengthPreserving(String original) {
    char[] chars = null;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (needsWork(c)) {
        if (chars == null) {
          chars = original.toCharArray();
        }
        chars[i] = charAtNormalised(original, i);
      }
    }
    return chars == null
        ? NormalisedText.identity(original)
        : new NormalisedText(original, new String(chars), null, null);
  }

  private static char charAtNormalised(String original, int i) {
    char c = original.charAt(i);
    if (!needsWork(c)) {
      return c;
    }
    if (c == '\u3000') {
      return ' ';
    }
    String normalised = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    return normalised.length() == 1 ? normalised.charAt(0) : c;
  }

  /** The Halfwidth and Fullwidth Forms block and the ideographic space. */
  private static boolean needsWork(char c) {
    return (c >= '\uff01' && c <= '\uffee') || c == '\u3000';
  }

  private static boolean isVoicingMark(char c) {
    return c == '\uff9e' || c == '\uff9f';
  }
}
