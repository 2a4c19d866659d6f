package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsEntry.EntryName;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The reader of Japan's Ministry of Finance asset-freeze list, on the bundled excerpt of the file
 * of 2026-08-28 ({@code data/sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz}, fifteen real
 * records) and on hostile copies of it.
 */
class MofAssetFreezeReaderTest {

  private static final LocalDate DAY = LocalDate.of(2026, 8, 28);

  private static final String BUNDLED = "sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz";

  private final MofAssetFreezeReader reader = new MofAssetFreezeReader(SanctionsPrograms.bundled());

  private SanctionsSnapshot read(SourceFile file, Rejects rejects) {
    return reader.read(file, DAY, rejects, Progress.NONE);
  }

  private static String excerpt() {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Fixtures.bundled(BUNDLED)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SourceFile text(String name, String content) {
    return new SourceFile(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static SanctionsEntry entry(SanctionsSnapshot snapshot, String id) {
    return snapshot.entries().stream()
        .filter(e -> e.entryId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readsEveryRecordOfTheBundledExcerpt() {
    // Independent count, Python over the uncompressed excerpt:
    //   rows = list(csv.reader(open(f, encoding='utf-8')))  -> 32 columns, 15 records
    //   Counter(r[0] for r in rows[1:]) == {'1': 10, '28': 5}
    //   Counter(r[4] for r in rows[1:]) == {'個人': 10, '団体': 5}
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(SourceFile.of(Fixtures.bundled(BUNDLED)), rejects);
    assertThat(rejects.all()).isEmpty();
    assertThat(snapshot.list()).isEqualTo(SanctionsList.MOF);
    assertThat(snapshot.published()).isEqualTo(DAY);
    assertThat(snapshot.entries()).hasSize(15);
    assertThat(snapshot.entries().stream().filter(e -> e.programs().equals(java.util.List.of("1"))))
        .hasSize(10)
        .allMatch(e -> e.type().equals("individual"));
    assertThat(
            snapshot.entries().stream().filter(e -> e.programs().equals(java.util.List.of("28"))))
        .hasSize(5)
        .allMatch(e -> e.type().equals("entity"));

    SanctionsEntry milosevic = entry(snapshot, "001-000001");
    assertThat(milosevic.name()).isEqualTo("Milosevic Slobodan");
    assertThat(milosevic.listedOn()).isEqualTo(LocalDate.of(2002, 3, 1));
    assertThat(milosevic.line()).isEqualTo(2);
    assertThat(milosevic.names())
        .extracting(EntryName::name, EntryName::kind)
        .contains(org.assertj.core.groups.Tuple.tuple("ミロシェヴィッチ・スロボダン", "original script"));

    SanctionsEntry salavat = entry(snapshot, "028-000173");
    assertThat(salavat.name()).isEqualTo("Joint Stock Company Salavat Chemical Plant");
    assertThat(salavat.listedOn()).isEqualTo(LocalDate.of(2023, 5, 26));
    assertThat(salavat.names())
        .extracting(EntryName::name)
        .containsExactly(
            "Joint Stock Company Salavat Chemical Plant",
            "株式会社サラヴァト化学工場",
            "Salavat Chemical Plant",
            "JSC SKHZ",
            "サラヴァト科学工場",
            "株式会社SKHZ");
  }

  @Test
  void theNoticeDateIsTheFirstOfTheAmendments() {
    assertThat(MofAssetFreezeReader.firstDate("2001.9.22 2008.6.25改訂 2012.3.27改訂"))
        .isEqualTo(LocalDate.of(2001, 9, 22));
    assertThat(MofAssetFreezeReader.firstDate("2002.3.1")).isEqualTo(LocalDate.of(2002, 3, 1));
    assertThat(MofAssetFreezeReader.firstDate("")).isNull();
    assertThat(MofAssetFreezeReader.firstDate("2023.2.30")).isNull();
    assertThat(MofAssetFreezeReader.firstDate("令和5年5月26日")).isNull();
  }

  @Test
  void aRecordWithoutANoticeDateIsRejectedNamingLineAndValue() {
    String content = excerpt().replace("1,001-000003,2002.3.1,", "1,001-000003,,");
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(text("shisantouketsu20260828.csv", content), rejects);
    assertThat(snapshot.entries()).hasSize(14);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("shisantouketsu20260828.csv");
              assertThat(r.line()).isEqualTo(4);
              assertThat(r.column()).isEqualTo("告示日付");
              assertThat(r.problem()).contains("expected the notice date");
            });
  }

  @Test
  void anUnknownCategoryIsRejectedNotGuessed() {
    String content = excerpt().replace("28,028-000175,", "35,028-000175,");
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(text("shisantouketsu20260828.csv", content), rejects);
    assertThat(snapshot.entries()).hasSize(14);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(14);
              assertThat(r.column()).isEqualTo("区分");
              assertThat(r.value()).isEqualTo("35");
              assertThat(r.problem())
                  .contains("unknown category")
                  .contains("sanctions-programs.csv");
            });
  }

  @Test
  void aFileOfAnotherFormatIsRefusedByItsHeader() {
    Rejects rejects = new Rejects();
    assertThatThrownBy(
            () ->
                read(
                    text(
                        "sdn.csv",
                        "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0-"
                            + " ,-0- ,-0- \n"),
                    rejects))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining(
            "sdn.csv: cannot be read to its end: not the Ministry of Finance list")
        .hasMessageContaining("header lacks column(s)")
        .hasMessageContaining("区分");
  }

  @Test
  void aFileCutInsideARecordIsRefused() {
    String content = excerpt();
    String cut = content.substring(0, content.indexOf("Mologvardeytsev Street") + 5);
    assertThatThrownBy(() -> read(text("shisantouketsu20260828.csv", cut), new Rejects()))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("shisantouketsu20260828.csv");
  }

  @Test
  void aRepeatedNumberIsRejected() {
    String content = excerpt();
    String last = content.substring(content.stripTrailing().lastIndexOf('\n') + 1);
    Rejects rejects = new Rejects();
    SanctionsSnapshot snapshot = read(text("shisantouketsu20260828.csv", content + last), rejects);
    assertThat(snapshot.entries()).hasSize(15);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.column()).isEqualTo("番号");
              assertThat(r.problem()).contains("repeats the entry of line 16");
            });
  }
}
