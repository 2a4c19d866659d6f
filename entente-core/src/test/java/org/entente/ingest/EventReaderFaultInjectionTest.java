package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real rows mutated at random (seeded, so a failure repeats): bytes flipped, tabs inserted or
 * removed, fields cut. No exception escapes a reader, and every line is an event or a reject.
 */
class EventReaderFaultInjectionTest {

  private static final long SEED = 20261127L;

  @TempDir Path dir;

  @Test
  void mutatedIcewsAndGdeltRowsAreEventsOrRejectsNeverExceptions() throws Exception {
    for (String fixture :
        List.of("events/events.2018.sample.tab", "events/20150218230000.export.CSV")) {
      byte[] original = Files.readAllBytes(Fixtures.path(fixture));
      Random random = new Random(SEED);
      for (int round = 0; round < 20; round++) {
        byte[] bytes = mutate(original, random);
        Path file = dir.resolve(round + "-" + Path.of(fixture).getFileName());
        Files.write(file, bytes);
        EventReader reader =
            fixture.endsWith(".tab")
                ? new IcewsEventReader(org.entente.code.CountryCodes.bundled())
                : new GdeltEventReader();
        Rejects rejects = new Rejects();
        long[] events = {0};
        long lines =
            EventFiles.read(
                file, file.toString(), reader, rejects, Progress.NONE, e -> events[0]++);
        long header = fixture.endsWith(".tab") ? 1 : 0;
        assertThat(events[0] + rejects.count())
            .as("round %d of %s", round, fixture)
            .isBetween(lines - header - 1, lines);
      }
    }
  }

  private static byte[] mutate(byte[] original, Random random) {
    String[] lines = new String(original, StandardCharsets.UTF_8).split("\n", -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      byte[] line = lines[i].getBytes(StandardCharsets.UTF_8);
      if (i > 0 && line.length > 2 && random.nextInt(5) == 0) {
        int at = random.nextInt(line.length);
        switch (random.nextInt(4)) {
          case 0 -> line[at] = (byte) random.nextInt(256);
          case 1 -> line[at] = '\t';
          case 2 -> line = java.util.Arrays.copyOf(line, at);
          default -> line[at] = (byte) ('0' + random.nextInt(10));
        }
      }
      out.writeBytes(line);
      if (i < lines.length - 1) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }
}
