package org.entente.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.entente.report.OutputFiles;

/**
 * Where an import writes the rows it could not load: a CSV with columns {@code
 * file,line,column,value,problem,record}, the raw record last so that it can be corrected and
 * imported again. A rejects file never replaces an existing file: a name the user gives must be
 * new, and generated names are unique (time to the millisecond, process id, and a counter when two
 * imports still meet). It is written whole under a temporary name and then given its name ({@link
 * OutputFiles#createNew}), so a failed write leaves nothing behind.
 *
 * <pre>{@code
 * RejectsFile target = RejectsFile.newIn(dataDir.resolve("rejects"), "import");
 * target.check();                  // before the import: fail early, not after the work
 * Path written = target.write(rejects.all());
 * }</pre>
 */
public final class RejectsFile {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

  private final Path path;
  private final boolean generated;

  private RejectsFile(Path path, boolean generated) {
    this.path = path;
    this.generated = generated;
  }

  /** The file the user named; it must not exist yet. */
  public static RejectsFile at(Path path) {
    return new RejectsFile(path, false);
  }

  /** A new file in {@code directory}, named {@code prefix-<time>-p<pid>.csv}. */
  public static RejectsFile newIn(Path directory, String prefix) {
    String name =
        prefix
            + "-"
            + LocalDateTime.now().format(STAMP)
            + "-p"
            + ProcessHandle.current().pid()
            + ".csv";
    return new RejectsFile(directory.resolve(name), true);
  }

  /** Where the file goes (for generated names: unless taken, then a numbered sibling). */
  public Path path() {
    return path;
  }

  /**
   * Checks that the file could be written, before an import spends time reading.
   *
   * @throws UncheckedIOException naming the path and what is wrong with it
   */
  public void check() {
    if (path.toString().isBlank()) {
      throw failure("no file name given", null);
    }
    if (Files.isDirectory(path)) {
      throw failure(
          "it is a directory; give a file name, e.g. " + path.resolve("rejects.csv"), null);
    }
    if (!generated && Files.isSymbolicLink(path)) {
      throw failure(
          "it is a symbolic link, and Entente does not write through links; give a new name", null);
    }
    if (!generated && Files.exists(path)) {
      throw failure("the file exists and is never overwritten; remove it or give a new name", null);
    }
    Path parent = path.toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw failure("cannot create its directory " + parent + " (" + reason(e) + ")", e);
    }
    if (!Files.isWritable(parent)) {
      throw failure("its directory " + parent + " is not writable", null);
    }
  }

  /**
   * Writes every reject to a new file.
   *
   * @return the file written
   * @throws UncheckedIOException if it cannot be written; nothing is left behind then
   */
  public Path write(List<Reject> rejects) {
    check();
    Path target = path;
    for (int attempt = 2; ; attempt++) {
      try {
        writeNew(target, rejects);
        return target;
      } catch (FileAlreadyExistsException e) {
        if (!generated) {
          throw failure("the file exists and is never overwritten", e);
        }
        String name = path.getFileName().toString().replaceFirst("\\.csv$", "");
        target = path.resolveSibling(name + "-" + attempt + ".csv");
      } catch (IOException e) {
        throw failure(reason(e), e);
      }
    }
  }

  /** Writes the file whole under a temporary name, then gives it its name (never replacing). */
  private static void writeNew(Path target, List<Reject> rejects) throws IOException {
    OutputFiles.createNew(
        target,
        stream -> {
          Writer out =
              new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
          write(rejects, true, out);
          out.flush();
        });
  }

  /** The CSV header of a rejects file. */
  public static final String HEADER = "file,line,column,value,problem,record";

  /**
   * Writes rejects as CSV rows in this file's columns, with the header line if asked: how a cluster
   * job writes its rejects to any file system. Leaves {@code out} open, flushed.
   */
  public static void write(List<Reject> rejects, boolean header, Writer out) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    if (header) {
      csv.writeRecord(HEADER.split(","));
    }
    for (Reject r : rejects) {
      csv.writeRecord(
          r.file(), Long.toString(r.line()), r.column(), r.value(), r.problem(), r.record());
    }
    csv.flush();
  }

  private UncheckedIOException failure(String why, IOException cause) {
    return new UncheckedIOException(
        "cannot write the rejects file " + path + ": " + why,
        cause == null ? new IOException(why) : cause);
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return message == null ? e.toString() : message;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
