package org.entente.text.time;

/**
 * Reads the numbers of dates: ASCII digits (full-width ones are folded before matching), kanji
 * written digit by digit ({@code 二〇二三} = 2023) or with the unit signs ({@code 二十三} = 23, {@code
 * 千九百九十六} = 1996), and {@code 元}, the first year of an era ({@code 令和元年}).
 */
final class Numerals {

  private Numerals() {}

  /** The value of {@code s}, or -1 when it is not a number of these forms. */
  static int parse(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 9) {
      return -1;
    }
    if (n == 1 && s.charAt(0) == '元') {
      return 1;
    }
    boolean units = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '十' || c == '百' || c == '千') {
        units = true;
      } else if (digit(c) < 0) {
        return -1;
      }
    }
    if (!units) {
      int v = 0;
      for (int i = 0; i < n; i++) {
        v = v * 10 + digit(s.charAt(i));
      }
      return v;
    }
    int total = 0;
    int current = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (unit == 0) {
        if (current >= 0) {
          return -1; // two digits in a row among unit signs: not a numeral (二三十)
        }
        current = digit(c);
      } else {
        total += (current < 0 ? 1 : current) * unit;
        current = -1;
      }
    }
    return total + Math.max(current, 0);
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /**
   * Folds full-width ASCII (U+FF01–FF5E) to ASCII and the ideographic space to a space, one
   * character for one, so that spans found in the folded text are spans of the original.
   */
  static String foldWidth(String text) {
    char[] cs = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (f != c) {
        if (cs == null) {
          cs = text.toCharArray();
        }
        cs[i] = f;
      }
    }
    return cs == null ? text : new String(cs);
  }
}
