package org.entente.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The one gate every text passes on its way in — articles (CLI and API: {@code extract}, {@code
 * import-text}) and record files (the CSV and JSON-lines lists: votes, vetoes, treaties, alliances,
 * OFAC, the peace scale). One rule for all:
 *
 * <ul>
 *   <li><b>Binary</b> is refused whole, with the offset: a NUL byte (text in UTF-16 needs its
 *       byte-order mark), the signature of an archive or image, or more than 1 % control bytes (C0
 *       but tab, line feed, carriage return, form feed and ESC; DEL).
 *   <li><b>Terminal commands</b> are never text, not even one: ESC (outside the escape sequences of
 *       ISO-2022-JP, which are the encoding) and the C1 controls (U+0080–U+009F, CSI among them)
 *       exist only to drive a terminal, and one is enough to retitle or clear it when the text is
 *       shown again. An article holding one is refused; a record holding one is a counted reject
 *       with its position.
 *   <li><b>Other stray control characters</b>, under the 1 %, are kept as read: the UN's own
 *       roll-call titles carry backspaces left by their conversion, and a store holds what its
 *       source says. Terminal output shows them inert ({@code org.entente.report.TerminalText});
 *       JSON and CSV keep them exact. A DOS end-of-file mark (Ctrl-Z) ending an article is dropped;
 *       the CSV reader knows it as OFAC's last line.
 *   <li><b>A byte-order mark</b> is not text: a UTF-8 one is skipped everywhere; a UTF-16 one
 *       selects UTF-16 for an article and refuses a record file, whose formats are UTF-8.
 *   <li><b>Undecodable bytes</b> are replaced by U+FFFD (�) and said so: a record holding one is a
 *       counted reject naming the byte offset (a name or code read wrong must not be stored); an
 *       article keeps the rest of its text, read in the encoding that fits best, with the U+FFFD in
 *       place, and the count is reported (a warning in the CLI, {@code replaced} in the API's
 *       answer).
 * </ul>
 *
 * <p>Why replace rather than refuse an article: the detector reads Japanese sites' mixed encodings
 * best effort, and the replacement characters stay in the text at their place, so nothing is
 * silently dropped and the spans still point at the right characters.
 */
public final class TextGate {

  private TextGate() {}

  /** The share of control bytes above which bytes are binary, not text: 1 in 100. */
  static final int CONTROLS_PER_HUNDRED = 1;

