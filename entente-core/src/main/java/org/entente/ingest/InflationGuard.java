package org.entente.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Stops a decompressed stream that inflates far beyond what event data does: once past {@link
 * ReadLimits#EXPANSION_FLOOR}, more than {@code maxExpansion} decompressed bytes per compressed
 * byte read so far. A gigabyte of zeros fits in a few megabytes of gzip; without this bound a
 * reader would spend minutes and memory on it before any line could be judged.
 */
final class InflationGuard extends FilterInputStream {

  /** The stream inflated beyond the limit; the reader turns it into a refusal of the file. */
  static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  private final CountingInputStream compressed;
  private final int maxExpansion;
  private long inflated;

  InflationGuard(InputStream decompressed, CountingInputStream compressed, int maxExpansion) {
    super(decompressed);
    this.compressed = compressed;
    this.maxExpansion = maxExpansion;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      check(n);
    }
    return n;
  }

  private void check(int n) throws LimitException {
    inflated += n;
    long read = Math.max(1, compressed.count());
    if (inflated > ReadLimits.EXPANSION_FLOOR && inflated > maxExpansion * read) {
      throw new LimitException(
          String.format(
              Locale.ROOT,
              "it inflates to more than %d times its compressed size (%,d bytes from the first"
                  + " %,d): a decompression bomb, or not the data it claims to be",
              maxExpansion,
              inflated,
              read));
    }
  }
}
