package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.entente.Fixtures;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Progress;

/**
 * Fuzzes the event import ({@code EventImport} over {@code EventFiles}, {@code EventLines}, {@code
 * EventStream} and the readers of GDELT 2.0, GDELT 1.0, ICEWS and POLECAT) with hostile copies of
 * the first rows of real files, plain, gzip or zip, whole or cut: refused with the store unchanged,
 * or every line of the file read, and every line read imported, a duplicate or rejected.
 *
 * <p>Lines of more than a megabyte and a gzip bomb ({@link #HUGE}) are left out unless {@code
 * -Dentente.fuzz.eventHugeLines=true}: bounding them is the line-length limit of {@code EventLines}
 * (issue 25), which this test will hold once it is in.
 */
class EventImportFuzzTest extends ImportFuzzing {

  /**
   * A format: its first rows, the name a file of it has, and whether its first line is a header.
   */
  enum Format {
    GDELT2("events/20150218230000.export.CSV", "fuzz.export.CSV", false),
    GDELT1("events/gdelt_v1_georgia_apr2012.head300.csv", "fuzz.csv", false),
    ICEWS("events/events.2018.sample.tab", "fuzz.tab", true),
    POLECAT("polecat/polecat-documented-columns.tsv", "fuzz.tsv", true);

    final byte[] rows;
    final String name;
    final boolean header;

    Format(String fixture, String name, boolean header) {
      this.rows = firstLines(fixture, 120);
      this.name = name;
      this.header = header;
    }
  }

  private static byte[] firstLines(String fixture, int lines) {
    try {
      byte[] all = Files.readAllBytes(Fixtures.path(fixture));
      int end = 0;
      for (int n = 0; n < lines && end < all.length; end++) {
        if (all[end] == '\n') {
          n++;
        }
      }
      return Arrays.copyOf(all, end);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Packing> eventPacking() {
    return Arbitraries.of(Packing.class);
  }

  @Property(tries = 25)
  void eventFiles(
      @ForAll Format format,
      @ForAll("damage") Damage damage,
      @ForAll("eventPacking") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects)
      throws IOException {
    byte[] content = damage.apply(format.rows, true);
    String name =
        switch (packing) {
          case PLAIN -> format.name;
          case GZIP, GZIP_CUT -> format.name + ".gz";
          case ZIP, ZIP_CUT -> format.name + ".zip";
        };
    Path file = Files.createTempDirectory(dir(), "events").resolve(name);
    Files.write(file, HostileInput.pack(content, packing, format.name, cut));
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "events");
    FuzzedImport.Outcome<EventImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new EventImport(store)
                    .run(List.of(file), "auto", false, maxRejects, null, Progress.NONE));
    if (outcome.refused() || outcome.report().alreadyLoaded()) {
      return;
    }
    EventImportReport report = outcome.report();
    assertThat(FuzzedImport.rows(store, "events") - before).isEqualTo(report.imported());
    assertThat(report.imported() + report.duplicates() + report.rejects().size())
        .as("imported + duplicates + rejected = rows read")
        .isEqualTo(report.rowsRead());
    if (packing == Packing.PLAIN || packing == Packing.GZIP || packing == Packing.ZIP) {
      assertThat(report.rowsRead() + headers(content, format))
          .as("rows read + header lines = the file's lines")
          .isEqualTo(lines(content));
    }
  }

  /**
   * A gzip bomb: 20 good GDELT rows, then one line of 256 MB of zeros, then the rest (about 300 KB
   * on disk): refused once it inflates beyond the limit, with the store unchanged — never an {@link
   * OutOfMemoryError}.
   */
  @Example
  void aGzipBombIsRefusedNotAnOutOfMemoryError() throws IOException {
    byte[] rows = Format.GDELT2.rows;
    int twenty = 0;
    for (int n = 0; n < 20; twenty++) {
      if (rows[twenty] == '\n') {
        n++;
      }
    }
    byte[] zeros = new byte[1 << 20];
    Arrays.fill(zeros, (byte) '0');
    // Gzip members one after another are one stream: 256 copies of 1 MB of zeros packed once.
    byte[] member = HostileInput.pack(zeros, Packing.GZIP, "", 1);
    Path file = dir().resolve("bomb.export.CSV.gz");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(HostileInput.pack(Arrays.copyOf(rows, twenty), Packing.GZIP, "", 1));
      for (int i = 0; i < 256; i++) {
        out.write(member);
      }
      byte[] rest = Arrays.copyOfRange(rows, twenty - 1, rows.length); // from the \n on
      out.write(HostileInput.pack(rest, Packing.GZIP, "", 1));
    }
    Store store = store(emptyStore());
    FuzzedImport.Outcome<EventImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new EventImport(store)
                    .run(List.of(file), "auto", false, EventImport.UNLIMITED, null, Progress.NONE));
    assertThat(outcome.refused()).as("refused").isTrue();
    assertThat(outcome.refusal()).hasMessageContaining(file.toString());
  }

  /** Lines as {@code EventLines} splits them: at \n, the last one also without it. */
  private static long lines(byte[] content) {
    long lines = 0;
    for (byte b : content) {
      if (b == '\n') {
        lines++;
      }
    }
    return content.length > 0 && content[content.length - 1] != '\n' ? lines + 1 : lines;
  }

  /**
   * Header lines: in ICEWS and POLECAT files, a line in UTF-8 whose first field is {@code Event ID}
   * (so a header repeated, or cut after that field, is a header again; one with bytes that are not
   * UTF-8 is a reject).
   */
  private static long headers(byte[] content, Format format) {
    if (!format.header) {
      return 0;
    }
    long headers = 0;
    // A UTF-8 byte-order mark at the start of the file is skipped (EventLines).
    boolean bom =
        content.length >= 3
            && content[0] == (byte) 0xEF
            && content[1] == (byte) 0xBB
            && content[2] == (byte) 0xBF;
    int start = bom ? 3 : 0;
    for (int i = 0; i <= content.length; i++) {
      if (i == content.length || content[i] == '\n') {
        byte[] line = Arrays.copyOfRange(content, start, i);
        try {
          String text =
              StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
          if (text.split("\t", 2)[0].replaceFirst("\r$", "").equals("Event ID")) {
            headers++;
          }
        } catch (CharacterCodingException e) {
          // Not UTF-8: EventLines rejects the line before a reader sees it.
        }
        start = i + 1;
      }
    }
    return headers;
  }
}
