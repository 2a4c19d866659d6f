package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.Fixtures;
import org.entente.ingest.Progress;
import org.entente.ingest.ReadLimits;
import org.entente.ingest.Reject;
import org.entente.ingest.RejectsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event files built to hurt (issue 25): an endless line, a decompression bomb, a byte order mark, a
 * cut zip. Each ends in counted rejects or a refusal that changes nothing, and a file is recorded
 * as imported only when it was read to its end.
 */
class HostileEventFilesTest {

  private static final Path GDELT = Fixtures.path("events/20150218230000.export.CSV");
  private static final Path ICEWS = Fixtures.path("events/events.2018.sample.tab");

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private EventImportReport importEvents(Path file) {
    return new EventImport(store)
        .run(List.of(file), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
  }

  /** The file: five good rows, one line of {@code length} x's, fifteen good rows. */
  private static void writeWithLongLine(OutputStream out, int length) throws IOException {
    List<String> lines = Files.readAllLines(GDELT, StandardCharsets.UTF_8);
    for (String line : lines.subList(0, 5)) {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] xs = new byte[1 << 16];
    Arrays.fill(xs, (byte) 'x');
    for (int left = length; left > 0; left -= xs.length) {
      out.write(xs, 0, Math.min(left, xs.length));
    }
    out.write('\n');
    for (String line : lines.subList(5, 20)) {
      out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aLineLongerThanTheLimitIsOneRejectWithItsFirstBytesAndTheOtherRowsComeIn() throws Exception {
    Path file = dir.resolve("ll.export.CSV");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeWithLongLine(out, 5_000_000);
    }
    RejectsFile rejectsFile = RejectsFile.at(dir.resolve("rejects.csv"));

    EventImportReport report =
        new EventImport(store)
            .run(List.of(file), "auto", false, EventImport.UNLIMITED, rejectsFile, Progress.NONE);

    assertThat(report.imported()).isEqualTo(20);
    assertThat(report.rejects()).hasSize(1);
    Reject reject = report.rejects().get(0);
    assertThat(reject.line()).isEqualTo(6);
    assertThat(reject.problem())
        .contains("5000000 bytes long", "limit of 1048576", "--max-line-bytes");
    assertThat(reject.record()).hasSize(ReadLimits.KEPT_BYTES).matches("x+");
    assertThat(Files.size(dir.resolve("rejects.csv"))).isLessThan(2 * ReadLimits.KEPT_BYTES);
    assertThat(count("events")).isEqualTo(20);
    assertThat(importEvents(file).alreadyLoaded()).isTrue();
  }

  @Test
  void theLineLimitIsTheImportsToSet() throws Exception {
    Path file = dir.resolve("ll.export.CSV");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeWithLongLine(out, 5_000);
    }
    EventImportReport report =
        new EventImport(store)
            .limits(new ReadLimits(4_096, 100))
            .run(List.of(file), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
    assertThat(report.rejects()).extracting(Reject::line).containsExactly(6L);
    assertThat(report.rejects().get(0).problem()).contains("5000 bytes long", "limit of 4096");
    assertThat(report.imported()).isEqualTo(20);
  }

  @Test
  void aLongLineInsideAGzipIsRejectedLikeAPlainOne() throws Exception {
    Path file = dir.resolve("ll.export.CSV.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      writeWithLongLine(out, 3_000_000);
    }
    EventImportReport report = importEvents(file);
    assertThat(report.rejects()).extracting(Reject::line).containsExactly(6L);
    assertThat(report.imported()).isEqualTo(20);
  }

  @Test
  void aDecompressionBombIsRefusedAndNothingIsRecorded() throws Exception {
    Path file = dir.resolve("bomb.export.CSV.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      writeWithLongLine(out, 200_000_000);
    }
    assertThat(Files.size(file)).isLessThan(1_000_000);

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> importEvents(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("bomb.export.CSV.gz: cannot be read to its end")
          .hasMessageContaining("more than 100 times its compressed size")
          .hasMessageContaining("--max-expansion")
          .hasMessageContaining("nothing was imported");
      assertThat(count("events")).isZero();
      assertThat(count("sources")).isZero();
    }

    // Raised, the same file is read to its end: the long line is a reject, the rest comes in.
    EventImportReport raised =
        new EventImport(store)
            .limits(new ReadLimits(ReadLimits.DEFAULT.maxLineBytes(), 100_000))
            .run(List.of(file), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
    assertThat(raised.imported()).isEqualTo(20);
    assertThat(raised.rejects()).extracting(Reject::line).containsExactly(6L);
  }

  @Test
  void aFileOfZerosCannotPassForAnyFormat() throws Exception {
    Path file = dir.resolve("zeros.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(new byte[50_000_000]);
    }
    assertThatThrownBy(() -> importEvents(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot tell the dataset from the first line");
    assertThat(count("sources")).isZero();
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineIsSkipped() throws Exception {
    for (Path source : List.of(GDELT, ICEWS)) {
      Path file = dir.resolve("bom-" + source.getFileName());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      bytes.write(Files.readAllBytes(source));
      Files.write(file, bytes.toByteArray());

      EventImportReport report = importEvents(file);

      long lines = Files.readAllLines(source, StandardCharsets.UTF_8).size();
      long header = source == ICEWS ? 1 : 0;
      assertThat(report.rejects()).as(source.toString()).isEmpty();
      assertThat(report.imported() + report.duplicates()).isEqualTo(lines - header);
    }
  }

  @Test
  void aCutZipIsOneRejectAndKeepsTheRowsBeforeTheCut() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.putNextEntry(new ZipEntry("20150218230000.export.CSV"));
      zip.write(Files.readAllBytes(GDELT));
      zip.closeEntry();
    }
    byte[] all = zipped.toByteArray();
    Path file = dir.resolve("cut.export.CSV.zip");
    Files.write(file, Arrays.copyOf(all, all.length * 2 / 3));

    EventImportReport report = importEvents(file);

    assertThat(report.rejects()).hasSize(1);
    Reject cut = report.rejects().get(0);
    assertThat(cut.file()).isEqualTo(file + "!20150218230000.export.CSV");
    assertThat(cut.problem()).contains("compressed stream ends early");
    assertThat(report.imported()).isEqualTo(cut.line() - 1).isPositive();
    assertThat(report.rowsRead()).isEqualTo(report.imported() + 1);
  }

  @Test
  void pastMaxRejectsTheImportStopsReadingAndImportsNothing() throws Exception {
    Path file = dir.resolve("garbage.export.CSV");
    Files.write(file, "not\tan\tevent\n".repeat(100_000).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                new EventImport(store).run(List.of(file), "gdelt", false, 10, null, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith("11 row(s) rejected (at most 10 allowed); nothing was imported");
    assertThat(count("sources")).isZero();
  }

  @Test
  void aDeviceIsRefusedBeforeAnyReading() throws Exception {
    assertThatThrownBy(() -> importEvents(Path.of("/dev/zero")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/dev/zero: not a regular file");
    assertThat(count("sources")).isZero();
  }

  private long count(String table) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
