package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The narrow file of the GDELT bulk path against {@code String.split} of the real 15-minute
 * sample's lines, and the lines it must leave to the reader.
 */
class NarrowFileTest {

  @TempDir Path dir;

  @Test
  void eachLineKeepsItsNumberAndTheChosenFieldsAsSplitGivesThem() throws Exception {
    List<String> sample =
        Files.readAllLines(
            Fixtures.path("events/20150218230000.export.CSV"), StandardCharsets.UTF_8);
    int[] fields = GdeltEventReader.KEPT_FIELDS;
    Path file = dir.resolve("narrow.tsv");
    List<String> expected = new ArrayList<>();
    try (NarrowFile narrow = new NarrowFile(file, fields)) {
      for (int i = 0; i < sample.size(); i++) {
        long number = 1_000_000_007L * (i + 1); // numbers of many digits, as a large file has
        assertThat(narrow.add(TabLine.of(sample.get(i), "s", number))).isTrue();
        String[] split = sample.get(i).split("\t", -1);
        StringBuilder row = new StringBuilder(Long.toString(number));
        for (int f : fields) {
          row.append('\t').append(split[f]);
        }
        expected.add(row.toString());
      }
      assertThat(narrow.lines()).isEqualTo(sample.size());
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void aLineWithAControlByteOrLongerThanTheBufferIsLeftToTheReader() throws Exception {
    Path file = dir.resolve("narrow.tsv");
    try (NarrowFile narrow = new NarrowFile(file, new int[] {0, 2})) {
      assertThat(narrow.add(TabLine.of("a\tb\u000bc\td", "s", 1))).isFalse();
      assertThat(narrow.add(TabLine.of("a\t" + "x".repeat(2 << 20) + "\tz", "s", 2))).isFalse();
      assertThat(narrow.add(TabLine.of("a\tb\tc", "s", 3))).isTrue();
      assertThat(narrow.lines()).isEqualTo(1);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("3\ta\tc\n");
  }
}
