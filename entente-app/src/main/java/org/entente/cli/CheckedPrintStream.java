package org.entente.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * A UTF-8 {@link PrintStream}, inert for a terminal ({@link TerminalPrintStream}), that cannot lose
 * output silently: where PrintStream would set its error flag and carry on, a failed write or flush
 * throws {@link OutputFailedException}. After the first failure every later write throws again
 * without touching the stream, so nothing is written past a gap.
 */
final class CheckedPrintStream extends TerminalPrintStream {

  CheckedPrintStream(OutputStream out) {
    super(new Guard(out), false);
  }

  /**
   * Sits under the PrintStream, which catches only IOException: every path of it (print, write,
   * flush, close) reaches the stream through here, and the unchecked exception passes it by.
   */
  private static final class Guard extends FilterOutputStream {
    private IOException failure;

    Guard(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) {
      checkNoFailure();
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      checkNoFailure();
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() {
      checkNoFailure();
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      flush();
      try {
        out.close();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private void checkNoFailure() {
      if (failure != null) {
        // A new exception each time: try-with-resources would refuse to suppress the same one.
        throw new OutputFailedException(failure);
      }
    }

    private OutputFailedException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return new OutputFailedException(failure);
    }
  }
}
