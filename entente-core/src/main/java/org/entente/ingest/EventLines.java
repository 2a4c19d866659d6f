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
   * Reads {@code file} line by line.
   *
   * @param name the file's name in rejects and provenance
   * @return the number of lines read
   */
  public static long read(
      Path file, String name, Rejects rejects, Progress progress, Handler handler) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    try (InputStream raw = Files.newInputStream(file)) {
      return read(raw, size, name, rejects, progress, handler);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads an event file's bytes from {@code raw} line by line, decompressed by the ending of {@code
   * name} ({@code .gz}, {@code .zip}): how a cluster job reads a file of any Hadoop file system
   * with the same code as a local import.
   *
   * @param size the file's size in bytes, for progress
   * @param name the file's name in rejects and provenance
   * @return the number of lines read
   * @throws IOException if {@code raw} cannot be read (a compressed stream cut short is a reject,
   *     not an exception)
   */
  public static long read(
      InputStream raw, long size, String name, Rejects rejects, Progress progress, Handler handler)
      throws IOException {
    progress.start("Reading " + name, size, "bytes");
    try (InputStream counted = new CountingInputStream(raw, progress::advanceTo)) {
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(counted, 1 << 16));
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
            total += lines(zip, name + "!" + entry.getName(), rejects, handler);
          }
        }
      }
      InputStream in;
      try {
        in = name.endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted;
      } catch (EOFException | ZipException e) {
        rejects.add(cut(name, 1, 0, e));
        return 0;
      }
      // Read in chunks, unbuffered: a buffer above a cut stream would lose the bytes it holds.
      return lines(in, name, rejects, handler);
    } finally {
      progress.finish();
    }
  }

  /**
   * The lines of one stream, to its end or to where a compressed stream is cut. Lines are handed
   * out where they lie in the read buffer; only a line that spans two reads is copied.
   */
  private static long lines(InputStream in, String name, Rejects rejects, Handler handler)
      throws IOException {
    long lineNo = 0;
    TabLine line = new TabLine();
    byte[] carry = new byte[1024];
    int carried = 0;
    byte[] buf = new byte[1 << 16];
    while (true) {
      int n;
      try {
        n = in.read(buf);
      } catch (EOFException | ZipException e) {
        rejects.add(cut(name, lineNo + 1, lineNo, e));
        return lineNo;
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
        if (carried == 0) {
          deliver(buf, start, i, name, lineNo, line, rejects, handler);
        } else {
          carry = append(carry, carried, buf, start, i);
          deliver(carry, 0, carried + i - start, name, lineNo, line, rejects, handler);
          carried = 0;
        }
        start = i + 1;
      }
      carry = append(carry, carried, buf, start, n);
      carried += n - start;
    }
    if (carried > 0) {
      lineNo++;
      deliver(carry, 0, carried, name, lineNo, line, rejects, handler);
    }
    return lineNo;
  }

  /** {@code carry} with {@code buf[from, to)} added after its first {@code used} bytes. */
  private static byte[] append(byte[] carry, int used, byte[] buf, int from, int to) {
    int len = to - from;
    byte[] out = used + len <= carry.length ? carry : Arrays.copyOf(carry, 2 * (used + len));
    System.arraycopy(buf, from, out, used, len);
    return out;
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
    int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
    if (!line.set(bytes, from, end, name, lineNo)) {
      rejects.add(
          new Reject(
              name,
              lineNo,
              "",
              "",
              "not valid UTF-8",
              new String(bytes, from, end - from, StandardCharsets.UTF_8)));
      return;
    }
    handler.line(line);
  }
}
