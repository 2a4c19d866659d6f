package org.entente.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Some fields of each line of a tab-separated file, copied as bytes after the line's number into a
 * file of their own, for DuckDB's parallel CSV reader to parse in place of a Java row loop
 * (CONTRIBUTING.md, "Event files"). The lines come from {@link EventLines}, which has numbered
 * them, checked their UTF-8 and length and cut their line breaks, so every narrow line has the same
 * fields, no quotes and its source's line number: the parser's own line counting, which skips or
 * splits lines its own way, is never needed.
 *
 * <pre>{@code
 * try (NarrowFile narrow = new NarrowFile(path, new int[] {0, 1, 26})) {
 *   if (!narrow.add(line)) { ... the line goes through its reader instead ... }
 * }
 * }</pre>
 */
public final class NarrowFile implements AutoCloseable {

  private final Path file;
  private final int[] fields;
  private final OutputStream out;
  private final byte[] buf = new byte[1 << 20];
  private int pos;
  private long lines;

  /**
   * Creates (or empties) {@code file}.
   *
   * @param fields the 0-based fields each line keeps, in order
   */
  public NarrowFile(Path file, int[] fields) {
    this.file = file;
    this.fields = fields.clone();
    try {
      this.out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds {@code line}'s number and fields.
   *
   * @return false, writing nothing, if the line holds a control character (a parser would take a
   *     carriage return for a line break) or is longer than the buffer (possible when the import's
   *     longest line is raised past 1 MiB): its reader must take it
   */
  public boolean add(TabLine line) {
    // The number (at most 19 digits), a tab before each field, the newline.
    int need = 20 + fields.length + line.length() + 1;
    if (line.hasControl() || need > buf.length) {
      return false;
    }
    if (pos + need > buf.length) {
      flush();
    }
    pos = number(line.number(), pos);
    for (int f : fields) {
      buf[pos++] = '\t';
      pos = line.copyField(f, buf, pos);
    }
    buf[pos++] = '\n';
    lines++;
    return true;
  }

  private int number(long n, int at) {
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int i = at + digits - 1; i >= at; i--) {
      buf[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    return at + digits;
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }

  /** The file written. */
  public Path file() {
    return file;
  }

  private void flush() {
    try {
      out.write(buf, 0, pos);
      pos = 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    flush();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
