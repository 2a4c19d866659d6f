package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines cut at every place a read can end, and lines longer than the limit, against a split. */
class EventLinesTest {

  private static List<String> read(byte[] bytes, int chunk, ReadLimits limits, Rejects rejects)
      throws IOException {
    List<String> lines = new ArrayList<>();
    InputStream in = new ChunkedStream(bytes, chunk);
    EventLines.read(
        in,
        bytes.length,
        "t.csv",
        limits,
        rejects,
        Progress.NONE,
        line -> lines.add(line.number() + ":" + line.field(0)));
    return lines;
  }

  @Test
  void everyLineArrivesWhateverTheReadSizeAndTheLongOneIsARejectKeepingItsStart()
      throws IOException {
    String longLine = "y".repeat(3_000);
    String text = "a\tb\r\n" + longLine + "\nc\n\nd";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 7, 1024, 4096, 1 << 16}) {
      Rejects rejects = new Rejects();
      List<String> lines = read(bytes, chunk, new ReadLimits(2_048, 100), rejects);
      assertThat(lines).as("chunk %d", chunk).containsExactly("1:a", "3:c", "4:", "5:d");
      assertThat(rejects.all()).as("chunk %d", chunk).hasSize(1);
      Reject reject = rejects.all().get(0);
      assertThat(reject.line()).isEqualTo(2);
      assertThat(reject.problem()).contains("3000 bytes long", "limit of 2048");
      assertThat(reject.record()).isEqualTo(longLine);
    }
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() throws IOException {
    String atLimit = "z".repeat(1_024);
    byte[] bytes = (atLimit + "\n" + atLimit).getBytes(StandardCharsets.UTF_8);
    Rejects rejects = new Rejects();
    assertThat(read(bytes, 100, new ReadLimits(1_024, 100), rejects))
        .containsExactly("1:" + atLimit, "2:" + atLimit);
    assertThat(rejects.isEmpty()).isTrue();
  }

  @Test
  void anUndecodableLineKeepsOnlyItsFirstBytes() throws IOException {
    byte[] bytes = new byte[10_000];
    java.util.Arrays.fill(bytes, (byte) 'q');
    bytes[5] = (byte) 0xC3;
    bytes[6] = (byte) 0x28;
    Rejects rejects = new Rejects();
    read(bytes, 1 << 16, ReadLimits.DEFAULT, rejects);
    assertThat(rejects.all()).hasSize(1);
    assertThat(rejects.all().get(0).problem()).contains("not valid UTF-8", "10000 bytes long");
    assertThat(rejects.all().get(0).record()).hasSize(ReadLimits.KEPT_BYTES);
  }

  @Test
  void theFirstLineForFormatDetectionIsBounded() throws IOException {
    byte[] endless = new byte[5_000_000];
    java.util.Arrays.fill(endless, (byte) 'x');
    String first = EventFiles.firstLine(new ByteArrayInputStream(endless), "endless.csv");
    assertThat(first).hasSize(ReadLimits.DEFAULT.maxLineBytes());

    byte[] bom = "\uFEFFEvent ID\tEvent Date\r\nrow".getBytes(StandardCharsets.UTF_8);
    assertThat(EventFiles.firstLine(new ByteArrayInputStream(bom), "bom.tab"))
        .isEqualTo("Event ID\tEvent Date");
  }

  /** Hands out at most {@code chunk} bytes per read, as a pipe or a slow disk can. */
  private static final class ChunkedStream extends ByteArrayInputStream {
    private final int chunk;

    ChunkedStream(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
