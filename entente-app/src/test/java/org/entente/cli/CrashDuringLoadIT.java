package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the process (SIGKILL, no shutdown hooks) while the bundled votes are being written to a new
 * store, then checks the store holds nothing of that import and loads cleanly afterwards.
 */
class CrashDuringLoadIT {

  @TempDir Path dir;

  @Test
  void killedLoadLeavesNoPartialData() throws Exception {
    Path jar = Path.of("target", "entente.jar").toAbsolutePath();
    assertThat(jar).exists();
    String db = dir.resolve("crash.duckdb").toString();

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "status",
                "--db",
                db)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    // Wait until the rows are being written inside the transaction, then kill at once.
    assertThat(waitFor(child.getErrorStream(), "Writing to store")).isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(Path.of(db))).isTrue();

    CliRun status = CliRun.of("status", "--db", db);
    assertThat(status.exitCode()).isZero();
    // The interrupted import left nothing behind: this run had to load everything itself.
    assertThat(status.err()).contains("First use of");
    assertThat(status.out()).contains("6,299 roll calls, 887,094 votes");
    assertThat(status.out().lines().filter(l -> l.contains(" bundled "))).hasSize(5);
  }

  private static boolean waitFor(InputStream in, String marker) throws Exception {
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[256];
    int n;
    while ((n = in.read(buffer)) > 0) {
      seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      if (seen.indexOf(marker) >= 0) {
        return true;
      }
    }
    return false;
  }
}
