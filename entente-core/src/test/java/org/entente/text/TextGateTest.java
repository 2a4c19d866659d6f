package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one text gate, with hostile input built by hand: random bytes (fixed seed), control bytes,
 * byte-order marks, bytes that are not UTF-8. An article is read the same from a file (the CLI) and
 * from bytes (the API).
 */
class TextGateTest {

  @TempDir Path dir;

  /** Issue 25, case 4: 200 KB of random bytes were stored through the API as 1,555 sentences. */
  @Test
  void randomBytesAreRefusedAsBinaryFromAFileAndFromARequestAlike() throws IOException {
    byte[] noise = new byte[200_000];
    new Random(25).nextBytes(noise);
    Path file = dir.resolve("noise.txt");
    Files.write(file, noise);

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith(file + ": binary data: a NUL byte at offset ");
    assertThatThrownBy(() -> Documents.read("noise.txt", noise))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("noise.txt: binary data: a NUL byte at offset ")
        .satisfies(
            e ->
                assertThat(((UnreadableDocumentException) e).reason())
                    .startsWith("binary data: a NUL byte at offset "));
  }

  /** Issue 25, case 5: a few control bytes in an article passed the old 1 % threshold. */
  @Test
  void aFewControlBytesInAnArticleRefuseIt() throws IOException {
    String article =
        "North Korea shipped munitions to Russia, the U.S. said on 13 October 2023.\n"
            + "EVIL\u001b]0;PWNED\u0007\u001b[2J met the leader in Pyongyang.\n"
            + "x".repeat(5000)
            + "\n";
    Path file = dir.resolve("evil.txt");
    Files.writeString(file, article, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage(
            file
                + ": control character 0x1B (ESC) at line 2, column 5: a terminal command, not text");
    assertThatThrownBy(() -> Documents.read("evil.txt", article.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("control character 0x1B (ESC) at line 2, column 5");
  }

  @Test
  void aC1ControlEncodedInUtf8IsRefusedToo() {
    byte[] csi = "Moscow \u009b2J said".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Documents.read("csi.txt", csi))
        .hasMessageContaining("control character U+009B (CSI) at line 1, column 8");
  }

  /** The UN's roll-call titles carry backspaces; under 1 % such bytes are kept as read. */
  @Test
  void aStrayBackspaceIsKeptAsTheSourceHasIt() throws IOException {
    String title = "The General Assembly adopted the draft decision, one by one. 12\b We first";
    String text = (title + " turn to the report of the First Committee on agenda item 98.\n");

    Document doc = Documents.read("bs.txt", bytes(text));

    assertThat(doc.text()).isEqualTo(text);
    assertThatThrownBy(() -> Documents.read("bs.txt", bytes(title)))
        .hasMessage("bs.txt: binary data: 1 control bytes in 73 (more than 1%), not text");
  }

  @Test
  void tabsLineBreaksFormFeedsAndAFinalCtrlZAreText() throws IOException {
    Document doc = Documents.read("dos.txt", bytes("a\tb\r\nc\fd\n\u001a"));

    assertThat(doc.text()).isEqualTo("a\tb\r\nc\fd\n");
    assertThat(read(bytes("a,b\n1,2\n\u001a\r\n")).faults).containsOnlyNulls();
  }

  @Test
  void theEscapesOfIso2022JpAreEncodingNotControlCharacters() throws IOException {
    byte[] jis = "ロシアと北朝鮮が会談した。".getBytes(TextEncoding.ISO_2022_JP);
    assertThat(jis).contains((byte) 0x1b);

    Document doc = Documents.read("jis.txt", jis);

    assertThat(doc.encoding()).isEqualTo("ISO-2022-JP");
    assertThat(doc.text()).isEqualTo("ロシアと北朝鮮が会談した。");
  }

  @Test
  void aUtf8ByteOrderMarkIsNotText() throws IOException {
    Document doc =
        Documents.read(
            "bom.txt", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes("Seoul")));

    assertThat(doc.text()).isEqualTo("Seoul");
  }

  /** The rule for undecodable bytes in an article: replaced by U+FFFD in place, and counted. */
  @Test
  void undecodableBytesInAnArticleAreReplacedInPlaceAndCounted() throws IOException {
    byte[] text =
        concat(bytes("Russia and "), new byte[] {(byte) 0xff}, bytes(" North Korea met."));

    Document doc = Documents.read("bad.txt", text);

    assertThat(doc.text()).isEqualTo("Russia and \ufffd North Korea met.");
    assertThat(doc.replaced()).isEqualTo(1);
  }

  @Test
  void aGzipFileIsNamed() {
    assertThatThrownBy(() -> Documents.read("a.txt", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0}))
        .hasMessageContaining("a gzip file");
  }

  // Record files: the byte scanner under a UTF-8 decoder.

  @Test
  void recordsLoseTheirUtf8ByteOrderMarkAndKeepTheirText() throws IOException {
    Read read =
        read(concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes("a,b\n1,2\n")));

