package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.entente.Fixtures;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsList;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanctionsImportTest {

  private static final LocalDate SDN_DAY = LocalDate.of(2024, 5, 3);

  @TempDir Path dir;
  private Store store;
  private SanctionsImport importer;

  private static SanctionsFile un(String fixture) {
    return SanctionsFile.un(Fixtures.file("sanctions/" + fixture));
  }

  private static SanctionsFile sdn(String fixture) {
    return SanctionsFile.ofac(Fixtures.file("sanctions/" + fixture), SDN_DAY);
  }

  private static final List<SanctionsFile> GOOD =
      List.of(un("un-consolidated-2026-02-27-sample.xml"), sdn("sdn-2024-05-03-sample.csv"));

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "256MB");
    importer = new SanctionsImport(store, SanctionsPrograms.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private SanctionsImportReport run(List<SanctionsFile> files, int maxRejects) {
    return importer.run(files, "test", maxRejects, null, Progress.NONE);
  }

  /** Rows of every sanctions table and of sources, and a checksum of the entries. */
  static List<Long> snapshot(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM sanction_lists), (SELECT count(*) FROM"
                    + " sanction_entries), (SELECT count(*) FROM sanction_designations), (SELECT"
                    + " count(*) FROM sanction_names), (SELECT count(*) FROM sources), (SELECT"
                    + " coalesce(sum(hash(entry_id, name, line)), 0) FROM sanction_entries)")) {
      rs.next();
      List<Long> values = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        values.add(rs.getLong(i));
      }
      return values;
    }
  }

  /** Whether each source's recorded rows are exactly the entries that carry its id. */
  static boolean consistent(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM sanction_lists l JOIN sources s USING (source_id)"
                    + " WHERE s.rows <> (SELECT count(*) FROM sanction_entries e"
                    + " WHERE e.source_id = l.source_id)")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }

  @Test
  void importsEveryEntryWithItsOrigin() throws Exception {
    SanctionsImportReport report = run(GOOD, 0);
    assertThat(report.alreadyLoaded()).isFalse();
    assertThat(report.entriesAdded()).isEqualTo(9 + 11);
    assertThat(report.rejects()).isEmpty();
    assertThat(consistent(store)).isTrue();

    SanctionsQueries queries = new SanctionsQueries(store);
    assertThat(queries.snapshots())
        .extracting(SanctionsQueries.Snapshot::list, SanctionsQueries.Snapshot::published)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SanctionsList.UN, LocalDate.of(2026, 2, 27)),
            org.assertj.core.groups.Tuple.tuple(SanctionsList.OFAC, SDN_DAY));
    SanctionsQueries.Entry kim =
        queries.entries().stream()
            .filter(e -> e.entryId().equals("20157"))
            .findFirst()
            .orElseThrow();
    assertThat(kim.source()).isEqualTo(GOOD.get(1).file().name() + ":6");
    assertThat(kim.programs()).containsExactly("DPRK3");
    SanctionsQueries.Entry yun =
        queries.entries().stream()
            .filter(e -> e.entryId().equals("KPi.001"))
            .findFirst()
            .orElseThrow();
    assertThat(yun.source()).isEqualTo(GOOD.get(0).file().name() + ":4 <INDIVIDUAL>");
    assertThat(yun.listedOn()).isEqualTo(LocalDate.of(2009, 7, 16));
    assertThat(yun.nationalities()).containsExactly("Democratic People's Republic of Korea");
    assertThat(queries.names())
        .filteredOn(n -> n.entryId().equals("KPi.001"))
        .extracting(SanctionsQueries.Name::name)
        .containsExactly("YUN HO-JIN", "Yun Ho-chin");
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws Exception {
    run(GOOD, 0);
    List<Long> before = snapshot(store);
    SanctionsImportReport again = run(GOOD, 0);
    assertThat(again.alreadyLoaded()).isTrue();
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void aRejectedEntryImportsNothingFromAnyFile() throws Exception {
    List<Long> before = snapshot(store);
    Path rejects = dir.resolve("rejects.csv");
    assertThatThrownBy(
            () ->
                importer.run(
                    List.of(
                        un("un-consolidated-2026-02-27-sample.xml"),
                        sdn("sdn-unknown-program.csv")),
                    "test",
                    0,
                    RejectsFile.at(rejects),
                    Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("1 row(s) rejected (at most 0 allowed); nothing was imported")
        .hasMessageContaining("sdn-unknown-program.csv:6: column Program: 'MARS-EO99999'");
    assertThat(snapshot(store)).isEqualTo(before);
    assertThat(Files.readString(rejects)).contains("MARS-EO99999");
  }

  @Test
  void allowedRejectsAreWrittenAndTheRestLoads() throws Exception {
    Path rejects = dir.resolve("rejects.csv");
    SanctionsImportReport report =
        importer.run(
            List.of(un("un-consolidated-odd-date.xml")),
            "test",
            1,
            RejectsFile.at(rejects),
            Progress.NONE);
    assertThat(report.entriesAdded()).isEqualTo(8);
    assertThat(report.rejectsFile()).isEqualTo(rejects);
    assertThat(Files.readAllLines(rejects))
        .hasSize(2)
        .last()
        .asString()
        .contains("11,INDIVIDUAL/LISTED_ON,16/07/2009");
    assertThat(consistent(store)).isTrue();
  }

  private static final LocalDate MOF_DAY = LocalDate.of(2026, 8, 28);

  private static SanctionsFile mofExcerpt() {
    return SanctionsFile.mof(
        SourceFile.of(Fixtures.bundled("sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz")),
        MOF_DAY);
  }

  /** The bundled MOF excerpt with one edit, as an uncompressed file named like the ministry's. */
  private static SanctionsFile mofEdited(String from, String to) throws Exception {
    byte[] raw;
    try (var in =
        new java.util.zip.GZIPInputStream(
            Files.newInputStream(
                Fixtures.bundled("sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz")))) {
      raw = in.readAllBytes();
    }
    String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    return SanctionsFile.mof(
        new SourceFile(
            "shisantouketsu20260828.csv",
            text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        MOF_DAY);
  }

  @Test
  void theMofListLoadsWithItsNoticeDates() throws Exception {
    SanctionsImportReport report = run(List.of(mofExcerpt()), 0);
    assertThat(report.entriesAdded()).isEqualTo(15);
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), min(listed_on), max(listed_on) FROM sanction_entries e"
                    + " JOIN sanction_lists l USING (source_id) WHERE l.list = 'MOF'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(15);
      assertThat(rs.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2002, 3, 1));
      assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2023, 5, 26));
    }
    assertThat(consistent(store)).isTrue();
  }

  @Test
  void aMofRecordWithoutADateImportsNothingFromAnyFile() throws Exception {
    List<Long> before = snapshot(store);
    SanctionsFile undated = mofEdited("1,001-000003,2002.3.1,", "1,001-000003,,");
    assertThatThrownBy(() -> run(List.of(un("un-consolidated-2026-02-27-sample.xml"), undated), 0))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("nothing was imported")
        .hasMessageContaining("shisantouketsu20260828.csv:4: column 告示日付");
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void anUnknownMofCategoryImportsNothing() throws Exception {
    List<Long> before = snapshot(store);
    SanctionsFile unknown = mofEdited("28,028-000175,", "35,028-000175,");
    assertThatThrownBy(() -> run(List.of(unknown), 0))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("shisantouketsu20260828.csv:14: column 区分: '35'");
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void anotherListGivenAsTheMofListImportsNothing() throws Exception {
    List<Long> before = snapshot(store);
    SanctionsFile wrong =
        SanctionsFile.mof(Fixtures.file("sanctions/sdn-2024-05-03-sample.csv"), MOF_DAY);
    assertThatThrownBy(() -> run(List.of(un("un-consolidated-2026-02-27-sample.xml"), wrong), 1000))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "sdn-2024-05-03-sample.csv: cannot be read to its end: not the"
                + " Ministry of Finance list")
        .hasMessageContaining("nothing was imported");
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void aBrokenFileImportsNothingEvenBesideAGoodOne() throws Exception {
    List<Long> before = snapshot(store);
    assertThatThrownBy(
            () ->
                run(
                    List.of(sdn("sdn-2024-05-03-sample.csv"), un("un-consolidated-malformed.xml")),
                    1000))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("malformed XML at line 88")
        .hasMessageContaining("nothing was imported");
    assertThat(snapshot(store)).isEqualTo(before);
  }

  @Test
  void queriesReadTheLatestSnapshotOfEachList() throws Exception {
    run(
        List.of(
            SanctionsFile.ofac(
                Fixtures.file("sanctions/sdn-2021-08-20-sample.csv"), LocalDate.of(2021, 8, 20))),
        0);
    assertThat(new SanctionsQueries(store).entries())
        .extracting(SanctionsQueries.Entry::entryId)
        .contains("7480");
    run(GOOD, 0);
    List<SanctionsQueries.Entry> entries = new SanctionsQueries(store).entries();
    assertThat(entries)
        .hasSize(20)
        .extracting(SanctionsQueries.Entry::entryId)
        .doesNotContain("7480");
    // The older snapshot stays in the store as imported.
    assertThat(snapshot(store).get(0)).isEqualTo(3);
  }

  @Test
  void anotherFileForTheSameListAndDayIsRejected() throws Exception {
    run(GOOD, 0);
    List<Long> before = snapshot(store);
    SourceFile other =
        new SourceFile(
            "sdn-copy.csv",
            new String(
                    Fixtures.file("sanctions/sdn-2024-05-03-sample.csv").bytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("GRACEFUL", "GRACELESS")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> run(List.of(SanctionsFile.ofac(other, SDN_DAY)), 0))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("already has the OFAC list of 2024-05-03");
    assertThat(snapshot(store)).isEqualTo(before);
  }

  /**
   * Cuts and byte flips at random (seeded): each damaged copy is refused, with the store as it was,
   * or loads with every entry accounted for.
   */
  @Test
  void damagedFilesAreRefusedOrLoadWhole() throws Exception {
    Random random = new Random(20261127L);
    byte[] xml = Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml").bytes();
    byte[] csv = Fixtures.file("sanctions/sdn-2024-05-03-sample.csv").bytes();
    int refused = 0;
    for (int trial = 0; trial < 30; trial++) {
      boolean isXml = trial % 2 == 0;
      byte[] bytes = isXml ? xml : csv;
      byte[] damaged;
      if (trial % 3 == 0) {
        damaged = bytes.clone();
        damaged[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(7));
      } else {
        damaged = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 2));
      }
      SourceFile file = new SourceFile("trial-" + trial + (isXml ? ".xml" : ".csv"), damaged);
      SanctionsFile input =
          isXml ? SanctionsFile.un(file) : SanctionsFile.ofac(file, SDN_DAY.plusDays(trial));
      List<Long> before = snapshot(store);
      try {
        SanctionsImportReport report = run(List.of(input), 1000);
        assertThat(consistent(store)).as("trial " + trial).isTrue();
        assertThat(report.entriesAdded() + report.rejects().size())
            .as("trial " + trial + ": every entry loaded or rejected")
            .isGreaterThan(0);
      } catch (StoreException | ImportRejectedException | IllegalArgumentException e) {
        refused++;
        assertThat(snapshot(store)).as("trial " + trial + ": " + e.getMessage()).isEqualTo(before);
      }
    }
    // Every cut of the SDN file loses its end-of-file mark; every cut of the XML its end tags.
    assertThat(refused).isGreaterThanOrEqualTo(20);
  }
}
