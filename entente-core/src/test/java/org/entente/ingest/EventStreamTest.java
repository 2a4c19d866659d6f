package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.Fixtures;
import org.entente.domain.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader thread hands over every event, in order, and its failures; it stops when asked. */
class EventStreamTest {

  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;

  @Test
  void everyEventArrivesInFileOrderAsOnOneThread() throws Exception {
    Path big = dir.resolve("big.export.CSV");
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    List<String> thrice = new ArrayList<>(lines);
    thrice.addAll(lines);
    thrice.addAll(lines);
    Files.write(big, thrice, StandardCharsets.UTF_8);
    List<Event> direct = new ArrayList<>();
    EventFiles.read(big, "big", new GdeltEventReader(), new Rejects(), Progress.NONE, direct::add);

    List<Event> streamed = new ArrayList<>();
    Rejects rejects = new Rejects();
    try (EventStream s =
        EventStream.start(big, "big", new GdeltEventReader(), rejects, Progress.NONE)) {
      for (List<Event> batch = s.next(); batch != null; batch = s.next()) {
        assertThat(batch.size()).isLessThanOrEqualTo(EventStream.BATCH);
        streamed.addAll(batch);
      }
    }
    assertThat(streamed).hasSize(3 * lines.size()).isEqualTo(direct);
    assertThat(rejects.count()).isZero();
  }

  @Test
  void aReaderFailureReachesTheConsumer() {
    Path missing = dir.resolve("missing.export.CSV");
    try (EventStream s =
        EventStream.start(
            missing, "missing", new GdeltEventReader(), new Rejects(), Progress.NONE)) {
      assertThatThrownBy(s::next)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("file not found");
    }
  }

  @Test
  void anErrorInTheReaderThreadReachesTheConsumerAsARefusalOfTheFile() {
    try (EventStream s =
        EventStream.start(
            "huge.CSV",
            sink -> {
              throw new OutOfMemoryError("Java heap space");
            })) {
      assertThatThrownBy(s::next)
          .isInstanceOf(BrokenFileException.class)
          .hasMessageContaining("huge.CSV: cannot be read to its end")
          .hasMessageContaining("out of memory (Java heap space")
          .hasMessageContaining("ENTENTE_JAVA_OPTS=-Xmx");
    }
  }

  @Test
  void closingEarlyStopsTheReader() throws Exception {
    Path big = dir.resolve("big.export.CSV");
    List<String> many = new ArrayList<>();
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    for (int i = 0; i < 40; i++) {
      many.addAll(lines);
    }
    Files.write(big, many, StandardCharsets.UTF_8);
    EventStream s =
        EventStream.start(big, "big", new GdeltEventReader(), new Rejects(), Progress.NONE);
    assertThat(s.next()).isNotEmpty();
    s.close();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("entente-event-reader"));
  }
}
