package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written whole or not at all, and never through a symbolic link: a failing writer, a link
 * where a file goes, a folder where a file goes, and a set of files that must move in together.
 */
class OutputFilesTest {

  @TempDir Path dir;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replaceWritesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("report.csv");
    Files.writeString(file, "old", StandardCharsets.UTF_8);
    OutputFiles.replace(file, OutputFiles.text("new,本"));
    assertThat(read(file)).isEqualTo("new,本");
    assertThat(names(dir)).containsExactly("report.csv");
  }

  @Test
  void aWriterThatFailsHalfWayLeavesThePreviousFile() throws IOException {
    Path file = dir.resolve("report.csv");
    Files.writeString(file, "old", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () ->
                OutputFiles.replace(
                    file,
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    assertThat(read(file)).isEqualTo("old");
    assertThat(names(dir)).containsExactly("report.csv");
  }

  @Test
  void aSymbolicLinkIsRefusedAndItsTargetUntouched() throws IOException {
    Path outside = Files.createDirectory(dir.resolve("outside")).resolve("precious.txt");
    Files.writeString(outside, "precious", StandardCharsets.UTF_8);
    Path out = Files.createDirectory(dir.resolve("out"));
    Path link = Files.createSymbolicLink(out.resolve("report.csv"), outside);
    assertThatThrownBy(() -> OutputFiles.replace(link, OutputFiles.text("overwritten")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(link + " is a symbolic link");
    assertThatThrownBy(() -> OutputFiles.createNew(link, OutputFiles.text("overwritten")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(read(outside)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(names(out)).containsExactly("report.csv");
  }

  @Test
  void createNewNeverReplaces() throws IOException {
    Path file = dir.resolve("rejects.csv");
    OutputFiles.createNew(file, OutputFiles.text("first"));
    assertThatThrownBy(() -> OutputFiles.createNew(file, OutputFiles.text("second")))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(read(file)).isEqualTo("first");
    assertThat(names(dir)).containsExactly("rejects.csv");
  }

  @Test
  void aStagedSetReplacesThePreviousSetWholeFolderIncluded() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFiles.Staging files = OutputFiles.stage(out)) {
      files.write("a.md", OutputFiles.text("a1"));
      files.write("charts/old.svg", OutputFiles.text("<svg/>"));
      files.commit();
    }
    Files.writeString(out.resolve("mine.txt"), "the user's", StandardCharsets.UTF_8);
    try (OutputFiles.Staging files = OutputFiles.stage(out)) {
      files.write("a.md", OutputFiles.text("a2"));
      files.write("charts/new.svg", OutputFiles.text("<svg/>"));
      files.write("b.pdf", OutputFiles.text("b2"));
      files.commit();
    }
    assertThat(names(out)).containsExactly("a.md", "b.pdf", "charts", "mine.txt");
    assertThat(names(out.resolve("charts"))).containsExactly("new.svg");
    assertThat(read(out.resolve("a.md"))).isEqualTo("a2");
    assertThat(read(out.resolve("mine.txt"))).isEqualTo("the user's");
  }

  @Test
  void aSetThatFailsBeforeItsCommitLeavesThePreviousSet() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFiles.Staging files = OutputFiles.stage(out)) {
      files.write("a.md", OutputFiles.text("a1"));
      files.commit();
    }
    assertThatThrownBy(
            () -> {
              try (OutputFiles.Staging files = OutputFiles.stage(out)) {
                files.write("a.md", OutputFiles.text("a2"));
                files.write(
                    "b.pdf",
                    pdf -> {
                      throw new IllegalStateException("no font");
                    });
                files.commit();
              }
            })
        .hasMessage("no font");
    assertThat(names(out)).containsExactly("a.md");
    assertThat(read(out.resolve("a.md"))).isEqualTo("a1");
  }

  @Test
  void aFolderWhereAFileGoesStopsTheWholeSetAndIsKept() throws IOException {
    Path out = dir.resolve("out");
    try (OutputFiles.Staging files = OutputFiles.stage(out)) {
      files.write("a.md", OutputFiles.text("a1"));
      files.write("charts/c.svg", OutputFiles.text("c1"));
      files.commit();
    }
    Path folder = Files.createDirectory(out.resolve("b.pdf"));
    Files.writeString(folder.resolve("inside.txt"), "kept", StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> {
              try (OutputFiles.Staging files = OutputFiles.stage(out)) {
                files.write("a.md", OutputFiles.text("a2"));
                files.write("charts/c.svg", OutputFiles.text("c2"));
                files.write("b.pdf", OutputFiles.text("b2"));
                files.commit();
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining(folder + " is a directory where Entente writes a file");
    assertThat(names(out)).containsExactly("a.md", "b.pdf", "charts");
    assertThat(read(out.resolve("a.md"))).isEqualTo("a1");
    assertThat(read(out.resolve("charts/c.svg"))).isEqualTo("c1");
    assertThat(read(folder.resolve("inside.txt"))).isEqualTo("kept");
  }

  @Test
  void aSymbolicLinkInTheSetStopsTheWholeSet() throws IOException {
    Path outside = dir.resolve("precious.txt");
    Files.writeString(outside, "precious", StandardCharsets.UTF_8);
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("b.html"), outside);
    assertThatThrownBy(
            () -> {
              try (OutputFiles.Staging files = OutputFiles.stage(out)) {
                files.write("a.md", OutputFiles.text("a"));
                files.write("b.html", OutputFiles.text("b"));
                files.commit();
              }
            })
        .hasMessageContaining(out.resolve("b.html") + " is a symbolic link");
    assertThat(names(out)).containsExactly("b.html");
    assertThat(read(outside)).isEqualTo("precious");
  }

  @Test
  void aFileGivenAsTheFolderIsNamedAsSuchAndKept() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "mine");
    assertThatThrownBy(() -> OutputFiles.stage(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + " is a file, not a folder; give a folder to write into");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }
}
