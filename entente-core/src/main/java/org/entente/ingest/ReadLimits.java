package org.entente.ingest;

/**
 * How much one event file may make a reader hold or inflate. Memory is bounded by design, not by
 * the size of the heap: a line longer than {@code maxLineBytes} is a reject whose first bytes are
 * kept, never read whole; a compressed file that inflates to more than {@code maxExpansion} times
 * the compressed bytes read so far (once past {@link #EXPANSION_FLOOR}) is refused as a
 * decompression bomb. Real event files stay far inside both: GDELT's longest rows are about 2 KB,
 * and its zips and ICEWS's inflate 4 to 10 times.
 *
 * @param maxLineBytes the longest line read, in bytes, without its line break
 * @param maxExpansion the most a compressed stream may inflate, decompressed over compressed bytes
 */
public record ReadLimits(int maxLineBytes, int maxExpansion) {

  /** 1 MiB lines, 100 times inflation. */
  public static final ReadLimits DEFAULT = new ReadLimits(1 << 20, 100);

  /** Decompressed bytes any file may reach before its expansion is judged: 64 MiB. */
  public static final long EXPANSION_FLOOR = 64L << 20;

  /** How much of an over-long or undecodable line a reject keeps: 4 KiB. */
  public static final int KEPT_BYTES = 4096;

  public ReadLimits {
    if (maxLineBytes < 1024) {
      throw new IllegalArgumentException(
          "maxLineBytes: " + maxLineBytes + ": expected at least 1024 bytes");
    }
    if (maxExpansion < 2) {
      throw new IllegalArgumentException("maxExpansion: " + maxExpansion + ": expected at least 2");
    }
  }
}
