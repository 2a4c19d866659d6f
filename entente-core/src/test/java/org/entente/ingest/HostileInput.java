package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile files for the fuzz tests: a real file's content damaged by one to four edits (random
 * bytes, a line of a few MB, a cut, byte-order marks, NULs, mixed line ends, invalid UTF-8, a line
 * repeated), or nothing but random bytes, then packed plain, gzip or zip, whole or cut. Every edit
 * is decided by generated values (a position as a fraction of the file and a seed), so jqwik can
 * replay and shrink a failure.
 */
public final class HostileInput {

  private HostileInput() {}

  /** What one edit does. */
  public enum Edit {
    RANDOM_BYTES,
    HUGE_LINE,
    TRUNCATE,
    BOM,
    NUL,
    LINE_ENDS,
    INVALID_UTF8,
    REPEAT_LINE
  }

  /** One edit at {@code at} (a fraction of the content), its details drawn from {@code seed}. */
  public record Mutation(Edit edit, double at, long seed) {}

  /** How the damaged content reaches the reader. */
  public enum Packing {
    PLAIN,
    GZIP,
    GZIP_CUT,
    ZIP,
    ZIP_CUT
  }

  /** A whole hostile file: the edits, or random bytes instead of the real content. */
  public record Damage(List<Mutation> mutations, boolean randomFile, long seed) {

    /** The damaged content; {@code hugeLines} false leaves {@link Edit#HUGE_LINE} out. */
    public byte[] apply(byte[] content, boolean hugeLines) {
      if (randomFile) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        return bytes;
      }
      byte[] bytes = content;
      for (Mutation m : mutations) {
        if (m.edit() != Edit.HUGE_LINE || hugeLines) {
          bytes = HostileInput.apply(bytes, m);
        }
      }
      return bytes;
    }

    @Override
    public String toString() {
      return randomFile ? "random bytes (seed " + seed + ")" : mutations.toString();
    }
  }

  /** One to four edits of a real file, or (one time in ten) random bytes. */
  public static Arbitrary<Damage> damage() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Edit.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.longs())
            .as(Mutation::new);
    return Combinators.combine(
            one.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 9).map(i -> i == 0),
            Arbitraries.longs())
        .as(Damage::new);
  }

  /** Lone continuation bytes, a truncated sequence, an overlong slash, a surrogate, 0xFF. */
  static final byte[][] BAD_UTF8 = {
    {(byte) 0x80},
    {(byte) 0xC3},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xFF},
    {(byte) 0xFE, (byte) 0xFE},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
  };

  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  static final byte[] UTF16_BOM = {(byte) 0xFF, (byte) 0xFE};

  /** The length of a huge line: 1 to 4 MB, more than any real record and than the event limit. */
  static int hugeLineLength(Random random) {
    return (1 << 20) + random.nextInt(3 << 20);
  }

  static byte[] apply(byte[] content, Mutation m) {
    Random random = new Random(m.seed());
    int at = (int) Math.min(content.length, Math.floor(m.at() * (content.length + 1)));
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
    switch (m.edit()) {
      case RANDOM_BYTES -> {
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        int replaced = Math.min(content.length - at, random.nextInt(noise.length + 1));
        out.write(content, 0, at);
        out.writeBytes(noise);
        out.write(content, at + replaced, content.length - at - replaced);
      }
      case HUGE_LINE -> {
        int start = lineStart(content, at);
        byte[] line = new byte[hugeLineLength(random)];
        // Field separators of every format in it, so the line is one record of many fields too.
        byte[] alphabet = "x,\t\"a1".getBytes(StandardCharsets.US_ASCII);
        byte fill = alphabet[random.nextInt(alphabet.length)];
        Arrays.fill(line, fill == '"' ? (byte) 'x' : fill);
        out.write(content, 0, start);
        out.writeBytes(line);
        out.write('\n');
        out.write(content, start, content.length - start);
      }
      case TRUNCATE -> out.write(content, 0, at);
      case BOM -> {
        byte[] bom = random.nextBoolean() ? UTF8_BOM : UTF16_BOM;
        int where = random.nextBoolean() ? 0 : at;
        out.write(content, 0, where);
        out.writeBytes(bom);
        out.write(content, where, content.length - where);
      }
      case NUL -> {
        out.write(content, 0, at);
        out.writeBytes(new byte[1 + random.nextInt(4)]);
        out.write(content, at, content.length - at);
      }
      case LINE_ENDS -> {
        // Each line end from here on becomes \r\n, \r or \n, chosen line by line.
        out.write(content, 0, at);
        for (int i = at; i < content.length; i++) {
          if (content[i] == '\n') {
            switch (random.nextInt(3)) {
              case 0 -> out.writeBytes(new byte[] {'\r', '\n'});
              case 1 -> out.write('\r');
              default -> out.write('\n');
            }
          } else {
            out.write(content[i]);
          }
        }
      }
      case INVALID_UTF8 -> {
        out.write(content, 0, at);
        out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
        out.write(content, at, content.length - at);
      }
      case REPEAT_LINE -> {
        int start = lineStart(content, at);
        int end = start;
        while (end < content.length && content[end] != '\n') {
          end++;
        }
        end = Math.min(content.length, end + 1);
        out.write(content, 0, end);
        out.write(content, start, end - start);
        out.write(content, end, content.length - end);
      }
    }
    return out.toByteArray();
  }

  private static int lineStart(byte[] content, int at) {
    int start = Math.min(at, content.length);
    while (start > 0 && content[start - 1] != '\n') {
      start--;
    }
    return start;
  }

  /**
   * The content packed: gzip or zip ({@code entry} the file inside the zip), whole or cut at {@code
   * cut} (a fraction of the packed bytes).
   */
  public static byte[] pack(byte[] content, Packing packing, String entry, double cut) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
      switch (packing) {
        case PLAIN -> out.writeBytes(content);
        case GZIP, GZIP_CUT -> {
          try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
          }
        }
        case ZIP, ZIP_CUT -> {
          try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
          }
        }
      }
      byte[] packed = out.toByteArray();
      if (packing == Packing.GZIP_CUT || packing == Packing.ZIP_CUT) {
        return Arrays.copyOf(packed, (int) Math.floor(cut * (packed.length - 1)));
      }
      return packed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The records of a CSV file as RFC 4180 counts them, written apart from {@code CsvRows}: line
   * breaks ({@code \r\n}, {@code \r} or {@code \n}) end a record unless inside a quoted field, and
   * a quote opens one only at the start of a field. Empty lines and a leading UTF-8 byte-order mark
   * are not records.
   */
  public static long csvRecords(byte[] content) {
    long records = 0;
    boolean quoted = false;
    boolean fieldStart = true;
    boolean empty = true;
    int i = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
    for (; i < content.length; i++) {
      byte b = content[i];
      if (quoted) {
        if (b == '"') {
          if (i + 1 < content.length && content[i + 1] == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
        continue;
      }
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
          i++;
        }
        records += empty ? 0 : 1;
        empty = true;
        fieldStart = true;
        continue;
      }
      empty = false;
      if (b == '"' && fieldStart) {
        quoted = true;
      }
      fieldStart = b == ',';
    }
    return records + (empty ? 0 : 1);
  }

  static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }
}
