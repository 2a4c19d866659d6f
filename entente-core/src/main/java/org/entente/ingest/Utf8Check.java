package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Watches the bytes of a text file go by and remembers the lines that hold bytes which are not
 * UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), so that a reader can
 * reject such a record instead of storing U+FFFD where the decoder replaced them. Lines end at
 * {@code \n}, {@code \r} or {@code \r\n} and count from 1, as the CSV parser counts them. A file
 * that starts with a UTF-16 byte-order mark is decoded as UTF-16 by the parser and not checked.
 */
final class Utf8Check extends FilterInputStream {

  /** The first bytes on a line that are not UTF-8: where, which, and what is wrong. */
  record Invalid(String where, String why) {}

  private final TreeMap<Long, Invalid> badLines = new TreeMap<>();
  private long line = 1;
  private long column;
  private long read;
  private boolean utf16;
  private int first = -1;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  private boolean afterCr;
  private int lead;
  private long leadLine;
  private long leadColumn;

  Utf8Check(InputStream in) {
    super(in);
  }

  /**
   * The first bytes that are not UTF-8 on the lines from {@code from} to {@code to}, or null when
   * they are all UTF-8.
   */
  Invalid invalidBetween(long from, long to) {
    var within = badLines.subMap(from, true, to, true);
    return within.isEmpty() ? null : within.firstEntry().getValue();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      see(b);
    } else {
      end();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i] & 0xff);
    }
    if (n < 0) {
      end();
    }
    return n;
  }

  private void see(int b) {
    read++;
    if (read == 1) {
      first = b;
    } else if (read == 2 && (first == 0xFE && b == 0xFF || first == 0xFF && b == 0xFE)) {
      utf16 = true;
      badLines.clear();
    }
    if (utf16) {
      return;
    }
    column++;
    if (pending > 0) {
      if (b >= low && b <= high) {
        pending--;
        low = 0x80;
        high = 0xBF;
        return;
      }
      bad(leadLine, leadColumn, lead, "a multi-byte character cut short");
      pending = 0;
      low = 0x80;
      high = 0xBF;
    }
    if (b == '\n' || b == '\r') {
      if (!(b == '\n' && afterCr)) {
        line++;
      }
      afterCr = b == '\r';
      column = 0;
      return;
    }
    afterCr = false;
    if (b < 0x80) {
      return;
    }
    lead = b;
    leadLine = line;
    leadColumn = column;
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      bad(line, column, b, "not a character in UTF-8");
    }
  }

  /** The file ends inside a multi-byte character. */
  private void end() {
    if (pending > 0 && !utf16) {
      bad(leadLine, leadColumn, lead, "the file ends inside a multi-byte character");
      pending = 0;
    }
  }

  private void bad(long atLine, long atColumn, int b, String why) {
    badLines.putIfAbsent(
        atLine,
        new Invalid(
            String.format(Locale.ROOT, "0x%02X at line %d, byte %d", b, atLine, atColumn), why));
  }
}
