package org.entente.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.entente.code.CountryCodes;
import org.entente.domain.Event;

/**
 * Finds event files (plain, {@code .gz} or {@code .zip}, directories read recursively), tells their
 * format from the first line when asked to ({@code auto}: the ICEWS or POLECAT header, GDELT's 61
 * or 57/58 columns), and streams their events through the format's {@link EventReader}.
 *
 * <pre>{@code
 * EventReader reader = EventFiles.reader("auto", path);
 * EventFiles.read(path, path.toString(), reader, rejects, Progress.NONE, events::add);
 * }</pre>
 */
public final class EventFiles {

  /** The formats {@code --dataset} accepts. */
  public static final List<String> DATASETS = List.of("auto", "gdelt", "icews", "polecat");

  private EventFiles() {}

  /**
   * The files to read: files as given, and under each directory (walked recursively, in name order)
   * the files named like event data ({@code .csv}, {@code .tab}, {@code .tsv}, {@code .txt}, each
   * also {@code .gz} or {@code .zip}), so that a README beside them is not taken for one.
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(EventFiles::looksLikeEvents)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read directory " + p + ": " + e.getMessage(), e);
        }
      } else {
        if (Files.exists(p) && !Files.isRegularFile(p)) {
          throw new IllegalArgumentException(notRegular(p));
        }
        files.add(p);
      }
    }
    return files;
  }

  /**
   * Why a pipe or device is refused: an import reads a file twice, once for its SHA-256 and once
   * for its rows, and {@code /dev/zero} would never end.
   */
  static String notRegular(Path file) {
    return file
        + ": not a regular file (a pipe or device cannot be read twice, once for its SHA-256 and"
        + " once for its rows); save it to a file first";
  }

  private static boolean looksLikeEvents(Path file) {
    return looksLikeEvents(file.getFileName().toString());
  }

  /**
   * Whether a file found in a directory is taken for event data, by its name: {@code .csv}, {@code
   * .tab}, {@code .tsv} or {@code .txt}, each also {@code .gz} or {@code .zip}.
   */
  public static boolean looksLikeEvents(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.replaceFirst("\\.(gz|zip)$", "").matches(".*\\.(csv|tab|tsv|txt)");
  }

  /**
   * The reader for {@code dataset}; {@code auto} looks at the file's first line.
   *
   * @throws IllegalArgumentException for an unknown dataset, or a file {@code auto} cannot tell
   */
  public static EventReader reader(String dataset, Path file) {
    checkDataset(dataset);
    return reader(dataset, firstLine(file), file.toString());
  }

  /**
   * The reader for {@code dataset} of a file whose first line is {@code firstLine}: the same choice
   * for a file read from any file system.
   *
   * @param name the file's name, for the message when {@code auto} cannot tell
   * @throws IllegalArgumentException for an unknown dataset, or a first line {@code auto} cannot
   *     tell
   */
  public static EventReader reader(String dataset, String firstLine, String name) {
    String key = checkDataset(dataset);
    return switch (key) {
      case "gdelt" -> new GdeltEventReader(isGdelt1(tabs(firstLine).length));
      case "icews" -> new IcewsEventReader(CountryCodes.bundled());
      case "polecat" -> new PolecatEventReader(CountryCodes.bundled());
      default -> detect(firstLine, name);
    };
  }

