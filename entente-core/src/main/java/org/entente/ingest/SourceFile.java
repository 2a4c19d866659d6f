package org.entente.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/**
 * A file to import, from disk or bundled in the jar. Its bytes are read once into memory so the
 * checksum (which makes re-imports no-ops) and the parse see exactly the same content; a name
 * ending in {@code .gz} is decompressed when opened.
 *
 * @param name the name used in messages and provenance
 * @param bytes the file's raw (possibly compressed) bytes
 */
public record SourceFile(String name, byte[] bytes) {

  public SourceFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  /**
   * The largest file read whole: 1 GiB, or a quarter of the heap when that is less. The files read
   * this way (votes, lists, treaties, vetoes) are tens of megabytes; event files, which can be
   * larger, are streamed instead ({@link EventLines}).
   */
  public static long maxBytes() {
    return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
  }

  /**
   * Reads {@code path} whole.
   *
   * @throws UncheckedIOException if it cannot be read, or is larger than {@link #maxBytes()}
   * @throws IllegalArgumentException for a pipe or device
   */
  public static SourceFile of(Path path) {
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new IllegalArgumentException(EventFiles.notRegular(path));
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes()) {
        String why =
            path
                + " is "
                + size
                + " bytes, more than the "
                + maxBytes()
                + " this import reads into memory: not a file of this kind, or raise the heap"
                + " with ENTENTE_JAVA_OPTS=-Xmx…";
        throw new UncheckedIOException(why, new IOException(why));
      }
      return new SourceFile(path.toString(), Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("file not found: " + path, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** A resource next to {@code anchor}, e.g. {@code resource(Foo.class, "data/x.csv.gz")}. */
  public static SourceFile resource(Class<?> anchor, String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + path);
      }
      return new SourceFile(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Size of the raw bytes, the unit of progress for {@link #open(LongConsumer)}. */
  public long size() {
    return bytes.length;
  }

  /** SHA-256 of the raw bytes, as lower-case hex. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Opens the content, decompressing {@code .gz} within {@link ReadLimits#DEFAULT}'s expansion (a
   * read beyond it fails with an {@link IOException} that says so); {@code rawBytesRead} hears how
   * far it got.
   */
  public InputStream open(LongConsumer rawBytesRead) throws IOException {
    CountingInputStream raw =
        new CountingInputStream(new ByteArrayInputStream(bytes), rawBytesRead);
    return name.endsWith(".gz")
        ? new InflationGuard(
            new GZIPInputStream(raw, 1 << 16), raw, ReadLimits.DEFAULT.maxExpansion())
        : raw;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile other
        && name.equals(other.name)
        && java.util.Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SourceFile[" + name + ", " + bytes.length + " bytes]";
  }
}