    assertThat(read.text).isEqualTo("a,b\n1,2\n");
    assertThat(read.faults).containsOnlyNulls();
  }

  @Test
  void theByteOrderMarkIsDroppedForAReaderOfSingleBytesToo() throws IOException {
    byte[] file = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes("a\u001b\n"));
    TextGate.Records gate = TextGate.records(new ByteArrayInputStream(file), "one.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = gate.read(); b >= 0; b = gate.read()) {
      out.write(b);
    }

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\u001b\n");
    assertThat(gate.fault(1, 1)).isEqualTo("control character 0x1B (ESC) at byte offset 4");
  }

  @Test
  void aRecordFileInUtf16IsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    concat(
                        new byte[] {(byte) 0xff, (byte) 0xfe},
                        "a,b\n".getBytes(StandardCharsets.UTF_16LE))))
        .isInstanceOf(TextGate.NotTextException.class)
        .hasMessage(
            "votes.csv: UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8");
  }

  @Test
  void aNulByteRefusesARecordFileWithItsOffsetAndLine() {
    assertThatThrownBy(() -> read(bytes("a,b\n1,2\n3,\u0000\n")))
        .isInstanceOf(TextGate.NotTextException.class)
        .hasMessage("votes.csv: binary data: a NUL byte at byte offset 10 (line 3), not text");
  }

  @Test
  void randomBytesRefuseARecordFile() {
    byte[] noise = new byte[200_000];
    new Random(25).nextBytes(noise);

    assertThatThrownBy(() -> read(noise))
        .isInstanceOf(TextGate.NotTextException.class)
        .hasMessageContaining("votes.csv: binary data: a NUL byte at byte offset");
  }

  @Test
  void eachLineKeepsItsFirstFaultWithTheByteOffset() throws IOException {
    byte[] file =
        concat(
            bytes("name,vote\r\n"), // line 1, bytes 0-10
            bytes("ok,yes\r\n"), // line 2, bytes 11-18
            bytes("Caf"),
            new byte[] {(byte) 0xe9}, // Latin-1 é: line 3, byte 22
            bytes(",no\n"),
            bytes("EVIL\u001b]0;x\u0007,no\n"), // line 4: ESC at byte 31
            bytes("\u009b2J,no\n"), // line 5: C1 CSI, two bytes, at 41
            new byte[] {(byte) 0xc0, (byte) 0x80}, // line 6: an overlong NUL at 49
            bytes("\n"),
            new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // line 7: a surrogate at 52
            bytes("\nfine,yes\n"), // line 8
            new byte[] {(byte) 0xe3, (byte) 0x81}); // line 9: cut inside a character, at 65
    // BEL on line 4 is one stray control byte in 67: not a fault, but over the 1 % of a file.
    file = concat(file, bytes(" ".repeat(100)));

    Read read = read(file);

    assertThat(read.faults)
        .containsExactly(
            null,
            null,
            "invalid UTF-8 at byte offset 22",
            "control character 0x1B (ESC) at byte offset 31",
            "control character U+009B (CSI) at byte offset 41",
            "invalid UTF-8 at byte offset 49",
            "invalid UTF-8 at byte offset 52",
            null,
            "invalid UTF-8 at byte offset 65");
  }

  @Test
  void strayControlBytesPassUnderOnePercentAndRefuseTheFileAbove() throws IOException {
    String row = "9057,\"The General Assembly adopted the draft decision. 12\b We first\",yes\n";
    assertThat(row).hasSizeGreaterThan(70);
    assertThat(read(bytes(row.repeat(2) + "x".repeat(60))).faults).containsOnlyNulls();

    assertThatThrownBy(() -> read(bytes("a\bb\n".repeat(10))))
        .isInstanceOf(TextGate.NotTextException.class)
        .hasMessage("votes.csv: binary data: 10 control bytes in 40 (more than 1%), not text");
  }

  @Test
  void japaneseAndEmojiAreText() throws IOException {
    Read read = read(bytes("名前,票\n北朝鮮,賛成 🗳\n"));

    assertThat(read.faults).containsOnlyNulls();
    assertThat(read.text).isEqualTo("名前,票\n北朝鮮,賛成 🗳\n");
  }

  /** What a record reader sees: the decoded text and the fault of lines 1 … 9. */
  private record Read(String text, List<String> faults) {}

  private static Read read(byte[] bytes) throws IOException {
    TextGate.Records gate = TextGate.records(new ByteArrayInputStream(bytes), "votes.csv");
    StringBuilder text = new StringBuilder();
    try (Reader reader = new InputStreamReader(gate, StandardCharsets.UTF_8)) {
      char[] buffer = new char[7]; // small reads cross characters and lines
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    }
    List<String> faults = new ArrayList<>();
    for (int line = 1; line <= 9; line++) {
      faults.add(gate.fault(line, line));
    }
    return new Read(text.toString(), faults);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
