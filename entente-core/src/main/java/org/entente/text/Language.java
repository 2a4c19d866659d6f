package org.entente.text;

/**
 * Tells Japanese from English by script share: {@code ja} when kana and CJK ideographs make up at
 * least a fifth of the letters, else {@code en}; {@code und} without letters. Two languages are all
 * Entente reads, so a Chinese text counts as {@code ja} (its ideographs) and a French one as {@code
 * en}.
 *
 * <pre>{@code
 * Language.detect("ロシアと北朝鮮"); // "ja"
 * }</pre>
 */
public final class Language {

  public static final String JAPANESE = "ja";
  public static final String ENGLISH = "en";
  public static final String UNDETERMINED = "und";

  /** Letters looked at: enough to decide, and a 30 MB text costs no more than its head. */
  private static final int SAMPLE = 200_000;

  private Language() {}

  public static String detect(CharSequence text) {
    long japanese = 0;
    long letters = 0;
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (isJapanese(c)) {
        japanese++;
        letters++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters == 0) {
      return UNDETERMINED;
    }
    return japanese * 5 >= letters ? JAPANESE : ENGLISH;
  }

  /** Hiragana, katakana (full and half width) or a CJK ideograph. */
  static boolean isJapanese(char c) {
    return (c >= '\u3040' && c <= '\u30ff')
        || (c >= '\u3400' && c <= '\u9fff')
        || (c >= '\uf900' && c <= '\ufaff')
        || (c >= '\uff66' && c <= '\uff9f');
  }
}
