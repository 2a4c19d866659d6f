package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CowCodes;
import org.entente.domain.Dyad;
import org.entente.domain.IgoJointMembership;
import org.entente.domain.MidDyadYear;
import org.entente.ingest.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled Correlates of War data in a store: exactly the rows and rejects that a plain count of
 * the raw files gives, known disputes and IGO counts as the raw lines have them, and loading again
 * changes nothing.
 */
class BundledConflictIT {

  private static final String MID = "cow-mid5-dyad-years-1946-2014.csv.gz";
  private static final String IGO = "cow-igo-joint-memberships-1946-2014.csv.gz";

  /** COW codes of the files with no ISO-3 code: the Republic of Vietnam and Kosovo. */
  private static final Set<String> NO_ISO = Set.of("817", "347");

  @TempDir static Path dir;
  private static Store store;
  private static List<String[]> mid;
  private static List<String[]> igo;

  @BeforeAll
  static void load() throws IOException {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    assertThat(BundledConflict.ensureLoaded(store, Progress.NONE)).isTrue();
    mid = rawRows(MID);
    igo = rawRows(IGO);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** A raw file's data lines, split on commas, read without Entente's readers. */
  private static List<String[]> rawRows(String name) throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("conflict/" + name)))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      return Arrays.stream(lines).skip(1).map(l -> l.split(",")).toList();
    }
  }

  private static long withoutIso(List<String[]> rows, int c1, int c2) {
    return rows.stream().filter(r -> NO_ISO.contains(r[c1]) || NO_ISO.contains(r[c2])).count();
  }

  private static StoreSummary.Source source(String name) {
    return StoreSummary.of(store).sources().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyRowLoadsButThoseOfStatesWithoutAnIsoCode() {
    assertThat(mid).hasSize(6_374);
    assertThat(igo).hasSize(797_509);
    long midNoIso = withoutIso(mid, 1, 2);
    long igoNoIso = withoutIso(igo, 0, 1);
    assertThat(midNoIso).isEqualTo(BundledConflict.MID_REJECTS).isEqualTo(86);
    assertThat(igoNoIso).isEqualTo(BundledConflict.IGO_REJECTS).isEqualTo(3_928);
    assertThat(source(MID).rows()).isEqualTo(mid.size() - midNoIso);
    assertThat(source(MID).rejects()).isEqualTo(midNoIso);
    assertThat(source(IGO).rows()).isEqualTo(igo.size() - igoNoIso);
    assertThat(source(IGO).rejects()).isEqualTo(igoNoIso);
    assertThat(source(IGO).kind()).isEqualTo("bundled");
  }

  /** Kargil, 1999: the raw line (found here by a plain search) and the stored row agree. */
  @Test
  void indiaAndPakistanHadAMilitarizedDisputeIn1999() {
    List<String[]> raw =
        mid.stream()
            .filter(r -> r[1].equals("750") && r[2].equals("770") && r[3].equals("1999"))
            .toList();
    assertThat(raw).hasSize(1);
    List<MidDyadYear> rows = new ConflictQueries(store).midYears(Dyad.of("PAK", "IND"), 1999, 1999);
    assertThat(rows).hasSize(1);
    MidDyadYear kargil = rows.get(0);
    assertThat(kargil.a()).isEqualTo("IND");
    assertThat(kargil.dispnum()).isEqualTo(Integer.parseInt(raw.get(0)[0]));
    assertThat(kargil.hiact1()).isEqualTo(Integer.parseInt(raw.get(0)[8]));
    assertThat(kargil.hostlev()).isEqualTo(4);
  }

  /** USA–USSR/Russia: the years with a dispute 1946–1989, as a plain scan of the raw file finds. */
  @Test
  void theColdWarDisputesOfTheUnitedStatesAndTheSovietUnion() {
    Set<Integer> raw = new TreeSet<>();
    for (String[] r : mid) {
      int year = Integer.parseInt(r[3]);
      if (r[1].equals("2") && r[2].equals("365") && year <= 1989) {
        raw.add(year);
      }
    }
    List<Integer> stored =
        new ConflictQueries(store)
            .midYears(Dyad.of("USA", "RUS"), 1946, 1989).stream().map(MidDyadYear::year).toList();
    assertThat(stored).isEqualTo(List.copyOf(raw)).hasSizeGreaterThan(25);
    // seen from RUS, the dyad's first state: COW 365 is ccode1
    assertThat(new ConflictQueries(store).midYears(Dyad.of("USA", "RUS"), 1962, 1962))
        .singleElement()
        .satisfies(r -> assertThat(r.ccode1()).isEqualTo(365));
  }

  /** A pair's joint IGO count in a year is the raw row's, whichever order the ISO codes sort. */
  @Test
  void aJointIgoCountIsTheRawRow() {
    ConflictQueries queries = new ConflictQueries(store);
    for (String[] pair :
        List.of(
            new String[] {"2", "710", "USA", "CHN", "2000"},
            new String[] {"2", "20", "USA", "CAN", "1949"},
            new String[] {"710", "740", "CHN", "JPN", "1985"})) {
      String[] raw =
          igo.stream()
              .filter(r -> r[0].equals(pair[0]) && r[1].equals(pair[1]) && r[2].equals(pair[4]))
              .findFirst()
              .orElseThrow();
      int year = Integer.parseInt(pair[4]);
      assertThat(queries.igoCounts(Dyad.of(pair[2], pair[3]), year, year))
          .singleElement()
          .satisfies(r -> assertThat(r.igos()).isEqualTo(Integer.parseInt(raw[3])));
    }
  }

  /** The bulk queries give each pair what the one-pair queries give it. */
  @Test
  void amongGivesEachPairItsOwnRows() {
    List<String> states = List.of("USA", "RUS", "CHN", "IND", "PAK", "GBR");
    ConflictQueries queries = new ConflictQueries(store);
    Map<Dyad, List<MidDyadYear>> mids = queries.midYearsAmong(states, 1946, 2014);
    Map<Dyad, List<IgoJointMembership>> igos = queries.igoCountsAmong(states, 1990, 2000);
    for (Dyad dyad : Dyad.pairsOf(states)) {
      assertThat(mids.getOrDefault(dyad, List.of())).isEqualTo(queries.midYears(dyad, 1946, 2014));
      assertThat(igos.getOrDefault(dyad, List.of())).isEqualTo(queries.igoCounts(dyad, 1990, 2000));
    }
    assertThat(igos.get(Dyad.of("USA", "GBR"))).hasSize(11);
  }

  @Test
  void loadingAgainChangesNothing() throws Exception {
    List<Long> before = snapshot();
    assertThat(BundledConflict.isLoaded(store)).isTrue();
    assertThat(BundledConflict.ensureLoaded(store, Progress.NONE)).isFalse();
    assertThat(
            new MidDyadYearImport(store, CowCodes.bundled())
                .run(BundledConflict.midFile(), "bundled", 0, null, Progress.NONE)
                .alreadyLoaded())
        .isTrue();
    assertThat(
            new IgoJointMembershipImport(store, CowCodes.bundled())
                .run(BundledConflict.igoFile(), "bundled", 0, null, Progress.NONE)
                .alreadyLoaded())
        .isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  private static List<Long> snapshot() throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM mid_dyad_years), (SELECT count(*) FROM"
                    + " igo_joint_memberships), (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(hash(a, b, year, dispnum, ccode1, ccode2, onset, ongoing,"
                    + "   sidea1, sidea2, hiact1, hiact2, hostlev1, hostlev2, fatality, hostlev, recip,"
                    + "   stmon, mindur, maxdur, source_id, line)), 0) FROM mid_dyad_years),"
                    + " (SELECT coalesce(sum(hash(a, b, year, ccode1, ccode2, igos, source_id,"
                    + "   line)), 0) FROM igo_joint_memberships)")) {
      rs.next();
      List<Long> values = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        values.add(rs.getLong(i));
      }
      return values;
    }
  }
}
