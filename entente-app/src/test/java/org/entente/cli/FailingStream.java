package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output on a device that fails after {@code limit} bytes, with the message the JDK gives
 * for the errno ("No space left on device", "Broken pipe"). Counts what is written after the
 * failure, which must be nothing.
 */
final class FailingStream extends OutputStream {

  private final long limit;
  private final String message;
  private long accepted;
  private boolean failed;
  private int writesAfterFailure;

  FailingStream(long limit, String message) {
    this.limit = limit;
    this.message = message;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (failed) {
      writesAfterFailure++;
      throw new IOException(message);
    }
    if (accepted + len > limit) {
      failed = true;
      throw new IOException(message);
    }
    accepted += len;
  }

  @Override
  public void flush() throws IOException {
    if (failed) {
      writesAfterFailure++;
      throw new IOException(message);
    }
  }

  /** Bytes written before the failure. */
  long accepted() {
    return accepted;
  }

  boolean failed() {
    return failed;
  }

  /** Writes and flushes tried after the first failure. */
  int writesAfterFailure() {
    return writesAfterFailure;
  }
}