  /**
   * The reader whose {@link EventReader#dataset()} is {@code dataset} ({@code gdelt1}, {@code
   * gdelt2}, {@code icews}, {@code polecat}): how a cluster task gets the reader the driver chose
   * for a file.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static EventReader readerOf(String dataset) {
    return switch (dataset) {
      case "gdelt1" -> new GdeltEventReader(true);
      case "gdelt2" -> new GdeltEventReader(false);
      case "icews" -> new IcewsEventReader(CountryCodes.bundled());
      case "polecat" -> new PolecatEventReader(CountryCodes.bundled());
      default ->
          throw new IllegalArgumentException(
              "no reader gives dataset '"
                  + dataset
                  + "': expected gdelt1, gdelt2, icews or polecat");
    };
  }

  private static String checkDataset(String dataset) {
    String key = dataset.toLowerCase(Locale.ROOT);
    if (!DATASETS.contains(key)) {
      throw new IllegalArgumentException(
          "unknown dataset '" + dataset + "': expected one of " + String.join(", ", DATASETS));
    }
    return key;
  }

  private static EventReader detect(String first, String file) {
    String[] fields = tabs(first);
    if (fields.length > 2
        && fields[0].equals(PolecatEventReader.FIRST_HEADER)
        && fields[2].equals(PolecatEventReader.THIRD_HEADER)) {
      return new PolecatEventReader(CountryCodes.bundled());
    }
    if (fields[0].equals(IcewsEventReader.FIRST_HEADER)
        && fields.length == IcewsEventReader.COLUMNS) {
      return new IcewsEventReader(CountryCodes.bundled());
    }
    if (fields.length == GdeltEventReader.COLUMNS) {
      return new GdeltEventReader();
    }
    if (isGdelt1(fields.length)) {
      return new GdeltEventReader(true);
    }
    throw new IllegalArgumentException(
        file
            + ": cannot tell the dataset from the first line ("
            + fields.length
            + " tab-separated columns): expected the ICEWS header (Event ID, Event Date, Source"
            + " Name, …), the POLECAT header (Event ID, Event Date, Event Type, …), GDELT 2.0's 61"
            + " columns or GDELT 1.0's 57 or 58; give --dataset gdelt, icews or polecat");
  }

  private static String[] tabs(String text) {
    return text.split("\t", -1);
  }

  private static boolean isGdelt1(int columns) {
    return columns == GdeltEventReader.V1_COLUMNS
        || columns == GdeltEventReader.V1_COLUMNS_WITH_URL;
  }

  private static InputStream decompressed(String name, InputStream raw) throws IOException {
    if (name.endsWith(".gz")) {
      return new GZIPInputStream(raw);
    }
    if (name.endsWith(".zip")) {
      ZipInputStream zip = new ZipInputStream(raw);
      ZipEntry entry = zip.getNextEntry();
      while (entry != null && entry.isDirectory()) {
        entry = zip.getNextEntry();
      }
      return zip;
    }
    return raw;
  }

  private static String firstLine(Path file) {
    try (InputStream raw = Files.newInputStream(file)) {
      return firstLine(raw, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The first line of an event file read from {@code raw}, decompressed by the ending of {@code
   * name}, without a byte order mark; empty for an empty file. At most {@link
   * ReadLimits#maxLineBytes()} bytes are read, so a file of one endless line cannot exhaust memory
   * here: its first megabyte is what format detection sees, and refuses.
   */
  public static String firstLine(InputStream raw, String name) throws IOException {
    int max = ReadLimits.DEFAULT.maxLineBytes();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = decompressed(name, raw)) {
      byte[] buf = new byte[8192];
      while (line.size() < max) {
        int n = in.read(buf, 0, Math.min(buf.length, max - line.size()));
        if (n < 0) {
          break;
        }
        int end = indexOf(buf, n, (byte) '\n');
        line.write(buf, 0, end < 0 ? n : end);
        if (end >= 0) {
          break;
        }
      }
    }
    byte[] bytes = line.toByteArray();
    int from = EventLines.hasByteOrderMark(bytes, 0, bytes.length) ? 3 : 0;
    int to =
        bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(ByteBuffer.wrap(bytes, from, to - from))
        .toString();
  }

  private static int indexOf(byte[] buf, int length, byte wanted) {
    for (int i = 0; i < length; i++) {
      if (buf[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Streams one file's events to {@code sink}; bad lines go to {@code rejects}.
   *
   * @return lines read
   */
  public static long read(
      Path file,
      String name,
      EventReader reader,
      Rejects rejects,
      Progress progress,
      Consumer<Event> sink) {
    return read(file, name, reader, ReadLimits.DEFAULT, rejects, progress, sink);
  }

  /**
   * Streams one file's events to {@code sink} within {@code limits}; bad lines go to {@code
   * rejects}.
   *
   * @return lines read
   * @throws BrokenFileException if the file inflates beyond {@code limits}
   */
  public static long read(
      Path file,
      String name,
      EventReader reader,
      ReadLimits limits,
      Rejects rejects,
      Progress progress,
      Consumer<Event> sink) {
    return EventLines.read(
        file, name, limits, rejects, progress, line -> reader.parse(line, rejects).ifPresent(sink));
  }
}
