package org.entente.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file Entente writes for the user goes through here: written whole to a temporary name in
 * the same directory, then moved into place (atomically where the file system can), so that a
 * failed write leaves the previous file or none, never half of one. A symbolic link where a file
 * goes is refused, not followed: a link at {@code out/briefing.md} pointing elsewhere would
 * otherwise have its target overwritten.
 *
 * <p>Files that belong together (a briefing's Markdown, HTML, PDF and charts) are staged in one
 * temporary directory beside them and moved in together by {@link Staging#commit}; if any move
 * fails, those already moved are taken back and the previous ones restored.
 *
 * <pre>{@code
 * OutputFiles.replace(out.resolve("report.csv"), OutputFiles.text(csv));
 * try (OutputFiles.Staging briefing = OutputFiles.stage(out)) {
 *   briefing.write("briefing.md", OutputFiles.text(markdown));
 *   briefing.write("briefing.pdf", pdf -> BriefingPdf.write(b, pdf));
 *   briefing.commit(); // all or nothing
 * }
 * }</pre>
 */
public final class OutputFiles {

  /** What goes into a file, written to the stream given (which the caller closes). */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The prefix of temporary names; a process killed while writing may leave one behind. */
  public static final String TEMPORARY_PREFIX = ".entente-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFiles() {}

  /** Text as UTF-8. */
  public static Content text(String text) {
    return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code target} whole, replacing the file there.
   *
   * @throws IOException naming the file, if it cannot be written, is a symbolic link or a
   *     directory; the previous file is then unchanged
   */
  public static void replace(Path target, Content content) throws IOException {
    checkDestination(target, false);
    Path tmp = temporaryFile(target, content);
    try {
      checkDestination(target, false);
      move(tmp, target);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  /**
   * Writes {@code target} whole, which must not exist: a file appears there complete or not at all.
   *
   * @throws FileAlreadyExistsException if something is there already (a link too); nothing is
   *     written then
   * @throws IOException naming the file, if it cannot be written
   */
  public static void createNew(Path target, Content content) throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path tmp = temporaryFile(target, content);
    try {
      // link(2) refuses an existing name atomically; without hard links, a move that does not
      // replace is the next best
      Files.createLink(target, tmp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes {@code content} to a new temporary file beside {@code target} and returns it. */
  private static Path temporaryFile(Path target, Content content) throws IOException {
    Path tmp = parent(target).resolve(temporaryName(target.getFileName().toString()));
    write(tmp, content);
    return tmp;
  }

  /**
   * Begins a set of files in {@code directory} (made if missing) that are moved in together. Names
   * may have one level of folder ({@code briefing-charts/a.svg}): the folder is replaced whole.
   *
   * @throws IOException naming the directory, if it cannot be made or written to
   */
  public static Staging stage(Path directory) throws IOException {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      // createDirectories would say only the path: the user needs to hear what is wrong with it.
      throw new IOException(directory + " is a file, not a folder; give a folder to write into");
    }
    Files.createDirectories(directory);
    Path staging = directory.resolve(temporaryName("staging"));
    Files.createDirectory(staging);
    return new Staging(directory, staging);
  }

  /** Files written into a temporary directory, then moved into place together. */
  public static final class Staging implements AutoCloseable {
    private final Path directory;
    private final Path staging;
    // the entries of the directory this set replaces: a file, or a folder of files
    private final Map<String, Boolean> entries = new LinkedHashMap<>();
    private boolean committed;

    private Staging(Path directory, Path staging) {
      this.directory = directory;
      this.staging = staging;
    }

    /** Where the files go. */
    public Path directory() {
      return directory;
    }

    /** Writes one file of the set into the staging directory. */
    public void write(String name, Content content) throws IOException {
      Path relative = Path.of(name).normalize();
      if (relative.isAbsolute()
          || relative.getNameCount() > 2
          || relative.startsWith("..")
          || name.isBlank()) {
        throw new IllegalArgumentException(
            "a staged file is a name or folder/name inside the directory, not '" + name + "'");
      }
      String top = relative.getName(0).toString();
      boolean folder = relative.getNameCount() == 2;
      Boolean known = entries.putIfAbsent(top, folder);
      if (known != null && known != folder) {
        throw new IllegalArgumentException(top + " is staged both as a file and as a folder");
      }
      Path file = staging.resolve(relative);
      if (folder) {
        Files.createDirectories(file.getParent());
      }
      OutputFiles.write(file, content);
    }

    /**
     * Moves every staged file into place: first checks that no destination is a symbolic link or of
     * the other kind (a folder where a file goes), then moves the previous entries aside and the
     * new ones in, and on a failure takes the new ones back out and restores the previous.
     *
     * @throws IOException naming the destination that was refused or could not be replaced; the
     *     directory then holds what it held before
     */
    public void commit() throws IOException {
      for (Map.Entry<String, Boolean> e : entries.entrySet()) {
        checkDestination(directory.resolve(e.getKey()), e.getValue());
      }
      Path previous = null;
      List<String> moved = new ArrayList<>();
      List<String> setAside = new ArrayList<>();
      try {
        for (String name : entries.keySet()) {
          Path target = directory.resolve(name);
          if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (previous == null) {
              previous = directory.resolve(temporaryName("previous"));
              Files.createDirectory(previous);
            }
            move(target, previous.resolve(name));
            setAside.add(name);
          }
          move(staging.resolve(name), target);
          moved.add(name);
        }
      } catch (IOException | RuntimeException | Error e) {
        restore(moved, setAside, previous, e);
        throw e;
      }
      committed = true;
      if (previous != null) {
        deleteTree(previous);
      }
      deleteTree(staging);
    }

    /** Takes the new entries back out and moves the previous ones back in. */
    private void restore(List<String> moved, List<String> setAside, Path previous, Throwable e) {
      try {
        for (int i = moved.size() - 1; i >= 0; i--) {
          move(directory.resolve(moved.get(i)), staging.resolve(moved.get(i)));
        }
        for (String name : setAside) {
          move(previous.resolve(name), directory.resolve(name));
        }
        if (previous != null) {
          Files.delete(previous);
        }
      } catch (IOException | RuntimeException restoreFailure) {
        e.addSuppressed(restoreFailure);
      }
    }

    /** Removes the staged files unless they were committed. */
    @Override
    public void close() throws IOException {
      if (!committed) {
        deleteTree(staging);
      }
    }
  }

  /**
   * Refuses a destination that is a symbolic link (never followed) or a directory where a file goes
   * (or a file where a folder goes), so that replacing it can neither write elsewhere nor remove a
   * directory of the user's.
   */
  private static void checkDestination(Path target, boolean folder) throws IOException {
    if (Files.isSymbolicLink(target)) {
      throw new IOException(
          target
              + " is a symbolic link; Entente does not write through links (remove it, or choose"
              + " another folder)");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
        && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) != folder) {
      throw new IOException(
          target
              + (folder ? " is a file" : " is a directory")
              + " where Entente writes "
              + (folder ? "a folder" : "a file")
              + "; it is left as it is (remove it, or choose another folder)");
    }
  }

  /** Writes a new file (never an existing name), flushed to the disk before it is closed. */
  private static void write(Path file, Content content) throws IOException {
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      content.writeTo(out);
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path parent(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("not a file: " + target);
    }
    return parent;
  }

  private static String temporaryName(String of) {
    return TEMPORARY_PREFIX
        + of
        + "-"
        + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT)
        + ".tmp";
  }

  /** Deletes a folder and all it holds, or nothing when it is not there. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
