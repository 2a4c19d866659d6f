package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read whole is bounded: its inflation, like an event file's. */
class SourceFileTest {

  @TempDir Path dir;

  private static byte[] gzipOfZeros(int n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(new byte[n]);
    }
    return out.toByteArray();
  }

  @Test
  void aGzipBombFailsOnceItInflatesBeyondTheLimit() throws IOException {
    Path bomb = dir.resolve("votes.csv.gz");
    Files.write(bomb, gzipOfZeros(200_000_000));
    SourceFile file = SourceFile.of(bomb);
    long[] read = {0};
    assertThatThrownBy(
            () -> {
              try (InputStream in = file.open(n -> {})) {
                byte[] buf = new byte[1 << 16];
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                  read[0] += n;
                }
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessageContaining("inflates to more than 100 times its compressed size");
    assertThat(read[0]).isLessThan(ReadLimits.EXPANSION_FLOOR + (1 << 16)).isPositive();
  }

  @Test
  void aDeviceIsRefusedRatherThanReadForever() {
    assertThatThrownBy(() -> SourceFile.of(Path.of("/dev/zero")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/dev/zero: not a regular file");
  }

  @Test
  void anOrdinaryGzipInflatesWhole() throws IOException {
    Path small = dir.resolve("zeros.csv.gz");
    Files.write(small, gzipOfZeros(10_000_000));
    try (InputStream in = SourceFile.of(small).open(n -> {})) {
      assertThat(in.readAllBytes()).hasSize(10_000_000);
    }
  }
}
