package org.entente.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Streams the lines of an event file, plain, {@code .gz} or {@code .zip} (every entry, named {@code
 * file.zip!entry}), without holding the file in memory. Event files are large and known to be
 * dirty, so a line that is not UTF-8 is a reject, and a compressed stream that ends early rejects
 * the file's tail while the lines before it are kept (CONTRIBUTING.md, "Event files").
 */
public final class EventLines {

  /** Receives each line, split at its tabs, without its line break; valid UTF-8 only. */
  @FunctionalInterface
  public interface Handler {
    void line(TabLine line);
  }

  private EventLines() {}

  /** SHA-256 of the file's raw bytes, as lower-case hex, read in one streaming pass. */
  public static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // digesting
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of the stream's bytes to its end, as lower-case hex. */
  public static String sha256(InputStream raw) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n = raw.read(buf); n >= 0; n = raw.read(buf)) {
        digest.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads {@code file} line by line within the {@linkplain ReadLimits#DEFAULT default limits}.
   *
   * @param name the file's name in rejects and provenance
   * @return the number of lines read
   */
  public static long read(
      Path file, String name, Rejects rejects, Progress progress, Handler handler) {
    return read(file, name, ReadLimits.DEFAULT, rejects, progress, handler);
  }

  /**
   * Reads {@code file} line by line.
   *
   * @param name the file's name in rejects and provenance
   * @return the number of lines read
   * @throws BrokenFileException if the file inflates beyond {@code limits}
   */
  public static long read(
      Path file,
      String name,
      ReadLimits limits,
      Rejects rejects,
      Progress progress,
      Handler handler) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (InputStream raw = Files.newInputStream(file)) {
      return read(raw, size, name, limits, rejects, progress, handler);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an event file's bytes from {@code raw} within the {@linkplain ReadLimits#DEFAULT default
   * limits}.
   *
   * @see #read(InputStream, long, String, ReadLimits, Rejects, Progress, Handler)
   */
  public static long read(
      InputStream raw, long size, String name, Rejects rejects, Progress progress, Handler handler)
      throws IOException {
    return read(raw, size, name, ReadLimits.DEFAULT, rejects, progress, handler);
  }

  /**
   * Reads an event file's bytes from {@code raw} line by line, decompressed by the ending of {@code
   * name} ({@code .gz}, {@code .zip}): how a cluster job reads a file of any Hadoop file system
   * with the same code as a local import. A UTF-8 byte order mark before the first line is skipped.
   *
   * @param size the file's size in bytes, for progress
   * @param name the file's name in rejects and provenance
   * @return the number of lines read
   * @throws IOException if {@code raw} cannot be read (a compressed stream cut short is a reject,
   *     not an exception)
   * @throws BrokenFileException if a compressed stream inflates beyond {@code limits}
   */
  public static long read(
      InputStream raw,
      long size,
      String name,
      ReadLimits limits,
      Rejects rejects,
      Progress progress,
      Handler handler)
      throws IOException {
    progress.start("Reading " + name, size, "bytes");
    try (CountingInputStream counted = new CountingInputStream(raw, progress::advanceTo)) {
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(counted, 1 << 16));
        InputStream guarded = new InflationGuard(zip, counted, limits.maxExpansion());
        long total = 0;
        while (true) {
          ZipEntry entry;
          try {
            entry = zip.getNextEntry();
          } catch (EOFException | ZipException e) {
            rejects.add(cut(name, 1, 0, e));
            return total;
          }
          if (entry == null) {
            return total;
          }
          if (!entry.isDirectory()) {
            Lines read = lines(guarded, name + "!" + entry.getName(), limits, rejects, handler);
            total += read.count();
            if (read.cut()) {
              return total; // the entries after a cut cannot be found: one reject says so
            }
          }
        }
      }
      InputStream in;
      try {
        in =
            name.endsWith(".gz")
                ? new InflationGuard(
                    new GZIPInputStream(counted, 1 << 16), counted, limits.maxExpansion())
                : counted;
      } catch (EOFException | ZipException e) {
        rejects.add(cut(name, 1, 0, e));
        return 0;
      }
      // Read in chunks, unbuffered: a buffer above a cut stream would lose the bytes it holds.
      return lines(in, name, limits, rejects, handler).count();
    } finally {
      progress.finish();
    }
  }

  /** Lines read from one stream, and whether it was cut short. */
  private record Lines(long count, boolean cut) {}

  /**
   * The lines of one stream, to its end or to where a compressed stream is cut. Lines are handed
   * out where they lie in the read buffer; only a line that spans two reads is copied, and of a
   * line longer than the limit only its first {@link ReadLimits#KEPT_BYTES} are ever held.
   */
  private static Lines lines(
      InputStream in, String name, ReadLimits limits, Rejects rejects, Handler handler)
      throws IOException {
    long lineNo = 0;
    TabLine line = new TabLine();
    Partial partial = new Partial(limits.maxLineBytes());
    byte[] buf = new byte[1 << 16];
    while (true) {
      int n;
      try {
        n = in.read(buf);
      } catch (EOFException | ZipException e) {
        rejects.add(cut(name, lineNo + 1, lineNo, e));
        return new Lines(lineNo, true);
      } catch (InflationGuard.LimitException e) {
        throw new BrokenFileException(
            name, lineNo, e.getMessage() + "; if it is real data, raise --max-expansion", e);
      }
      if (n < 0) {
        break;
      }
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] != '\n') {
          continue;
        }
        lineNo++;
        if (partial.isEmpty() && i - start <= limits.maxLineBytes()) {
          deliver(buf, start, i, name, lineNo, line, rejects, handler);
        } else {
          partial.add(buf, start, i);
          partial.deliver(name, lineNo, line, rejects, handler);
        }
        start = i + 1;
      }
      partial.add(buf, start, n);
    }
    if (!partial.isEmpty()) {
      lineNo++;
      partial.deliver(name, lineNo, line, rejects, handler);
    }
    return new Lines(lineNo, false);
  }

  /**
   * The part of a line read so far when it spans reads: the whole line while it is within the
   * limit, its first {@link ReadLimits#KEPT_BYTES} once it is longer, with its length counted on.
   */
  private static final class Partial {
    private final int maxLine;
    private byte[] bytes = new byte[1024];
    private int kept;
    private long length;

    Partial(int maxLine) {
      this.maxLine = maxLine;
    }

    boolean isEmpty() {
      return length == 0;
    }

    void add(byte[] buf, int from, int to) {
      boolean wasTooLong = length > maxLine;
      length += to - from;
      if (!wasTooLong && length > maxLine) {
        kept = Math.min(kept, ReadLimits.KEPT_BYTES);
      }
      int take = length > maxLine ? Math.min(to - from, ReadLimits.KEPT_BYTES - kept) : to - from;
      if (take <= 0) {
        return;
      }
      if (kept + take > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, kept + take));
      }
      System.arraycopy(buf, from, bytes, kept, take);
      kept += take;
    }

    /** Hands the line on, or rejects it when it is too long; then starts the next line. */
    void deliver(String name, long lineNo, TabLine line, Rejects rejects, Handler handler) {
      if (length > maxLine) {
        rejects.add(
            new Reject(
                name,
                lineNo,
                "",
                "",
                "the line is "
                    + length
                    + " bytes long, more than the limit of "
                    + maxLine
                    + " (--max-line-bytes); only its first "
                    + kept
                    + " bytes are kept here",
                new String(bytes, 0, kept, StandardCharsets.UTF_8)));
      } else {
        EventLines.deliver(bytes, 0, kept, name, lineNo, line, rejects, handler);
      }
      kept = 0;
      length = 0;
    }
  }

  private static Reject cut(String name, long line, long kept, IOException e) {
    return new Reject(
        name,
        line,
        "",
        "",
        "the compressed stream ends early ("
            + e.getMessage()
            + "): the file's tail from this line on is lost; the "
            + kept
            + " lines before it are kept",
        "");
  }

  private static void deliver(
      byte[] bytes,
      int from,
      int to,
      String name,
      long lineNo,
      TabLine line,
      Rejects rejects,
      Handler handler) {
    if (lineNo == 1 && hasByteOrderMark(bytes, from, to)) {
      from += 3;
    }
    int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
    if (!line.set(bytes, from, end, name, lineNo)) {
      int kept = Math.min(end - from, ReadLimits.KEPT_BYTES);
      rejects.add(
          new Reject(
              name,
              lineNo,
              "",
              "",
              kept < end - from
                  ? "not valid UTF-8; the line is "
                      + (end - from)
                      + " bytes long, only its first "
                      + kept
                      + " are kept here"
                  : "not valid UTF-8",
              new String(bytes, from, kept, StandardCharsets.UTF_8)));
      return;
    }
    handler.line(line);
  }

  /** Whether {@code bytes[from, to)} starts with UTF-8's byte order mark, EF BB BF. */
  static boolean hasByteOrderMark(byte[] bytes, int from, int to) {
    return to - from >= 3
        && bytes[from] == (byte) 0xEF
        && bytes[from + 1] == (byte) 0xBB
        && bytes[from + 2] == (byte) 0xBF;
  }
}
