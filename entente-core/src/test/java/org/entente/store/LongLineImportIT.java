package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.Fixtures;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bounded by design (issue 25): a 300 MB line between good rows is imported in a JVM of 64
 * MB heap, where reading the line whole would need ten times that. The import runs in a child
 * process so that its heap can be set.
 */
class LongLineImportIT {

  private static final long LINE = 300_000_000L;

  @TempDir Path dir;

  @Test
  void aLineFiveTimesTheHeapIsRejectedAndTheOtherRowsImported() throws Exception {
    Path file = dir.resolve("ll.export.CSV");
    List<String> rows =
        Files.readAllLines(
            Fixtures.path("events/20150218230000.export.CSV"), StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (String row : rows.subList(0, 5)) {
        out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
      }
      byte[] xs = new byte[1 << 20];
      Arrays.fill(xs, (byte) 'x');
      for (long left = LINE; left > 0; left -= xs.length) {
        out.write(xs, 0, (int) Math.min(left, xs.length));
      }
      out.write('\n');
      for (String row : rows.subList(5, 20)) {
        out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                Probe.class.getName(),
                dir.resolve("store.duckdb").toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("imported=20 rejected=1 line=6");
  }

  /** The child: one event import, its counts on standard output. */
  public static final class Probe {
    public static void main(String[] args) throws IOException {
      try (Store store = Store.open(Path.of(args[0]), "256MB")) {
        EventImportReport report =
            new EventImport(store)
                .run(
                    List.of(Path.of(args[1])),
                    "auto",
                    false,
                    EventImport.UNLIMITED,
                    null,
                    Progress.NONE);
        System.out.println(
            "imported="
                + report.imported()
                + " rejected="
                + report.rejects().size()
                + " line="
                + report.rejects().get(0).line());
      }
    }
  }
}
