package org.entente.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  /** Receives each line, without its line break. */
  @FunctionalInterface
  public interface Handler {
    void line(long number, String text);
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
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    progress.start("Reading " + name, size, "bytes");
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream raw =
        new CountingInputStream(Files.newInputStream(file), progress::advanceTo)) {
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw, 1 << 16));
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
            total += lines(zip, name + "!" + entry.getName(), utf8, rejects, handler);
          }
        }
      }
      InputStream in;
      try {
        in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      } catch (EOFException | ZipException e) {
        rejects.add(cut(name, 1, 0, e));
        return 0;
      }
      // Read in chunks, unbuffered: a buffer above a cut stream would lose the bytes it holds.
      return lines(in, name, utf8, rejects, handler);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      progress.finish();
    }
  }

  /** The lines of one stream, to its end or to where a compressed stream is cut. */
  private static long lines(
      InputStream in, String name, CharsetDecoder utf8, Rejects rejects, Handler handler)
      throws IOException {
    long lineNo = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
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
        if (buf[i] == '\n') {
          line.write(buf, start, i - start);
          lineNo++;
          deliver(name, lineNo, line, utf8, rejects, handler);
          line.reset();
          start = i + 1;
        }
      }
      line.write(buf, start, n - start);
    }
    if (line.size() > 0) {
      lineNo++;
      deliver(name, lineNo, line, utf8, rejects, handler);
    }
    return lineNo;
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
      String name,
      long lineNo,
      ByteArrayOutputStream bytes,
      CharsetDecoder utf8,
      Rejects rejects,
      Handler handler) {
    byte[] raw = bytes.toByteArray();
    int len = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    String text;
    try {
      text = utf8.decode(ByteBuffer.wrap(raw, 0, len)).toString();
    } catch (CharacterCodingException e) {
      rejects.add(
          new Reject(
              name,
              lineNo,
              "",
              "",
              "not valid UTF-8",
              new String(raw, 0, len, StandardCharsets.UTF_8)));
      return;
    }
    handler.line(lineNo, text);
  }
}
