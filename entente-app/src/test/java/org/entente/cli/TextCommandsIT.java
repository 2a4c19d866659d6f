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
  void explainShowsEachEventsRuleTriggerAndSentenceAndUnknownOfficialsAreListed() throws Exception {
    CliRun explain = CliRun.of("extract", "--explain", JAPANESE.toString());
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out())
        .contains("ja-russia-north-korea.txt:")
        .contains("  rule: ")
        .contains("trigger: \"")
        .contains("  sentence: ");
    Path article = dir.resolve("peters.txt");
    Files.writeString(article, "2024年3月1日、ピーターズ外相はラブロフ外相と会談した。\n");
    CliRun unknown = CliRun.of("extract", "--unknown-actors", article.toString());
    assertThat(unknown.exitCode()).as(unknown.err()).isZero();
    // One row: Peters, whom no table knows; Lavrov, whom actors.tsv knows, is not listed.
    assertThat(unknown.out().lines()).hasSize(2);
    assertThat(unknown.out().lines().skip(1).findFirst().orElseThrow())
        .contains("ピーターズ")
        .contains("外相");
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

  /**
   * Issue 25, cases 4 and 5: the one text gate refuses random bytes and an article with a few
   * control bytes, with the reason, and stores nothing.
   */
  @Test
  void randomBytesAndAFewControlBytesAreRefusedWithTheReason() throws Exception {
    byte[] noise = new byte[200_000];
    new java.util.Random(25).nextBytes(noise);
    Path random = dir.resolve("noise.txt");
    Files.write(random, noise);
    String db = dir.resolve("gate.duckdb").toString();
    CliRun load = CliRun.of("import-text", random.toString(), "--db", db);
    assertThat(load.exitCode()).isEqualTo(1);
    assertThat(load.err()).contains("noise.txt: binary data: a NUL byte at offset");
    CliRun extract = CliRun.of("extract", random.toString(), "--db", db);
    assertThat(extract.exitCode()).isEqualTo(1);
    assertThat(extract.err()).contains("binary data").doesNotContain("Exception");
    // extract takes --db as every command does (issue 25, case 9), and reads no store.
    CliRun withDb = CliRun.of("extract", JAPANESE.toString(), "--db", db, "--format", "jsonl");
    assertThat(withDb.exitCode()).as(withDb.err()).isZero();

    Path evil = dir.resolve("evil.txt");
    Files.writeString(
        evil,
        "Russia and North Korea met in 2023.\nEVIL\u001b]0;PWNED\u0007\u001b[2J said so.\n"
            + "x".repeat(2000),
        java.nio.charset.StandardCharsets.UTF_8);
    CliRun control = CliRun.of("import-text", evil.toString(), "--db", db);
    assertThat(control.exitCode()).isEqualTo(1);
    assertThat(control.err())
        .contains("evil.txt: control character 0x1B (ESC) at line 2, column 5")
        .doesNotContain("\u001b");
    CliRun list = CliRun.of("events", "RUS", "PRK", "--list", "--format", "csv", "--db", db);
    assertThat(list.out()).doesNotContain("text,");
  }

  /** Issue 25, case 9: the message said undecodable characters "are left out", they were shown. */
  @Test
  void undecodableBytesAreKeptAsReplacementCharactersAndTheMessageSaysSo() throws Exception {
    Path file = dir.resolve("latin1.txt");
    byte[] text =
        "Russia's president met North Korea's leader in Vostochny.."
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    text[text.length - 2] = (byte) 0xff; // no encoding of the three decodes them
    text[text.length - 1] = (byte) 0xff;
    Files.write(file, text);
    CliRun extract = CliRun.of("extract", file.toString(), "--lang", "en", "--format", "jsonl");
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    // The encoding that fits best decides how many characters the two bytes were.
    assertThat(extract.err())
        .containsPattern(
            "latin1\\.txt: [12] character\\(s\\) could not be decoded as [\\w-]+; each is kept as"
                + " U\\+FFFD \\(\ufffd\\) in the text")
        .doesNotContain("left out");
  }
}