  /**
   * Whether byte {@code b} counts toward the binary test: C0 but tab, line feed, carriage return,
   * form feed and ESC (which {@link #isTerminalCommand} treats on its own), and DEL.
   */
  static boolean isStrayControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) || b == 0x7f;
  }

  /** Whether {@code c} introduces a terminal command: ESC or a C1 control (U+0080–U+009F). */
  public static boolean isTerminalCommand(int c) {
    return c == 0x1b || (c >= 0x80 && c <= 0x9f);
  }

  /** How a control character is named in messages: {@code 0x1B (ESC)}, {@code U+009B}. */
  static String name(int c) {
    String hex =
        c < 0x80
            ? String.format(Locale.ROOT, "0x%02X", c)
            : String.format(Locale.ROOT, "U+%04X", c);
    return switch (c) {
      case 0 -> hex + " (NUL)";
      case 0x07 -> hex + " (BEL)";
      case 0x08 -> hex + " (BS)";
      case 0x1b -> hex + " (ESC)";
      case 0x7f -> hex + " (DEL)";
      case 0x9b -> hex + " (CSI)";
      default -> hex;
    };
  }

  /**
   * Why an article's raw bytes are binary, or null. A UTF-16 text with its byte-order mark is full
   * of NUL bytes and is not binary.
   */
  static String binary(byte[] bytes) {
    if (startsWith(bytes, "PK\u0003\u0004")) {
      return "binary data: a ZIP archive (a .docx or .xlsx?), not text";
    }
    if (startsWith(bytes, "\u001f\u008b")) {
      return "binary data: a gzip file, not text (gunzip it first)";
    }
    if (startsWith(bytes, "\u0089PNG")
        || startsWith(bytes, "\u00ff\u00d8\u00ff")
        || startsWith(bytes, "GIF8")) {
      return "binary data: an image, not text";
    }
    if (TextEncoding.hasUtf16Bom(bytes)) {
      return null;
    }
    int controls = endsWithEndMark(bytes) ? -1 : 0; // a DOS end-of-file mark is no control here
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return "binary data: a NUL byte at offset "
            + i
            + ", not text (text in UTF-16 needs a byte-order mark)";
      }
      if (isStrayControl(bytes[i] & 0xff)) {
        controls++;
      }
    }
    return tooManyControls(controls, bytes.length);
  }

  /** Whether the last byte but line breaks is a DOS end-of-file mark (Ctrl-Z). */
  private static boolean endsWithEndMark(byte[] bytes) {
    int last = bytes.length - 1;
    while (last >= 0 && (bytes[last] == '\n' || bytes[last] == '\r')) {
      last--;
    }
    return last >= 0 && bytes[last] == 0x1a;
  }

  private static String tooManyControls(long controls, long bytes) {
    if (controls * 100 > bytes * CONTROLS_PER_HUNDRED) {
      return String.format(
          Locale.ROOT,
          "binary data: %d control bytes in %d (more than %d%%), not text",
          controls,
          bytes,
          CONTROLS_PER_HUNDRED);
    }
    return null;
  }

  /**
   * Where a decoded article holds a terminal command, or null: the first one, by line and column
   * (the article may be in any encoding, so characters, not bytes, are counted; the escapes of
   * ISO-2022-JP are gone once decoded).
   */
  static String terminalCommand(String text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isTerminalCommand(c)) {
        return String.format(
            Locale.ROOT,
            "control character %s at line %d, column %d: a terminal command, not text",
            name(c),
            line,
            column);
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return null;
  }

  static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xff) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of a record file through the gate; see {@link Records}. */
  public static Records records(InputStream in, String file) {
    return new Records(in, file);
  }

  /** A record file that is not text (binary, UTF-16): refused whole, nothing of it is stored. */
  public static final class NotTextException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /**
   * The bytes of a UTF-8 record file as they go by to the decoder: skips a UTF-8 byte-order mark,
   * refuses binary ({@link NotTextException} on a NUL byte, a UTF-16 byte-order mark, or, at the
   * end, more than 1 % control bytes), and notes the first fault of each line — a terminal command
   * (ESC, C1) or a byte sequence that is not UTF-8 — with its byte offset, for the reader to reject
   * that line's record. Lines end at LF, CR or CR LF, as CSV parsers and {@link
   * java.io.BufferedReader} count them. The decoder on top must replace what it cannot decode (as
   * {@link java.io.InputStreamReader} does); the faults are noted here, ahead of it, so a reader
   * asks about lines it has already received.
   *
   * <pre>{@code
   * TextGate.Records gate = TextGate.records(in, "votes.csv");
   * Reader text = new InputStreamReader(gate, StandardCharsets.UTF_8);
   * // … after reading the record of lines 12 to 12:
   * gate.fault(12, 12); // "invalid UTF-8 at byte offset 1234" or null
   * }</pre>
   */
  public static final class Records extends FilterInputStream {

    private record Fault(long line, String what) {}

    private final String file;
    private final ArrayDeque<Fault> faults = new ArrayDeque<>();
    private long offset;
    private long line = 1;
    private boolean crPending;
    private long faultyLine;

    /** Continuation bytes still expected, and the range the next one must be in. */
    private int pending;

    /** Where the character being read began. */
    private long lead;

    private long controls;

    /** Whether a Ctrl-Z came last but for line breaks: OFAC's end-of-file mark, no control. */
    private boolean endMark;

    private boolean ended;

    private int low = 0x80;
    private int high = 0xbf;
    private int previous = -1;

    /** The file's first bytes, for a caller whose first read is shorter than a byte-order mark. */
    private byte[] head = new byte[0];

    private int headRead;

    private boolean started;

    Records(InputStream in, String file) {
      super(in);
      this.file = file;
    }

    /**
     * The first fault in lines {@code from} … {@code to} (1-based, as the reader counts them), or
     * null; faults of earlier lines are forgotten, so memory stays small.
     */
    public String fault(long from, long to) {
      while (!faults.isEmpty() && faults.peekFirst().line() < from) {
        faults.removeFirst();
      }
      Fault first = faults.peekFirst();
      return first != null && first.line() <= to ? first.what() : null;
    }

    /**
     * None, ever: a decoder above ({@link java.io.InputStreamReader}) reads on while bytes are said
     * to be ready, and would reach the cut of a truncated gzip before handing on the records it
     * already holds, so the reader could not say which line was the last good one.
     */
    @Override
    public int available() {
      return 0;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
      int n;
      if (!started && length >= 3) {
        started = true;
        n = first(buffer, from, length);
      } else if (!started) {
        // A caller reading one or two bytes at a time: the first bytes are held here.
        started = true;
        byte[] first = new byte[3];
        head = java.util.Arrays.copyOf(first, Math.max(first(first, 0, 3), 0));
        n = fromHead(buffer, from, length);
      } else if (headRead < head.length) {
        n = fromHead(buffer, from, length);
      } else {
        n = in.read(buffer, from, length);
      }
      if (n < 0 && !ended) {
        ended = true;
        String binary = tooManyControls(endMark ? controls - 1 : controls, offset);
        if (binary != null) {
          throw new NotTextException(file + ": " + binary);
        }
      }
      if (n < 0 && pending > 0) {
        fault("invalid UTF-8 at byte offset " + lead + " (the file ends inside a character)");
        pending = 0;
      }
      for (int i = from; i < from + n; i++) {
        see(buffer[i] & 0xff);
      }
      return n;
    }

    /**
     * The first read, into the caller's buffer (no extra read: a reader's reads stay as they were):
     * a UTF-8 byte-order mark is dropped, a UTF-16 one refuses the file.
     */
    private int first(byte[] buffer, int from, int length) throws IOException {
      int n = in.read(buffer, from, length);
      while (n >= 0 && n < 3) {
        int more = in.read(buffer, from + n, length - n);
        if (more < 0) {
          break;
        }
        n += more;
      }
      int start = n >= 1 ? buffer[from] & 0xff : -1;
      int second = n >= 2 ? buffer[from + 1] & 0xff : -1;
      if ((start == 0xff && second == 0xfe) || (start == 0xfe && second == 0xff)) {
        throw new NotTextException(
            file + ": UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8");
      }
      if (n >= 3 && start == 0xef && second == 0xbb && (buffer[from + 2] & 0xff) == 0xbf) {
        offset = 3; // offsets count the file's bytes, the mark included
        n -= 3;
        System.arraycopy(buffer, from + 3, buffer, from, n);
        if (n == 0) {
          n = in.read(buffer, from, length);
        }
      }
      return n;
    }

    private int fromHead(byte[] buffer, int from, int length) throws IOException {
      if (headRead == head.length) {
        return in.read(buffer, from, length);
      }
      int n = Math.min(length, head.length - headRead);
      System.arraycopy(head, headRead, buffer, from, n);
      headRead += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("skip is not supported: every byte must pass the text gate");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void see(int b) {
      if (b == 0) {
        throw new NotTextException(
            String.format(
                Locale.ROOT,
                "%s: binary data: a NUL byte at byte offset %d (line %d), not text",
                file,
                offset,
                line));
      }
      if (pending > 0) {
        if (b < low || b > high) {
          fault("invalid UTF-8 at byte offset " + lead);
          pending = 0;
          low = 0x80;
          high = 0xbf;
          // This byte starts something new: look at it again below.
        } else {
          pending--;
          low = 0x80;
          high = 0xbf;
          if (pending == 0 && previous == 0xc2 && isTerminalCommand(b)) {
            fault("control character " + name(b) + " at byte offset " + lead);
          }
          previous = b;
          offset++;
          return;
        }
      }
      endMark = b == 0x1a || (endMark && (b == '\n' || b == '\r'));
      if (b == '\n') {
        if (!crPending) {
          line++;
        }
        crPending = false;
      } else {
        if (crPending) {
          crPending = false;
        }
        if (b == '\r') {
          line++;
          crPending = true;
        } else if (b < 0x80) {
          if (isTerminalCommand(b)) {
            fault("control character " + name(b) + " at byte offset " + offset);
          } else if (isStrayControl(b)) {
            controls++;
          }
        } else if (b >= 0xc2 && b <= 0xdf) {
          lead = offset;
          pending = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
          lead = offset;
          pending = 2;
          low = b == 0xe0 ? 0xa0 : 0x80;
          high = b == 0xed ? 0x9f : 0xbf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          lead = offset;
          pending = 3;
          low = b == 0xf0 ? 0x90 : 0x80;
          high = b == 0xf4 ? 0x8f : 0xbf;
        } else {
          fault("invalid UTF-8 at byte offset " + offset);
        }
      }
      previous = b;
      offset++;
    }

    /** Notes the first fault of the current line; a CR LF counts as the line it ends. */
    private void fault(String what) {
      if (faultyLine != line) {
        faultyLine = line;
        faults.addLast(new Fault(line, what));
      }
    }
  }
}
