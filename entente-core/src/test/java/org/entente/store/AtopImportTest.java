package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Dyad;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtopImportTest {

  @TempDir Path dir;
  private Store store;
  private AtopImport importer;

  private static SourceFile fixture(String relative) {
    return new SourceFile(
        relative.substring(relative.lastIndexOf('/') + 1), Fixtures.file(relative).bytes());
  }

  private static final SourceFile EXTRACT = fixture("atop/atop_ddyr_extract.csv");

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    importer = new AtopImport(store, CowCodes.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void importsEveryRowWithItsProvenanceAndCountsTheRejects() throws Exception {
    AllianceImportReport report = importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    assertThat(report.alreadyLoaded()).isFalse();
    assertThat(report.rowsAdded()).isEqualTo(710);
    assertThat(report.rejects()).hasSize(3);
    List<AtopRow> rows = new AllianceQueries(store).atopRows(Dyad.of("RUS", "PRK"), 1961, 1961);
    assertThat(rows)
        .extracting(AtopRow::a, AtopRow::file, AtopRow::line)
        .containsExactly(
            tuple("RUS", "atop_ddyr_extract.csv", 247L),
            tuple("PRK", "atop_ddyr_extract.csv", 453L));
    assertThat(StoreSummary.of(store).sources())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.name()).isEqualTo("atop_ddyr_extract.csv");
              assertThat(s.rows()).isEqualTo(710);
              assertThat(s.rejects()).isEqualTo(3);
            });
    assertThat(AllianceSnapshot.consistent(store)).isTrue();
  }

  @Test
  void theLastAtopYearKeptByTheQueriesFollowsLaterImports() throws Exception {
    AllianceQueries queries = new AllianceQueries(store);
    assertThat(queries.lastAtopYear()).isEmpty();
    assertThat(store.lastSourceId()).isZero();
    importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    long expected;
    try (var st = store.connection().createStatement();
        var rs = st.executeQuery("SELECT max(year) FROM alliance_years")) {
      rs.next();
      expected = rs.getLong(1);
    }
    assertThat(store.lastSourceId()).isEqualTo(1);
    assertThat(queries.lastAtopYear()).hasValue((int) expected);
  }

  @Test
  void importingTheSameFileAgainChangesNothing() throws Exception {
    importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    List<Long> before = AllianceSnapshot.of(store);
    AllianceImportReport again = importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    assertThat(again.alreadyLoaded()).isTrue();
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void theSameRowsFromAnotherFileAreSkippedNotDuplicated() throws Exception {
    importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    List<Long> before = AllianceSnapshot.of(store);
    SourceFile copy = new SourceFile("copy.csv", reversedBody(EXTRACT));
    AllianceImportReport report = importer.run(copy, "test", 3, null, Progress.NONE);
    assertThat(report.rowsAdded()).isZero();
    assertThat(report.unchanged()).isEqualTo(710);
    assertThat(AllianceSnapshot.of(store).subList(0, 2)).isEqualTo(before.subList(0, 2));
  }

  /** The same rows in the opposite order: another file (another SHA-256), the same content. */
  static byte[] reversedBody(SourceFile file) {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(new String(file.bytes(), StandardCharsets.UTF_8).split("\n")));
    String header = lines.remove(0);
    java.util.Collections.reverse(lines);
    lines.add(0, header);
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRowThatContradictsTheStoreIsRejectedNeverOverwritten() throws Exception {
    importer.run(EXTRACT, "test", 3, null, Progress.NONE);
    List<Long> before = AllianceSnapshot.of(store);
    String changed =
        new String(EXTRACT.bytes(), StandardCharsets.UTF_8)
            .replace("365,731,1961,1,0,0,1,0", "365,731,1961,0,0,0,1,0");
    SourceFile edited = new SourceFile("edited.csv", changed.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> importer.run(edited, "test", 3, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.rejects().get(3).describe())
                    .isEqualTo(
                        "edited.csv:247: 'nonagg': COW 365 → 731 in 1961 is already in the store"
                            + " (atop_ddyr_extract.csv line 247) with defense;nonagg"));
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void aCowCodeWithoutIsoRefusesTheFileWithFileLineColumnValueAndNothingIsImported()
      throws Exception {
    List<Long> before = AllianceSnapshot.of(store);
    assertThatThrownBy(
            () ->
                importer.run(
                    fixture("atop/atop_ddyr_bad_codes.csv"), "test", 0, null, Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("2 row(s) rejected (at most 0 allowed); nothing was imported")
        .hasMessageContaining(
            "atop_ddyr_bad_codes.csv:4: column ccode1: '245': COW 245 (Bavaria) has no ISO-3 code");
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void withMaxRejectsTheGoodRowsLoadAndTheRejectsAreWrittenFirst() throws Exception {
    RejectsFile target = RejectsFile.at(dir.resolve("rejects.csv"));
    AllianceImportReport report =
        importer.run(fixture("atop/atop_ddyr_bad_codes.csv"), "test", 2, target, Progress.NONE);
    assertThat(report.rowsAdded()).isEqualTo(3);
    assertThat(report.rejectsFile()).isEqualTo(dir.resolve("rejects.csv"));
    assertThat(Files.readAllLines(dir.resolve("rejects.csv")))
        .hasSize(3)
        .first()
        .isEqualTo("file,line,column,value,problem,record");
    assertThat(AllianceSnapshot.consistent(store)).isTrue();
  }

  @Test
  void aTruncatedFileIsRefusedWhateverMaxRejectsAllows() throws Exception {
    List<Long> before = AllianceSnapshot.of(store);
    assertThatThrownBy(
            () ->
                importer.run(
                    fixture("atop/atop_ddyr_truncated.csv"), "test", 1_000, null, Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("atop_ddyr_truncated.csv: cannot be read to its end")
        .hasMessageContaining("last good line 201")
        .hasMessageContaining("nothing was imported");
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void aTruncatedGzipIsRefusedWhateverMaxRejectsAllows() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(EXTRACT.bytes());
    }
    byte[] whole = out.toByteArray();
    List<Long> before = AllianceSnapshot.of(store);
    assertThatThrownBy(
            () ->
                importer.run(
                    new SourceFile("atop.csv.gz", Arrays.copyOf(whole, whole.length / 2)),
                    "test",
                    1_000,
                    null,
                    Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("atop.csv.gz: cannot be read to its end")
        .hasMessageContaining("gzip");
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void aStoreOpenedReadOnlyIsNotWritten() throws Exception {
    store.close();
    store =
        Store.open(
            dir.resolve("test.duckdb"), "512MB", Store.Access.READ_ONLY, Duration.ZERO, m -> {});
    AtopImport readOnly = new AtopImport(store, CowCodes.bundled());
    assertThatThrownBy(() -> readOnly.run(EXTRACT, "test", 3, null, Progress.NONE))
        .isInstanceOf(IllegalStateException.class);
  }
}
