package org.entente.cli;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output failing under a command that writes the bundled data: in process, on a stream
 * that fails after a number of bytes; as the built jar, writing to Linux's {@code /dev/full} and to
 * a pipe whose reader goes away.
 */
class MainIT {

  private static final String FULL_MESSAGE =
      "entente: cannot write the output: No space left on device; the output is incomplete\n";

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = BundledStore.copyTo(dir.resolve("main.duckdb")).toString();
  }

  @Test
  void allPairsStopAtTheFirstFailedWrite() {
    FailingStream out = new FailingStream(1 << 20, "No space left on device");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(new String[] {"alignment", "--all", "--format", "csv", "--db", db}, out, err);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(FULL_MESSAGE);
    assertThat(out.failed()).isTrue();
    // The CSV is about 70 MB: a writer that went on after the failure would keep trying.
    assertThat(out.writesAfterFailure()).isZero();
  }

  @Test
  void fullDiskIsAnError() throws Exception {
    Path full = Path.of("/dev/full");
    if (!Files.isWritable(full)) {
      System.err.println("MainIT skipped a test: needs Linux's /dev/full");
    }
    assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
    Path err = dir.resolve("full.err");
    Process child =
        entente("alignment", "CHN", "RUS", "--format", "csv", "--db", db)
            .redirectOutput(full.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(child.waitFor(60, SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(1);
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo(FULL_MESSAGE);
  }

  @Test
  void closedPipeStopsTheWorkQuietlyWithStatus141() throws Exception {
    Path err = dir.resolve("pipe.err");
    Process child =
        entente("alignment", "--all", "--format", "csv", "--db", db)
            .redirectError(err.toFile())
            .start();
    // Like `| head -1`: read one line, then close the pipe while the child is still writing.
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("a,b,period,n,agree,s,kappa,pi");
    }
    assertThat(child.waitFor(60, SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(141);
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
  }

  private static ProcessBuilder entente(String... args) {
    Path jar = Path.of("target", "entente.jar").toAbsolutePath();
    assertThat(jar).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
