package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsSnapshot;
import org.junit.jupiter.api.Test;

class OfacSdnReaderTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 3);

  private final OfacSdnReader reader = new OfacSdnReader(SanctionsPrograms.bundled());

  private SanctionsSnapshot read(SourceFile file, Rejects rejects) {
    return reader.read(file, DAY, rejects, Progress.NONE);
  }

  private static SanctionsEntry entry(SanctionsSnapshot snapshot, String id) {
    return snapshot.entries().stream()
        .filter(e -> e.entryId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static byte[] sample() {
    return Fixtures.file("sanctions/sdn-2024-05-03-sample.csv").bytes();
  }

  @Test
  void readsTheTwelveDocumentedFields() {
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot =
        read(Fixtures.file("sanctions/sdn-2024-05-03-sample.csv"), rejects);
    assertThat(rejects.all()).isEmpty();
    assertThat(snapshot.published()).isEqualTo(DAY);
    assertThat(snapshot.entries()).hasSize(11);

    SanctionsEntry kim = entry(snapshot, "20157");
    assertThat(kim.name()).isEqualTo("KIM, Jong Un");
    assertThat(kim.type()).isEqualTo("individual");
    assertThat(kim.programs()).containsExactly("DPRK3");
    assertThat(kim.listedOn()).isNull();
    assertThat(kim.line()).isEqualTo(6);
    assertThat(kim.element()).isEmpty();

    assertThat(entry(snapshot, "306").type()).isEqualTo("entity"); // -0-
    assertThat(entry(snapshot, "306").names())
        .extracting(SanctionsEntry.EntryName::name, SanctionsEntry.EntryName::quality)
        .contains(org.assertj.core.groups.Tuple.tuple("BNC", "a.k.a."));
    assertThat(entry(snapshot, "10391").programs())
        .containsExactly(
            "FTO", "SDGT", "NPWMD", "IRGC", "IFSR", "IRAN-HR", "HRIT-IR", "ELECTION-EO13848");
    assertThat(entry(snapshot, "17069").type()).isEqualTo("vessel");
    assertThat(entry(snapshot, "37444").imo()).isEqualTo("1011551");
    assertThat(entry(snapshot, "15744").type()).isEqualTo("aircraft");
    assertThat(entry(snapshot, "35096").nationalities()).containsExactly("Russia");
  }

  @Test
  void readsTheOlderListWithItsOwnProgrammes() {
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot =
        reader.read(
            Fixtures.file("sanctions/sdn-2021-08-20-sample.csv"),
            LocalDate.of(2021, 8, 20),
            rejects,
            Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(entry(snapshot, "7480").programs()).containsExactly("ZIMBABWE");
  }

  @Test
  void anUnknownProgrammeIsARejectNamingFileLineAndValue() {
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(Fixtures.file("sanctions/sdn-unknown-program.csv"), rejects);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).endsWith("sdn-unknown-program.csv");
              assertThat(r.line()).isEqualTo(6);
              assertThat(r.column()).isEqualTo("Program");
              assertThat(r.value()).isEqualTo("MARS-EO99999");
              assertThat(r.problem()).contains("unknown programme code", "sanctions-programs.csv");
              assertThat(r.record()).startsWith("20157,\"KIM, Jong Un\",individual,");
            });
    assertThat(snapshot.entries()).hasSize(10);
  }

  @Test
  void badRecordsAreRejectsAndTheRestLoads() {
    String text = new String(sample(), StandardCharsets.ISO_8859_1);
    String damaged =
        text.replaceFirst("(?m)^306,", "3O6,") // not a number
            .replaceFirst("(?m)^12606,(\"QADHAFI, Muammar\"),\"individual\"", "12606,$1,\"person\"")
            .replaceFirst("(?m)^35096,", "20157,"); // repeats KIM Jong Un's ent_num
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot =
        read(new SourceFile("damaged.csv", damaged.getBytes(StandardCharsets.ISO_8859_1)), rejects);
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column, Reject::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "ent_num", "3O6"),
            org.assertj.core.groups.Tuple.tuple(4L, "SDN_Type", "person"),
            org.assertj.core.groups.Tuple.tuple(9L, "ent_num", "20157"));
    assertThat(rejects.all().get(2).problem()).contains("repeats the entry of line 6");
    assertThat(snapshot.entries()).hasSize(8);
  }

  @Test
  void aFileCutAnywhereIsRefused() {
    byte[] bytes = sample();
    // Inside a quoted field, between fields, at a line break: OFAC's closing mark is missing.
    for (int cut : new int[] {50, 130, indexOf(bytes, '\n', 500) + 1, bytes.length - 1}) {
      SourceFile cutFile = new SourceFile("sdn.csv", Arrays.copyOf(bytes, cut));
      assertThatThrownBy(() -> read(cutFile, new Rejects()))
          .as("cut at byte " + cut)
          .isInstanceOf(BrokenFileException.class)
          .hasMessageStartingWith("sdn.csv: cannot be read to its end");
    }
    byte[] prefix = Arrays.copyOf(bytes, indexOf(bytes, '\n', 500) + 1);
    long lines =
        new String(prefix, StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n').count();
    assertThatThrownBy(() -> read(new SourceFile("sdn.csv", prefix), new Rejects()))
        .hasMessageContaining("no end-of-file mark (Ctrl-Z)")
        .hasMessageContaining("last good line " + lines);
  }

  @Test
  void aCompressedFileCutShortIsRefused() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(sample());
    }
    byte[] compressed = gz.toByteArray();
    SourceFile cut = new SourceFile("sdn.csv.gz", Arrays.copyOf(compressed, compressed.length / 2));
    assertThatThrownBy(() -> read(cut, new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("sdn.csv.gz: cannot be read to its end");
  }

  @Test
  void textAfterTheEndMarkIsRefused() {
    byte[] bytes = sample();
    byte[] twice = Arrays.copyOf(bytes, bytes.length * 2 + 2);
    twice[bytes.length] = '\r';
    twice[bytes.length + 1] = '\n';
    System.arraycopy(bytes, 0, twice, bytes.length + 2, bytes.length);
    assertThatThrownBy(() -> read(new SourceFile("twice.csv", twice), new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("follows the end-of-file mark");
  }

  private static int indexOf(byte[] bytes, char wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
