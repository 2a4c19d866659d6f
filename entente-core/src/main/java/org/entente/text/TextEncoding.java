package org.entente.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides the character encoding of a text file's bytes and decodes them. In order: a byte-order
 * mark (UTF-8, UTF-16 LE/BE); ISO-2022-JP by its escape sequences in 7-bit text; UTF-8 if the bytes
 * decode strictly as UTF-8 (pure ASCII included); else the candidate among UTF-8, Shift_JIS
 * (Microsoft's windows-31j, which Japanese sites write as Shift_JIS) and EUC-JP with the best
 * score: Japanese characters (hiragana, full-width katakana, CJK ideographs) counted, minus twice
 * the half-width katakana (what EUC-JP bytes read as Shift_JIS look like), minus five per
 * undecodable sequence. The winner's undecodable sequences become U+FFFD and are counted, so a file
 * of mixed encodings is read best effort with a warning, never refused.
 *
 * <p>A small detector of our own rather than ICU4J's (14 MB for all the world's encodings) or
 * juniversalchardet: Entente reads Japanese and English only, and these rules can be tested case by
 * case.
 *
 * <pre>{@code
 * TextEncoding.decode(Files.readAllBytes(path)); // Decoded[text=…, charset=EUC-JP, replaced=0]
 * }</pre>
 */
public final class TextEncoding {

  /** Microsoft's Shift_JIS (windows-31j): a superset that also decodes NEC and IBM extensions. */
  public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

  public static final Charset EUC_JP = Charset.forName("EUC-JP");
  public static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

  /**
   * Decoded text.
   *
   * @param text the text, without a byte-order mark
   * @param charset the encoding read
   * @param replaced undecodable sequences replaced by U+FFFD
   */
  public record Decoded(String text, Charset charset, int replaced) {}

  private TextEncoding() {}

  /** The text of {@code bytes}; see the class comment for how the encoding is chosen. */
  public static Decoded decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return lenient(bytes, 3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (isIso2022Jp(bytes)) {
      return lenient(bytes, 0, ISO_2022_JP);
    }
    String strict = strict(bytes, StandardCharsets.UTF_8);
    if (strict != null) {
      return new Decoded(strict, StandardCharsets.UTF_8, 0);
    }
    Decoded best = null;
    long bestScore = Long.MIN_VALUE;
    for (Charset candidate : List.of(StandardCharsets.UTF_8, SHIFT_JIS, EUC_JP)) {
      Decoded decoded = lenient(bytes, 0, candidate);
      long score = score(decoded);
      if (score > bestScore) {
        best = decoded;
        bestScore = score;
      }
    }
    return best;
  }

  /** Decodes with the given charset, replacing and counting what does not decode. */
  public static Decoded decode(byte[] bytes, Charset charset) {
    return lenient(bytes, 0, charset);
  }

  /** Whether the bytes start with a UTF-16 byte-order mark (such text is full of NUL bytes). */
  static boolean hasUtf16Bom(byte[] bytes) {
    return bytes.length >= 2
        && (((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)
            || ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff));
  }

  private static boolean isIso2022Jp(byte[] bytes) {
    boolean escape = false;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0x80) {
        return false;
      }
      if (b == 0x1b && i + 2 < bytes.length && bytes[i + 1] == '$') {
        escape |= bytes[i + 2] == 'B' || bytes[i + 2] == '@';
      }
    }
    return escape;
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith("\ufffd");
    String text;
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported an error", e);
    }
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\ufffd') {
        replaced++;
      }
    }
    return new Decoded(text, charset, replaced);
  }

  private static long score(Decoded decoded) {
    String text = decoded.text();
    long score = -5L * decoded.replaced();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u3041' && c <= '\u30fa') || (c >= '\u4e00' && c <= '\u9fff')) {
        score++;
      } else if (c >= '\uff61' && c <= '\uff9f') {
        score -= 2;
      }
    }
    return score;
  }
}
