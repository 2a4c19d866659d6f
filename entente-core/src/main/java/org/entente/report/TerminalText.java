package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text for a terminal, made inert: a control character taken from data — an actor name {@code
 * EVIL\e]0;PWNED\a\e[2J}, a sentence, a treaty title — would otherwise retitle the window, clear
 * the screen or move the cursor when a table is shown. Every C0 control but tab and line feed
 * becomes its Unicode control picture ({@code ESC} → ␛, {@code BEL} → ␇, {@code CR} → ␍), DEL
 * becomes ␡, and a C1 control (U+0080–U+009F, {@code CSI} among them), which has no picture,
 * becomes U+FFFD (�). One character for one, so columns measured before stay aligned, and what was
 * there stays visible. Every terminal table and message passes here; JSON and CSV never do, they
 * keep the exact value.
 *
 * <pre>{@code
 * TerminalText.inert("EVIL\u001b]0;PWNED\u0007"); // "EVIL␛]0;PWNED␇"
 * }</pre>
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code text} with its control characters shown as pictures (see the class comment). */
  public static String inert(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = shown(c);
      if (shown != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  /** Writes {@code text}, made inert, in UTF-8, and flushes. */
  public static void write(CharSequence text, OutputStream out) throws IOException {
    out.write(inert(text).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static char shown(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' ? c : (char) (0x2400 + c);
    }
    if (c == 0x7f) {
      return '\u2421';
    }
    if (c >= 0x80 && c <= 0x9f) {
      return '\ufffd';
    }
    return c;
  }
}
