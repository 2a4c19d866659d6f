package org.entente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One line of a tab-separated event file, split into fields without copying them: a reader decodes
 * only the fields it uses, so a 61-column GDELT line costs a dozen small strings, not 61. The line
 * is checked to be UTF-8 once, when it is set; the object is reused from line to line, so a reader
 * must not keep it.
 *
 * <pre>{@code
 * TabLine line = TabLine.of("a\tb", "f.tsv", 1);
 * line.fields(); // 2
 * line.field(1); // "b"
 * }</pre>
 */
public final class TabLine {

  private byte[] bytes = new byte[0];
  private int[] starts = new int[64];
  private int fields;
  private int end;
  private boolean ascii;
  private boolean control;
  private String file = "";
  private long number;

  /** A line from text, for tests and tools. */
  public static TabLine of(String text, String file, long number) {
    TabLine line = new TabLine();
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    line.set(b, 0, b.length, file, number);
    return line;
  }

  /**
   * Points this line at {@code bytes[from, to)}, without its line break.
   *
   * @return false if the bytes are not UTF-8 (the fields are then unset)
   */
  public boolean set(byte[] bytes, int from, int to, String file, long number) {
    this.file = file;
    this.number = number;
    this.bytes = bytes;
    this.end = to;
    fields = 0;
    addStart(from);
    boolean onlyAscii = true;
    boolean controls = false;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      // One test for the common byte: printable ASCII is neither below 32 nor negative.
      if ((b & 0xE0) == 0) {
        if (b == '\t') {
          addStart(i + 1);
        } else {
          controls = true;
        }
      } else if (b < 0) {
        onlyAscii = false;
      }
    }
    ascii = onlyAscii;
    control = controls;
    return onlyAscii || isUtf8(bytes, from, to);
  }

  private void addStart(int at) {
    if (fields == starts.length) {
      starts = java.util.Arrays.copyOf(starts, fields * 2);
    }
    starts[fields++] = at;
  }

  private static boolean isUtf8(byte[] bytes, int from, int to) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The file the line is from, as named in rejects. */
  public String file() {
    return file;
  }

  /** The line's 1-based number. */
  public long number() {
    return number;
  }

  /** The line's length in bytes, without its line break. */
  public int length() {
    return end - starts[0];
  }

  /** How many tab-separated fields the line has (one more than its tabs). */
  public int fields() {
    return fields;
  }

  private int fieldEnd(int i) {
    return i + 1 < fields ? starts[i + 1] - 1 : end;
  }

  /**
   * Whether the line holds a control character other than tab (a carriage return inside it, a NUL
   * byte): such a line cannot be handed to a CSV parser as it is.
   */
  public boolean hasControl() {
    return control;
  }

  /**
   * Copies field {@code i}'s bytes, as written, into {@code to} at {@code at}.
   *
   * @return the position after the copy
   */
  public int copyField(int i, byte[] to, int at) {
    int from = starts[i];
    int len = fieldEnd(i) - from;
    System.arraycopy(bytes, from, to, at, len);
    return at + len;
  }

  /** Field {@code i}, 0-based, as written. */
  public String field(int i) {
    int from = starts[i];
    int len = fieldEnd(i) - from;
    if (len == 0) {
      return "";
    }
    // Latin-1 copies ASCII bytes straight into a compact string; other text is decoded.
    return new String(
        bytes, from, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  /** Whether field {@code i} is empty. */
  public boolean isEmpty(int i) {
    return fieldEnd(i) == starts[i];
  }

  /** Whether field {@code i} is exactly the ASCII text {@code s}. */
  public boolean is(int i, String s) {
    int from = starts[i];
    if (fieldEnd(i) - from != s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (bytes[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Field {@code i} as a non-negative decimal number of up to 18 digits, or -1 if it is anything
   * else.
   */
  public long digits(int i) {
    int from = starts[i];
    int to = fieldEnd(i);
    if (to == from || to - from > 18) {
      return -1;
    }
    long value = 0;
    for (int k = from; k < to; k++) {
      int d = bytes[k] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** The whole line as text, for a reject. */
  public String text() {
    int from = starts[0];
    return new String(bytes, from, end - from, StandardCharsets.UTF_8);
  }
}
