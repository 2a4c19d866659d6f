package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.domain.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs the job cannot use are refused before it reads any event, with the path and what is wrong,
 * and leave no output behind.
 */
class BadInputIT {

  @TempDir Path dir;

  private void refused(String message, Path... inputs) {
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> SparkRuns.aggregate(out, DatePrecision.DAY, false, inputs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertThat(out).doesNotExist();
  }

  @Test
  void aPathThatDoesNotExist() {
    refused("no such file or directory: " + dir.resolve("nope.CSV"), dir.resolve("nope.CSV"));
  }

  @Test
  void aDirectoryWithoutEventFiles() throws IOException {
    Path d = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(d.resolve("README.md"), "# not events\n", StandardCharsets.UTF_8);
    refused("docs: no event files in this directory (looked for names ending .csv", d);
  }

  @Test
  void anEmptyInput() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.CSV"));
    refused("the input is empty: 1 file(s), 0 bytes", empty);
  }

  @Test
  void twoFormatsInOneDirectory() throws IOException {
    Path d = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(SparkRuns.GDELT, d.resolve("a.export.CSV"));
    Files.copy(SparkRuns.ICEWS, d.resolve("b.tab"));
    refused("mixed mixes event formats (", d);
    refused("a.export.CSV is gdelt2; ", d);
  }

  @Test
  void filesThatCannotBeReadAsEvents() throws IOException {
    Path gz = dir.resolve("broken.CSV.gz");
    Files.writeString(gz, "not gzip at all\n", StandardCharsets.UTF_8);
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "hello\n", StandardCharsets.UTF_8);
    refused("2 input file(s) cannot be read as event data (nothing was aggregated)", gz, notes);
    refused("Not in GZIP format", gz, notes);
    refused("cannot tell the dataset from the first line (1 tab-separated columns)", gz, notes);
  }

  @Test
  void anOutputThatHoldsFilesAlready() throws IOException {
    Path out = Files.createDirectories(dir.resolve("used"));
    Files.writeString(out.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SparkRuns.aggregate(out, DatePrecision.DAY, false, SparkRuns.GDELT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists and is not empty: give a new output directory");
    assertThat(Files.readString(out.resolve("keep.txt"), StandardCharsets.UTF_8)).isEqualTo("mine");
  }

  @Test
  void theCommandLineNamesBadOptions() {
    String file = SparkRuns.GDELT.toString();
    String out = dir.resolve("cli-out").toString();
    assertThat(Main.run("aggregate", "--out", out, "--dataset", "nope", file)).isEqualTo(2);
    assertThat(Main.run("aggregate", "--out", out, "--by", "week", file)).isEqualTo(2);
    assertThat(Main.run("aggregate", "--out", out, "--partitions", "-1", file)).isEqualTo(2);
    assertThat(Main.run("aggregate", file)).as("--out is required").isEqualTo(2);
    assertThat(Main.run("aggregate", "--out", out, dir.resolve("nope").toString())).isEqualTo(1);
    assertThat(dir.resolve("cli-out")).doesNotExist();
  }
}
