package org.entente.text;

import com.ibm.icu.text.Transliterator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a name given in Cyrillic in Latin letters, by the BGN/PCGN romanisation of Russian (ICU's
 * {@code Russian-Latin/BGN} transform), which is how the US and UK lists spell Russian names:
 * {@code Сергей Лавров} → {@code Sergey Lavrov}. The prime marks it writes for the soft and hard
 * signs are dropped, as the lists drop them.
 *
 * <pre>{@code
 * CyrillicRomaniser.latin("Путин Владимир"); // Optional[Putin Vladimir]
 * CyrillicRomaniser.latin("Putin");          // Optional.empty
 * }</pre>
 */
public final class CyrillicRomaniser {

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

  /** ICU transforms are not safe to share between threads: one per thread. */
  private static final ThreadLocal<Transliterator> BGN =
      ThreadLocal.withInitial(
          () -> Transliterator.getInstance("Russian-Latin/BGN; [\\u02B9\\u02BA] Remove"));

  private CyrillicRomaniser() {}

  /** {@code text} in Latin letters, or empty when it has no Cyrillic letter. */
  public static Optional<String> latin(String text) {
    if (!CYRILLIC.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(BGN.get().transliterate(text));
  }
}
