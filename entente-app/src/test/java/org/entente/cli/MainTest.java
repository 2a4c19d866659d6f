package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Exit status and messages when standard output fails; commands that need no store. */
class MainTest {

  private static final String FULL = "No space left on device";
  private static final String FULL_MESSAGE =
      "entente: cannot write the output: No space left on device; the output is incomplete\n";

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(OutputStream out, String... args) {
    return Main.run(args, out, err);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fullDiskFailsWithAClearMessageAndStopsAtTheFirstFailedWrite() {
    FailingStream out = new FailingStream(1000, FULL);
    assertThat(run(out, "countries")).isEqualTo(1);
    assertThat(err()).isEqualTo(FULL_MESSAGE);
    assertThat(out.failed()).isTrue();
    assertThat(out.accepted()).isLessThanOrEqualTo(1000);
    assertThat(out.writesAfterFailure()).isZero();
  }

  @Test
  void failedFinalFlushIsAnError() {
    // As in Main.main: everything fits the buffer, so only the last flush meets the full disk.
    FailingStream device = new FailingStream(0, FULL);
    assertThat(run(new BufferedOutputStream(device, 1 << 16), "countries")).isEqualTo(1);
    assertThat(err()).isEqualTo(FULL_MESSAGE);
    assertThat(device.failed()).isTrue();
  }

  @Test
  void helpAndVersionOnAFullDiskAreErrors() {
    assertThat(run(new FailingStream(0, FULL), "--help")).isEqualTo(1);
    assertThat(run(new FailingStream(0, FULL), "alignment", "--help")).isEqualTo(1);
    assertThat(run(new FailingStream(0, FULL), "--version")).isEqualTo(1);
    assertThat(err()).isEqualTo(FULL_MESSAGE.repeat(3));
  }

  @Test
  void closedPipeEndsQuietlyWithStatus141() {
    FailingStream out = new FailingStream(100, "Broken pipe");
    assertThat(run(out, "countries")).isEqualTo(141);
    assertThat(err()).isEmpty();
    assertThat(out.writesAfterFailure()).isZero();
  }
}
