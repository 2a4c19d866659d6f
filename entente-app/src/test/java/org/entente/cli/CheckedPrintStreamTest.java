package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class CheckedPrintStreamTest {

  private static final String FULL = "No space left on device";

  @Test
  void failedPrintThrowsInsteadOfSettingTheErrorFlag() {
    CheckedPrintStream out = new CheckedPrintStream(new FailingStream(4, FULL));
    out.print("CHN,");
    assertThatThrownBy(() -> out.print("RUS\n"))
        .isInstanceOf(OutputFailedException.class)
        .hasMessage(FULL)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void failedFlushThrows() {
    OutputStream device =
        new OutputStream() {
          @Override
          public void write(int b) {}

          @Override
          public void flush() throws IOException {
            throw new IOException(FULL);
          }
        };
    CheckedPrintStream out = new CheckedPrintStream(device);
    out.print("buffered by the device, lost on flush");
    assertThatThrownBy(out::flush).isInstanceOf(OutputFailedException.class).hasMessage(FULL);
  }

  @Test
  void afterAFailureNothingReachesTheStream() {
    FailingStream device = new FailingStream(0, FULL);
    CheckedPrintStream out = new CheckedPrintStream(device);
    assertThatThrownBy(() -> out.print('x')).isInstanceOf(OutputFailedException.class);
    assertThatThrownBy(() -> out.println("more")).isInstanceOf(OutputFailedException.class);
    assertThatThrownBy(() -> out.write(new byte[] {1, 2}, 0, 2))
        .isInstanceOf(OutputFailedException.class);
    assertThatThrownBy(() -> out.write('y')).isInstanceOf(OutputFailedException.class);
    assertThatThrownBy(out::flush).isInstanceOf(OutputFailedException.class);
    assertThat(device.writesAfterFailure()).isZero();
  }

  @Test
  void brokenPipeIsTheReaderGoingAway() {
    CheckedPrintStream out = new CheckedPrintStream(new FailingStream(0, "Broken pipe"));
    assertThatThrownBy(() -> out.print('x'))
        .isInstanceOfSatisfying(
            OutputFailedException.class, e -> assertThat(e.pipeClosed()).isTrue());
    CheckedPrintStream full = new CheckedPrintStream(new FailingStream(0, FULL));
    assertThatThrownBy(() -> full.print('x'))
        .isInstanceOfSatisfying(
            OutputFailedException.class, e -> assertThat(e.pipeClosed()).isFalse());
  }
}
