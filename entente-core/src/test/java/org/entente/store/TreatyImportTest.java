package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.Dyad;
import org.entente.domain.TreatyRecord;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreatyImportTest {

  @TempDir Path dir;
  private Store store;
  private TreatyImport importer;

  private static final SourceFile BUNDLED =
      SourceFile.of(Fixtures.bundled("treaties/treaties.csv"));
  private static final SourceFile TREATIES = new SourceFile("treaties.csv", BUNDLED.bytes());

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    importer = new TreatyImport(store, CountryCodes.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importsEveryRecordWithItsCitationAndLine() throws Exception {
    AllianceImportReport report = importer.run(TREATIES, "test", 0, null, Progress.NONE);
    assertThat(report.rowsAdded()).isEqualTo(11);
    assertThat(report.rejects()).isEmpty();
    List<TreatyRecord> rusPrk = new AllianceQueries(store).treatyRecords(Dyad.of("RUS", "PRK"));
    assertThat(rusPrk)
        .extracting(TreatyRecord::id)
        .containsExactly("rus-prk-1961", "rus-prk-2000", "rus-prk-2024");
    TreatyRecord lapsed = rusPrk.get(0);
    assertThat(lapsed.file()).isEqualTo("treaties.csv");
    assertThat(lapsed.line()).isEqualTo(3);
    assertThat(lapsed.ended()).hasToString("1996-09-10");
    assertThat(lapsed.source()).contains("United Nations Treaty Series No. 6045");
    // Read back, every record equals the file's (dates keep their precision).
    assertThat(new AllianceQueries(store).treatyRecords())
        .containsExactlyInAnyOrderElementsOf(
            new org.entente.ingest.TreatyReader(CountryCodes.bundled())
                .read(TREATIES, new org.entente.ingest.Rejects(), Progress.NONE));
    assertThat(AllianceSnapshot.consistent(store)).isTrue();
  }

  @Test
  void importingTheSameFileAgainChangesNothing() throws Exception {
    importer.run(TREATIES, "test", 0, null, Progress.NONE);
    List<Long> before = AllianceSnapshot.of(store);
    assertThat(importer.run(TREATIES, "test", 0, null, Progress.NONE).alreadyLoaded()).isTrue();
    AllianceImportReport copy =
        importer.run(
            new SourceFile("copy.csv", AtopImportTest.reversedBody(TREATIES)),
            "test",
            0,
            null,
            Progress.NONE);
    assertThat(copy.rowsAdded()).isZero();
    assertThat(copy.unchanged()).isEqualTo(11);
    assertThat(AllianceSnapshot.of(store).subList(0, 2)).isEqualTo(before.subList(0, 2));
  }

  @Test
  void oddDatesRefuseTheFileAndNothingIsHalfImported() throws Exception {
    List<Long> before = AllianceSnapshot.of(store);
    SourceFile bad =
        new SourceFile("treaties_bad.csv", Fixtures.file("treaties/treaties_bad.csv").bytes());
    assertThatThrownBy(() -> importer.run(bad, "test", 0, null, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("9 row(s) rejected (at most 0 allowed); nothing was imported")
        .hasMessageContaining(
            "treaties_bad.csv:2: column signed: '11/07/1961': expected a date as YYYY, YYYY-MM or"
                + " YYYY-MM-DD");
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void aChangedRecordIsRejectedUnlessItsFileReplacesTheOldRelease() throws Exception {
    importer.run(TREATIES, "bundled", 0, null, Progress.NONE);
    List<Long> before = AllianceSnapshot.of(store);
    String text = new String(TREATIES.bytes(), StandardCharsets.UTF_8);
    SourceFile edited =
        new SourceFile(
            "treaties.csv",
            text.replace("PAK;SAU,2025-09-17,2025-09-17", "PAK;SAU,2025-09-17,2025-09")
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> importer.run(edited, "bundled", 0, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .singleElement()
                    .satisfies(
                        r -> {
                          assertThat(r.line()).isEqualTo(11);
                          assertThat(r.column()).isEqualTo("id");
                          assertThat(r.value()).isEqualTo("pak-sau-2025");
                          assertThat(r.problem())
                              .contains("already in the store (treaties.csv line 11)");
                        }));
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);

    AllianceImportReport report =
        importer
            .replacing(Set.of(TREATIES.sha256()))
            .run(edited, "bundled", 0, null, Progress.NONE);
    assertThat(report.rejects()).isEmpty();
    assertThat(report.rowsAdded()).isEqualTo(11);
    assertThat(StoreSummary.of(store).sources())
        .singleElement()
        .satisfies(s -> assertThat(s.sha256()).isEqualTo(edited.sha256()));
    assertThat(new AllianceQueries(store).treatyRecords(Dyad.of("PAK", "SAU")))
        .singleElement()
        .satisfies(r -> assertThat(r.inForce()).hasToString("2025-09"));
    assertThat(AllianceSnapshot.consistent(store)).isTrue();
  }
}
