package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a disk that fills up during the first-use load: a small tmpfs, mounted for the test
 * (root only, as in CI). The error says the disk is full and that nothing was written, and the
 * store file left behind holds no part of the failed import.
 */
class DiskFullIT {

  @TempDir Path dir;

  @Test
  void aFullDiskIsNamedAndNothingIsWritten() throws Exception {
    Path mount = Files.createDirectory(dir.resolve("small-disk"));
    boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount.toString()) == 0;
    if (!mounted) {
      System.err.println("DiskFullIT skipped: needs root to mount a 6 MiB tmpfs");
    }
    assumeTrue(mounted, "needs root to mount a 6 MiB tmpfs");
    try {
      Path db = mount.resolve("entente.duckdb");
      JarRun full = JarRun.of(dir, Map.of(), "status", "--db", db.toString());
      assertThat(full.exitCode()).isEqualTo(1);
      assertThat(full.err())
          .contains("the disk holding " + db + " is full")
          .contains("Nothing was written")
          .doesNotContain("TransactionContext")
          .doesNotContain("no transaction is active");

      // Moved to a disk with room, the same file is a store with nothing of the failed load.
      Path roomy = Files.createDirectory(dir.resolve("roomy"));
      try (var files = Files.list(mount)) {
        for (Path f : files.toList()) {
          Files.copy(f, roomy.resolve(f.getFileName()));
        }
      }
      JarRun after =
          JarRun.of(dir, Map.of(), "status", "--db", roomy.resolve("entente.duckdb").toString());
      assertThat(after.exitCode()).as(after.err()).isZero();
      assertThat(after.err()).contains("Loading the bundled data into");
      assertThat(after.out()).contains("6,843 roll calls, 982,334 votes");
    } finally {
      run("umount", mount.toString());
    }
  }

  private static int run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
