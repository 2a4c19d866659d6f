package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.PermanentMembers;
import org.entente.domain.Veto;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VetoImportTest {

  private static final SourceFile SAMPLE = Fixtures.file("unsc-vetoes/vetoes-1946-2022-sample.csv");
  private static final SourceFile ADDITIONS =
      Fixtures.file("unsc-vetoes/vetoes-2022-2025-sample.csv");

  @TempDir Path dir;
  private Store store;
  private VetoImport importer;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "256MB");
    importer = new VetoImport(store, PermanentMembers.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private VetoImportReport run(int maxRejects, SourceFile... files) {
    return importer.run(List.of(files), "test", maxRejects, null, Progress.NONE);
  }

  private List<Long> snapshot() throws Exception {
    return VetoSnapshot.of(store);
  }

  @Test
  void importsEveryVetoWithItsProvenance() throws Exception {
    VetoImportReport report = run(0, SAMPLE, ADDITIONS);
    assertThat(report.alreadyLoaded()).isFalse();
    assertThat(report.vetoesAdded()).isEqualTo(13);
    assertThat(report.rejects()).isEmpty();
    List<Veto> vetoes = new VetoQueries(store).vetoes(VetoFilter.castBy("CHN", "RUS"));
    assertThat(vetoes)
        .extracting(Veto::draft)
        .containsExactly("S/2007/14", "S/2020/654", "S/2020/667", "S/2022/431", "S/2023/792");
    assertThat(vetoes.get(3).source().describe()).endsWith("vetoes-1946-2022-sample.csv:12");
    assertThat(vetoes.get(4).source().citation()).contains("SC/15464");
    assertThat(VetoSnapshot.consistent(store)).isTrue();
  }

  @Test
  void sourcesAreRecordedWithRowAndRejectCounts() throws Exception {
    run(0, SAMPLE, ADDITIONS);
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT name, rows, rejects FROM sources ORDER BY 1")) {
      rs.next();
      assertThat(rs.getString(1)).endsWith("vetoes-1946-2022-sample.csv");
      assertThat(rs.getLong(2)).isEqualTo(10);
      rs.next();
      assertThat(rs.getString(1)).endsWith("vetoes-2022-2025-sample.csv");
      assertThat(rs.getLong(2)).isEqualTo(3);
      assertThat(rs.getLong(3)).isZero();
    }
  }

  @Test
  void importingTheSameFileAgainChangesNothing() throws Exception {
    run(0, SAMPLE);
    List<Long> before = snapshot();
    assertThat(run(0, SAMPLE).alreadyLoaded()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  /** A copy with other bytes is a new file, but its vetoes are the store's: counted once. */
  @Test
  void aCopyOfAFileAddsNoVetoTwiceNotEvenRepeatedRows() throws Exception {
    run(0, SAMPLE);
    List<Long> before = snapshot();
    byte[] copy =
        (new String(SAMPLE.bytes(), StandardCharsets.UTF_8) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    VetoImportReport report = run(0, new SourceFile("copy.csv", copy));
    assertThat(report.vetoesAdded()).isZero();
    assertThat(report.unchanged()).isEqualTo(10);
    assertThat(report.notes()).singleElement().asString().contains("10 veto(es) already");
    assertThat(snapshot().get(0)).isEqualTo(before.get(0));
    assertThat(snapshot().get(2)).isEqualTo(before.get(2));
  }

  @Test
  void aVetoTheStoreHasWithOtherMembersIsRejectedNotOverwritten() throws Exception {
    run(0, SAMPLE);
    List<Long> before = snapshot();
    SourceFile onlyRussia =
        new SourceFile(
            "only-russia.csv",
            ("date,draft,meeting_record,agenda_item,topic,members,citation\n"
                    + "2022-05-26,S/2022/431,S/PV.9048,,North Korea,RUS,a citation\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> run(0, onlyRussia))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              Reject r = e.rejects().get(0);
              assertThat(r.describe())
                  .startsWith(
                      "only-russia.csv:2: column members: 'RUS': draft S/2022/431 of 2022-05-26 is"
                          + " already in the store (")
                  .endsWith("vetoes-1946-2022-sample.csv line 12) vetoed by CHN;RUS");
              assertThat(e.getMessage()).contains("nothing was imported");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void badRowsRollTheImportBackAndAreReported() throws Exception {
    run(0, ADDITIONS);
    List<Long> before = snapshot();
    SourceFile bad = Fixtures.file("unsc-vetoes/vetoes-1946-2022-bad.csv");
    assertThatThrownBy(() -> run(0, bad))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              assertThat(e.rejects()).hasSize(6);
              assertThat(e.getMessage())
                  .contains(
                      "6 row(s) rejected (at most 0 allowed); nothing was imported",
                      "vetoes-1946-2022-bad.csv:2: column date: '16/2/1946'");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void badAdditionsRollTheImportBack() throws Exception {
    List<Long> before = snapshot();
    assertThatThrownBy(() -> run(0, Fixtures.file("unsc-vetoes/vetoes-2022-2025-bad.csv")))
        .isInstanceOfSatisfying(
            ImportRejectedException.class, e -> assertThat(e.rejects()).hasSize(5));
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void maxRejectsLetsTheGoodRowsInAndTheRejectsAreWrittenBeforeTheCommit() throws Exception {
    SourceFile bad = Fixtures.file("unsc-vetoes/vetoes-1946-2022-bad.csv");
    RejectsFile target = RejectsFile.at(dir.resolve("out/rejects.csv"));
    VetoImportReport report = importer.run(List.of(bad), "test", 10, target, Progress.NONE);
    assertThat(report.vetoesAdded()).isEqualTo(4);
    assertThat(report.rejectsFile()).isEqualTo(dir.resolve("out/rejects.csv"));
    assertThat(Files.readAllLines(report.rejectsFile())).hasSize(1 + 6);
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT rows, rejects FROM sources")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(4);
      assertThat(rs.getLong(2)).isEqualTo(6);
    }
  }

  @Test
  void aTruncatedFileIsRefusedWhateverMaxRejectsAllows() throws Exception {
    run(0, ADDITIONS);
    List<Long> before = snapshot();
    SourceFile cut = Fixtures.file("unsc-vetoes/vetoes-1946-2022-truncated.csv");
    assertThatThrownBy(() -> run(1_000, cut))
        .isInstanceOf(StoreException.class)
        .hasMessageContainingAll(
            "vetoes-1946-2022-truncated.csv: cannot be read to its end",
            "last good line 7",
            "nothing was imported");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void failureMidWriteLeavesTheStoreAsItWas() throws Exception {
    run(0, ADDITIONS);
    List<Long> before = snapshot();
    // Fails after the rows are inserted and before the commit.
    Progress crashing =
        new Progress() {
          @Override
          public void start(String task, long total, String unit) {}

          @Override
          public void advanceTo(long done) {
            if (done == 2) {
              throw new IllegalStateException("simulated crash");
            }
          }

          @Override
          public void finish() {}
        };
    assertThatThrownBy(() -> importer.run(List.of(SAMPLE), "test", 0, null, crashing))
        .hasMessageContaining("simulated crash");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(run(0, SAMPLE).vetoesAdded()).isEqualTo(10);
  }

  @Test
  void filtersByYearAndByMembers() {
    run(0, SAMPLE, ADDITIONS);
    VetoQueries queries = new VetoQueries(store);
    assertThat(queries.vetoes(VetoFilter.castBy("RUS").years(2022, 2022)))
        .extracting(Veto::date)
        .containsExactly(
            LocalDate.of(2022, 5, 26), LocalDate.of(2022, 7, 8), LocalDate.of(2022, 9, 30));
    assertThat(queries.vetoes(VetoFilter.castBy("TWN"))).isEmpty();
    assertThat(queries.vetoes(VetoFilter.all())).hasSize(13);
    assertThat(queries.years()).containsExactly(1946, 2024);
  }

  @Test
  void aStoreOpenedReadOnlyCannotImport() throws Exception {
    store.close();
    store =
        Store.open(
            dir.resolve("test.duckdb"),
            "256MB",
            Store.Access.READ_ONLY,
            java.time.Duration.ZERO,
            m -> {});
    VetoImport readOnly = new VetoImport(store, PermanentMembers.bundled());
    assertThatThrownBy(() -> readOnly.run(List.of(SAMPLE), "test", 0, null, Progress.NONE))
        .isInstanceOf(IllegalStateException.class);
  }
}
