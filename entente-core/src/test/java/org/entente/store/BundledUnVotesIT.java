package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled data in a store: sessions 75–80 hold exactly the roll calls and votes that an
 * independent count of the raw UN files gives, a store of the first release is brought up to date,
 * and a UN extract of a session Voeten's data already has adds nothing.
 */
class BundledUnVotesIT {

  @TempDir static Path dir;
  private static Store store;

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), Progress.NONE);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /**
   * Counted by a separate Python script over the raw {@code data/unvotes-undl/*.json.gz}:
   * resolutions adopted by recorded vote with member lists, each symbol once, each state once per
   * resolution; emergency-session votes in the regular session running on their date.
   */
  private static final Map<Integer, long[]> INDEPENDENT_COUNTS = new LinkedHashMap<>();

  static {
    INDEPENDENT_COUNTS.put(75, new long[] {99, 17_414});
    INDEPENDENT_COUNTS.put(76, new long[] {83, 14_798});
    INDEPENDENT_COUNTS.put(77, new long[] {91, 15_687});
    INDEPENDENT_COUNTS.put(78, new long[] {87, 15_324});
    INDEPENDENT_COUNTS.put(79, new long[] {114, 19_834});
    INDEPENDENT_COUNTS.put(80, new long[] {166, 29_168});
  }

  @Test
  void sessions75To80HoldWhatAnIndependentCountOfTheRawFilesGives() throws Exception {
    Map<Integer, long[]> stored = new LinkedHashMap<>();
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT r.session, count(DISTINCT r.rcid), count(v.rcid) FROM roll_calls r"
                    + " LEFT JOIN votes v USING (rcid) WHERE r.session >= 75"
                    + " GROUP BY r.session ORDER BY r.session")) {
      while (rs.next()) {
        stored.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    assertThat(stored).containsOnlyKeys(INDEPENDENT_COUNTS.keySet());
    INDEPENDENT_COUNTS.forEach(
        (session, counts) ->
            assertThat(stored.get(session)).as("session " + session).containsExactly(counts));
    StoreSummary summary = StoreSummary.of(store);
    assertThat(summary.rollCalls()).isEqualTo(6_203 + 640);
    assertThat(summary.votes()).isEqualTo(870_109 + 112_225);
    assertThat(summary.lastSession()).isEqualTo(80);
  }

  /** The UN's published tally of A/RES/ES-11/1 (2022-03-02), as stored. */
  @Test
  void aggressionAgainstUkraineIsStoredWithItsTallyAndReferences() throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT r.session, r.date, count(*) FILTER (WHERE v.vote = 1),"
                    + " count(*) FILTER (WHERE v.vote = 3), count(*) FILTER (WHERE v.vote = 2),"
                    + " string_agg(v.country, ',' ORDER BY v.country) FILTER (WHERE v.vote = 3),"
                    + " bool_or(v.country = 'CHN' AND v.vote = 2), d.meeting_record, d.draft,"
                    + " len(d.subjects), s.name"
                    + " FROM roll_calls r JOIN votes v USING (rcid)"
                    + " JOIN resolution_records d USING (rcid) JOIN sources s ON s.source_id = r.source_id"
                    + " WHERE r.resolution = 'A/RES/ES-11/1'"
                    + " GROUP BY r.session, r.date, d.meeting_record, d.draft, d.subjects, s.name")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(76);
      assertThat(rs.getString(2)).isEqualTo("2022-03-02");
      assertThat(List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5)))
          .containsExactly(141L, 5L, 35L);
      assertThat(rs.getString(6)).isEqualTo("BLR,ERI,PRK,RUS,SYR");
      assertThat(rs.getBoolean(7)).as("China abstained").isTrue();
      assertThat(rs.getString(8)).isEqualTo("A/ES-11/PV.5");
      assertThat(rs.getString(9)).startsWith("A/ES-11/L.1");
      assertThat(rs.getInt(10)).isPositive();
      assertThat(rs.getString(11)).isEqualTo("ES-11.json.gz");
    }
  }

  /**
   * A store the first release loaded (Voeten's sessions 1–74 and its session-75 files, five states'
   * votes inferred) takes the new files on its next use; the old session 75 is gone, and the store
   * then equals one loaded from scratch.
   */
  @Test
  void aStoreOfTheFirstReleaseIsBroughtUpToDate() throws Exception {
    try (Store old = Store.open(dir.resolve("release-1.duckdb"), "1GB")) {
      UnVotesImport importer = new UnVotesImport(old, CountryCodes.bundled());
      importer.run(
          new UnVotesFiles(
              BundledUnVotes.file("/org/entente/data/unvotes/", "un_roll_calls.csv.gz"),
              BundledUnVotes.file("/org/entente/data/unvotes/", "un_roll_call_issues.csv.gz"),
              BundledUnVotes.file("/org/entente/data/unvotes/", "un_votes.csv.gz")),
          "bundled",
          0,
          null,
          Progress.NONE);
      importer.run(
          new UnVotesFiles(
              Fixtures.file("unvotes-release-1/unga_session75_2020_roll_calls.csv.gz"),
              null,
              Fixtures.file("unvotes-release-1/unga_session75_2020_votes.csv.gz")),
          "bundled",
          0,
          null,
          Progress.NONE);
      assertThat(StoreSummary.of(old).votes()).isEqualTo(870_109 + 16_985);
      assertThat(BundledUnVotes.isLoaded(old)).isFalse();

      assertThat(BundledUnVotes.ensureLoaded(old, CountryCodes.bundled(), Progress.NONE)).isTrue();

      assertThat(StoreSnapshot.consistent(old)).isTrue();
      assertThat(StoreSummary.of(old).sources())
          .extracting(StoreSummary.Source::name)
          .noneMatch(name -> name.startsWith("unga_session75"));
      assertThat(StoreSnapshot.of(old).subList(0, 3))
          .isEqualTo(StoreSnapshot.of(store).subList(0, 3));
      assertThat(StoreSnapshot.of(old).get(4)).isEqualTo(StoreSnapshot.of(store).get(4));
    }
  }

  /** Session 74 from the UN's extract: every resolution is already there from Voeten's data. */
  @Test
  void anExtractOfASessionVoetenHasAddsNothing() throws Exception {
    List<Long> before = StoreSnapshot.of(store);
    ImportReport report =
        new UnVotesImport(store, CountryCodes.bundled())
            .run(
                UnVotesFiles.extracts(List.of(Fixtures.file("unvotes-undl/74.json.gz"))),
                "test",
                0,
                null,
                Progress.NONE);
    assertThat(report.rollCallsAdded()).isZero();
    assertThat(report.votesAdded()).isZero();
    assertThat(report.notes())
        .anySatisfy(note -> assertThat(note).startsWith("90 resolution(s) already in the store"));
    List<Long> after = StoreSnapshot.of(store);
    assertThat(after.subList(0, 3)).isEqualTo(before.subList(0, 3));
    assertThat(after.get(4)).isEqualTo(before.get(4));
  }
}
