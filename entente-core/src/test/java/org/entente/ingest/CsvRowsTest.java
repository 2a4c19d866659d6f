package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;
import org.junit.jupiter.api.Test;

/**
 * The cases the fuzz tests found in {@link CsvRows}, each as its smallest file: bytes that are not
 * UTF-8 (stored as U+FFFD before), and a carriage return alone inside a quoted field (FastCSV ran
 * the record into the next, so a file of 11 records read as 10).
 */
class CsvRowsTest {

  private static List<String> read(SourceFile file, Rejects rejects) {
    List<String> values = new ArrayList<>();
    CsvRows.read(file, List.of("a", "b"), rejects, Progress.NONE, row -> values.add(row.get("b")));
    return values;
  }

  private static SourceFile file(String name, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return new SourceFile(name, out.toByteArray());
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRecordWithBytesThatAreNotUtf8IsARejectNamingTheByte() {
    // VetoImportFuzzTest: an agenda item "Democrat\xC3ic People's Republic of Korea".
    SourceFile file =
        file(
            "bad.csv",
            ascii("a,b\n1,ok\n2,Democrat"),
            new byte[] {(byte) 0xC3},
            ascii("ic\n3,日本\n"));
    Rejects rejects = new Rejects();

    List<String> values = read(file, rejects);

    assertThat(values).containsExactly("ok", "日本");
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              // "a,b\n1,ok\n2,Democrat" is 19 bytes: the bad one is at offset 19.
              assertThat(r.problem())
                  .startsWith("invalid UTF-8 at byte offset 19")
                  .endsWith("(expected UTF-8 text without control characters)");
            });
  }

  @Test
  void everyKindOfInvalidUtf8IsFoundAndValidTextIsNot() {
    byte[][] invalid = HostileInput.BAD_UTF8;
    for (byte[] bad : invalid) {
      Rejects rejects = new Rejects();
      read(file("bad.csv", ascii("a,b\n1,x"), bad, ascii("y\n")), rejects);
      assertThat(rejects.count()).as("%s", java.util.Arrays.toString(bad)).isEqualTo(1);
    }
    Rejects none = new Rejects();
    // Two, three and four bytes, the highest code point, a BOM (skipped by the parser).
    assertThat(
            read(
                file(
                    "good.csv",
                    HostileInput.UTF8_BOM,
                    ascii("a,b\n1,é\n2,ロシア\n3,😀\n4,\uDBFF\uDFFF\n")),
                none))
        .hasSize(4);
    assertThat(none.count()).isZero();
  }

  @Test
  void bytesCutShortAtTheEndOfTheFileRefuseItAsCutOff() {
    SourceFile file =
        file("cut.csv", ascii("a,b\n1,x\n2,y"), new byte[] {(byte) 0xE3, (byte) 0x83});
    assertThatThrownBy(() -> read(file, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("its last line (3) is incomplete");
    Rejects rejects = new Rejects();
    read(
        file("cut.csv", ascii("a,b\n1,x\n2,y"), new byte[] {(byte) 0xE3, (byte) 0x83, '\n'}),
        rejects);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).startsWith("invalid UTF-8 at byte offset 11"));
  }

  @Test
  void aFileInUtf16IsRefusedByTheTextGate() {
    // List files are UTF-8 (TextGate's rule): one in UTF-16 is refused whole, naming the fix.
    SourceFile utf16 =
        file(
            "utf16.csv",
            HostileInput.UTF16_BOM,
            "a,b\n1,ロシア\n".getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> read(utf16, new Rejects()))
        .isInstanceOf(org.entente.text.TextGate.NotTextException.class)
        .hasMessage(
            "utf16.csv: UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8");
  }

  @Test
  void aCarriageReturnAloneInsideQuotesRefusesTheFile() {
    // OneFileImportFuzzTest (treaties.csv with random bytes holding a \r in a quoted note): the
    // parser took the \n after the field for the second half of \r\n and merged two records.
    SourceFile file = file("cr.csv", ascii("a,b\n1,\"x\ry\"\n2,z\n3,w\n"));
    assertThatThrownBy(() -> read(file, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessage(
            "cr.csv: cannot be read to its end: a carriage return alone (\\r without \\n) inside a"
                + " quoted field on line 2: the record cannot be told from the next; save the file"
                + " with \\n or \\r\\n line ends; last good line 1");
  }

  @Test
  void lineEndsOfEveryKindInsideAndOutsideQuotesAreRead() {
    Rejects rejects = new Rejects();
    List<String> values =
        read(file("ends.csv", ascii("a,b\r\n1,\"x\r\ny\"\r\n2,\"p\nq\"\n3,z\r4,w\r\n")), rejects);
    assertThat(values).containsExactly("x\r\ny", "p\nq", "z", "w");
    assertThat(rejects.count()).isZero();
  }

  @Test
  void aPeaceScaleFileWithALatin1NameRejectsThatRowOnly() {
    // The reader behind eval peace-scale, as the fuzz test drives it.
    SourceFile file =
        file(
            "peace.csv",
            ascii("a,b,year,peace\nUSA,CAN,1990,1\nFRA,DEU,1990,0.5"),
            new byte[] {(byte) 0xE9},
            ascii("\nCHN,RUS,2000,0.5\n"));
    Rejects rejects = new Rejects();
    List<PeaceYear> years =
        new PeaceScaleReader(CountryCodes.bundled()).read(file, rejects, Progress.NONE);
    assertThat(years).hasSize(2);
    assertThat(rejects.all()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
  }

  @Test
  void aLineOfMoreThan16MiBIsRefusedForWhatItIsNotForBrokenQuoting() {
    // Before: "broken quoting after line 2: text follows a closing quote".
    byte[] line = new byte[17 << 20];
    java.util.Arrays.fill(line, (byte) 'x');
    SourceFile file = file("long.csv", ascii("a,b\n1,x\n"), line, ascii("\n2,y\n"));
    assertThatThrownBy(() -> read(file, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessage(
            "long.csv: cannot be read to its end: the record after line 2 holds a field of more"
                + " than 16 MiB (a quote never closed, or not a file of this format); last good line"
                + " 2");
  }
}
