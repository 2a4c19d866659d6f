package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.SanctionsRegime;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.SanctionsRegimeReader;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionsRegimeImportTest {

  private static final SourceFile REGIMES =
      new SourceFile(
          "regimes.csv", SourceFile.of(Fixtures.bundled("sanctions-regimes/regimes.csv")).bytes());

  @TempDir Path dir;
  private Store store;
  private SanctionsRegimeImport importer;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    importer = new SanctionsRegimeImport(store, CountryCodes.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static List<SanctionsRegime> read(SourceFile file) {
    return new SanctionsRegimeReader(CountryCodes.bundled())
        .read(file, new Rejects(), Progress.NONE);
  }

  @Test
  void everyRecordComesBackAsReadWithItsFileAndLine() {
    List<SanctionsRegime> records = read(REGIMES);
    AllianceImportReport report = importer.run(REGIMES, "test", 0, null, Progress.NONE);
    assertThat(report.rowsAdded()).isEqualTo(records.size());
    assertThat(report.rejects()).isEmpty();
    assertThat(new SanctionsQueries(store).regimes()).containsExactlyElementsOf(records);
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    importer.run(REGIMES, "test", 0, null, Progress.NONE);
    assertThat(importer.run(REGIMES, "test", 0, null, Progress.NONE).alreadyLoaded()).isTrue();
    // The same records in other bytes (CRLF line ends) are recognised row by row: nothing added.
    String crlf = new String(REGIMES.bytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
    AllianceImportReport copy =
        importer.run(
            new SourceFile("copy.csv", crlf.getBytes(StandardCharsets.UTF_8)),
            "test",
            0,
            null,
            Progress.NONE);
    assertThat(copy.rowsAdded()).isZero();
    assertThat(copy.unchanged()).isEqualTo(read(REGIMES).size());
  }

  @Test
  void aBadRecordRefusesTheFileAndNothingIsHalfImported() {
    String text = new String(REGIMES.bytes(), StandardCharsets.UTF_8);
    SourceFile bad =
        new SourceFile(
            "regimes_bad.csv",
            text.replace(",JPN,PRK,", ",JPX,PRK,").getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> importer.run(bad, "test", 0, null, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("nothing was imported")
        .hasMessageContaining("column authority: 'JPX'");
    assertThat(new SanctionsQueries(store).regimes()).isEmpty();
    assertThat(StoreSummary.of(store).sources()).isEmpty();
  }

  @Test
  void aChangedRecordIsRejectedUnlessItsFileReplacesTheOldRelease() {
    importer.run(REGIMES, "bundled", 0, null, Progress.NONE);
    String text = new String(REGIMES.bytes(), StandardCharsets.UTF_8);
    SourceFile edited =
        new SourceFile(
            "regimes.csv",
            text.replace("jpn-prk-2006-07,JPN,PRK,", "jpn-prk-2006-07,JPN,PRK;CHN,")
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> importer.run(edited, "bundled", 0, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.rejects())
                    .singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("jpn-prk-2006-07")));
    assertThat(new SanctionsQueries(store).regimes()).containsExactlyElementsOf(read(REGIMES));

    importer.replacing(Set.of(REGIMES.sha256())).run(edited, "bundled", 0, null, Progress.NONE);
    assertThat(new SanctionsQueries(store).regimes())
        .filteredOn(r -> r.id().equals("jpn-prk-2006-07"))
        .singleElement()
        .satisfies(r -> assertThat(r.targets()).containsExactly("PRK", "CHN"));
  }
}
