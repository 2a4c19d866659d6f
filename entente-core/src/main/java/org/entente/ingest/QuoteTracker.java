package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Watches the bytes of a CSV file go by and remembers whether it ended inside a quoted field (RFC
 * 4180 quoting) and whether its last byte was a line break. The CSV parser returns an unclosed
 * quoted field at the end of a file as if it were complete; this tells the two apart. Bytes suffice
 * because the quote, comma and line-break bytes never occur inside a multi-byte UTF-8 character.
 *
 * <p>It also finds a carriage return alone ({@code \r} not followed by {@code \n}) inside a quoted
 * field: FastCSV then takes the next {@code \n} after the field for the second half of that {@code
 * \r\n} and runs the record into the following one, so such a file cannot be counted.
 */
final class QuoteTracker extends FilterInputStream {

  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private State state = State.FIELD_START;
  private int lastByte = -1;
  private long line = 1;
  private long loneCrInQuotes;

  QuoteTracker(InputStream in) {
    super(in);
  }

  /** Whether the content seen so far ends inside a quoted field. */
  boolean endsInsideQuotes() {
    return state == State.QUOTED;
  }

  /** Whether the content seen so far ends with a line break (or is empty). */
  boolean endsWithLineBreak() {
    return lastByte == -1 || lastByte == '\n' || lastByte == '\r';
  }

  /**
   * The line (from 1, as the CSV parser counts) of the first carriage return alone inside a quoted
   * field seen so far, or 0.
   */
  long loneCarriageReturnInQuotes() {
    return loneCrInQuotes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      see(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    return n;
  }

  private void see(int b) {
    if (lastByte == '\r' && b != '\n' && state == State.QUOTED && loneCrInQuotes == 0) {
      loneCrInQuotes = line - 1;
    }
    if (b == '\n' ? lastByte != '\r' : b == '\r') {
      line++;
    }
    lastByte = b & 0xff;
    boolean separator = b == ',' || b == '\n' || b == '\r';
    state =
        switch (state) {
          case FIELD_START ->
              b == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
          case UNQUOTED -> separator ? State.FIELD_START : State.UNQUOTED;
          case QUOTED -> b == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
          case QUOTE_IN_QUOTED ->
              b == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
        };
  }
}
