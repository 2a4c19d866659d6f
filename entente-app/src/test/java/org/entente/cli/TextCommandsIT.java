package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} and {@code import-text} end to end on the README's Japanese example article
 * ({@code examples/ja-russia-north-korea.txt}, Japanese government statements on Russia – North
 * Korea): JSON lines in the shape, the events stored with their sentences, and bad input
 * refused with a message.
 */
class TextCommandsIT {

  private static final Path JAPANESE = SearchCommandIT.JAPANESE;

  @TempDir Path dir;

  @Test
  void theExamplesEventsComeOutAsJsonLinesAndAreStoredWithTheirSentences() {
    CliRun extract = CliRun.of("extract", JAPANESE.toString(), "--format", "jsonl");
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    assertThat(extract.out().lines())
        .hasSizeGreaterThanOrEqualTo(10)
        .allMatch(l -> l.startsWith("{\"doc\":\"ja-russia-north-korea.txt\",\"date\":\""))
        .allMatch(l -> l.contains("\"span\":[") && l.contains("\"sentence\":\""));
    assertThat(extract.out()).contains("\"source\":\"PRK\",\"target\":\"RUS\"");

    String db = dir.resolve("text.duckdb").toString();
    CliRun load = CliRun.of("import-text", JAPANESE.toString(), "--db", db);
    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.out()).contains("event(s) stored");
    CliRun again = CliRun.of("import-text", JAPANESE.toString(), "--db", db);
    assertThat(again.out()).contains("already imported");
    CliRun list = CliRun.of("events", "RUS", "PRK", "--list", "--format", "csv", "--db", db);
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("北朝鮮によるロシアへの兵士派遣及び武器移転の継続を含む露朝間の軍事協力の深化").contains("text,");
  }

  @Test
  void badInputIsRefusedWithAMessage() throws Exception {
    Path binary = dir.resolve("image.bin");
    Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0x10, 0, 0, 0, 9});
    CliRun bin = CliRun.of("extract", binary.toString());
    assertThat(bin.exitCode()).isEqualTo(1);
    assertThat(bin.err()).contains("cannot read").doesNotContain("Exception");
    CliRun missing = CliRun.of("extract", dir.resolve("nope.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    CliRun none = CliRun.of("extract", empty.toString(), "--format", "jsonl");
    assertThat(none.exitCode()).as(none.err()).isZero();
    assertThat(none.out()).isEmpty();
    CliRun lang = CliRun.of("extract", empty.toString(), "--lang", "fr");
    assertThat(lang.exitCode()).isEqualTo(1);
    assertThat(lang.err()).contains("--lang takes ja, en or auto");
    CliRun date = CliRun.of("extract", empty.toString(), "--doc-date", "2023/10/01");
    assertThat(date.err()).contains("expected YYYY-MM-DD");
  }
}
