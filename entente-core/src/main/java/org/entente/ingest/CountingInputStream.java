package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells a listener how many bytes have been read so far: the unit of progress for file reads. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer listener;
  private long count;

  CountingInputStream(InputStream in, LongConsumer listener) {
    super(in);
    this.listener = listener;
  }

  /** Bytes read so far. */
  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      listener.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count += n;
      listener.accept(count);
    }
    return n;
  }
}
