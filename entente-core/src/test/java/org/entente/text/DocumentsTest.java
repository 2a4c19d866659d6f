package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Intake of real text in every encoding, HTML, PDF, and of bad input. */
class DocumentsTest {

  private static String paragraph;

  @TempDir Path dir;

  @BeforeAll
  static void readParagraph() throws IOException {
    try (InputStream in =
        DocumentsTest.class.getResourceAsStream("/fixtures/text/seed-paragraph.txt")) {
      paragraph = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", new byte[0], StandardCharsets.UTF_8, "UTF-8"),
        Arguments.of("UTF-8 with BOM", bytes(0xef, 0xbb, 0xbf), StandardCharsets.UTF_8, "UTF-8"),
        Arguments.of("UTF-16LE with BOM", bytes(0xff, 0xfe), StandardCharsets.UTF_16LE, "UTF-16LE"),
        Arguments.of("UTF-16BE with BOM", bytes(0xfe, 0xff), StandardCharsets.UTF_16BE, "UTF-16BE"),
        Arguments.of("Shift_JIS", new byte[0], Charset.forName("Shift_JIS"), "windows-31j"),
        Arguments.of("MS932", new byte[0], Charset.forName("windows-31j"), "windows-31j"),
        Arguments.of("EUC-JP", new byte[0], Charset.forName("EUC-JP"), "EUC-JP"),
        Arguments.of("ISO-2022-JP", new byte[0], Charset.forName("ISO-2022-JP"), "ISO-2022-JP"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void theSeedParagraphReadsTheSameInEveryEncoding(
      String label, byte[] bom, Charset charset, String detected) throws IOException {
    assertThat(charset.newEncoder().canEncode(paragraph)).isTrue();
    Path file = dir.resolve("seed.txt");
    Files.write(file, concat(bom, paragraph.getBytes(charset)));

    Document doc = Documents.read(file);

    assertThat(doc.text()).isEqualTo(paragraph);
    assertThat(doc.encoding()).isEqualTo(detected);
    assertThat(doc.replaced()).isZero();
    assertThat(doc.language()).isEqualTo("ja");
    assertThat(doc.mediaType()).isEqualTo("text/plain");
    assertThat(doc.name()).isEqualTo("seed.txt");
  }

  @Test
  void mixedEncodingsAreReadBestEffortWithACountOfReplacedCharacters() throws IOException {
    Path file = dir.resolve("mixed.txt");
    byte[] utf8 = paragraph.getBytes(StandardCharsets.UTF_8);
    byte[] sjis = "北朝鮮".getBytes(Charset.forName("windows-31j"));
    Files.write(file, concat(utf8, sjis));

    Document doc = Documents.read(file);

    assertThat(doc.encoding()).isEqualTo("UTF-8");
    assertThat(doc.text()).startsWith(paragraph);
    assertThat(doc.replaced()).isPositive();
  }

  @Test
  void englishTextIsEnglish() throws IOException {
    Path file = dir.resolve("en.txt");
    Files.writeString(file, "Kim Jong Un met Vladimir Putin in Vostochny.\n");

    assertThat(Documents.read(file).language()).isEqualTo("en");
  }

  @Test
  void htmlKeepsTheTextWithBlocksAsLinesAndDropsScriptsStylesAndNavigation() throws IOException {
    Path file = dir.resolve("page.html");
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"Shift_JIS\"><title>t</title>"
            + "<style>p { color: red } .ロシア {}</style>"
            + "<script>var x = '中国'; document.write('米国');</script></head><body>"
            + "<nav><a href=\"/\">トップ</a> <a href=\"/a\">米国</a></nav>"
            + "<h1>ロ朝首脳会談</h1><p>2023年9月13日、<b>金正恩</b>総書記と<br>プーチン大統領が会談した。</p>"
            + "<div>中ロ朝の関係<noscript>有効にしてください</noscript></div></body></html>";
    Files.write(file, html.getBytes(Charset.forName("windows-31j")));

    Document doc = Documents.read(file);

    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(doc.encoding()).isEqualTo("windows-31j");
    assertThat(doc.text()).isEqualTo("ロ朝首脳会談\n2023年9月13日、金正恩総書記と\nプーチン大統領が会談した。\n中ロ朝の関係\n");
  }

  @Test
  void htmlIsRecognisedByItsFirstTagWhateverTheName() throws IOException {
    Path file = dir.resolve("page.txt");
    Files.writeString(file, "<html><body><p>One.</p><p>Two <i>words</i>.</p></body></html>");

    Document doc = Documents.read(file);

    assertThat(doc.mediaType()).isEqualTo("text/html");
    assertThat(doc.text()).isEqualTo("One.\nTwo words.\n");
  }

  @Test
  void pdfGivesItsTextLayer() throws IOException {
    Path file = dir.resolve("article.pdf");
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("North Korea shipped munitions to Russia, the U.S. said.");
        content.endText();
      }
      pdf.save(file.toFile());
    }

    Document doc = Documents.read(file);

    assertThat(doc.mediaType()).isEqualTo("application/pdf");
    assertThat(doc.language()).isEqualTo("en");
    assertThat(doc.text().strip())
        .isEqualTo("North Korea shipped munitions to Russia, the U.S. said.");
  }

  @Test
  void aPdfWithoutATextLayerIsAClearError() throws IOException {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage());
      pdf.save(file.toFile());
    }

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("scan.pdf")
        .hasMessageContaining("no text layer (scanned?)");
  }

  @Test
  void aBrokenPdfIsAClearError() throws IOException {
    Path file = dir.resolve("cut.pdf");
    Files.writeString(file, "%PDF-1.7\n1 0 obj\n<<");

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("cut.pdf");
  }

  @Test
  void binaryDataIsRefused() throws IOException {
    Path file = dir.resolve("image.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[100] = 0;
    Files.write(file, bytes);

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("image.bin: binary data");
  }

  @Test
  void controlCharactersWithoutNulAreRefusedToo() throws IOException {
    Path file = dir.resolve("ctl.dat");
    byte[] bytes = new byte[1000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 10 == 0 ? 0x01 : 'a');
    }
    Files.write(file, bytes);

    assertThatThrownBy(() -> Documents.read(file))
        .hasMessageContaining("binary data: 100 control bytes in 1000");
  }

  @Test
  void aZipArchiveIsNamed() throws IOException {
    Path file = dir.resolve("report.docx");
    Files.write(
        file,
        concat(bytes('P', 'K', 3, 4), "word/document.xml".getBytes(StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> Documents.read(file)).hasMessageContaining("a ZIP archive");
  }

  @Test
  void anEmptyFileIsAnEmptyDocument() throws IOException {
    Path file = dir.resolve("empty.txt");
    Files.write(file, new byte[0]);

    Document doc = Documents.read(file);

    assertThat(doc.text()).isEmpty();
    assertThat(doc.language()).isEqualTo("und");
    assertThat(TextPipeline.bundled().analyse(doc, java.time.LocalDate.of(2023, 1, 1))).isEmpty();
  }

  @Test
  void a50MegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("big.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(50L * 1024 * 1024);
    }

    assertThatThrownBy(() -> Documents.read(file))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("52,428,800 bytes is more than the 33,554,432 bytes");
  }

  @Test
  void aDeviceWithoutEndIsReadOnlyToTheLimit() {
    // /dev/zero has size 0: the size check cannot see it, the bounded read does.
    assertThatThrownBy(() -> Documents.read(Path.of("/dev/zero"), 1024 * 1024))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageContaining("more than the 1,048,576 bytes an article may have");
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
