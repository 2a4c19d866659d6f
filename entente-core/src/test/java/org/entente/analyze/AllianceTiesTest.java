package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.entente.Fixtures;
import org.entente.analyze.ObligationYear.Basis;
import org.entente.analyze.ObligationYear.Evidence;
import org.entente.analyze.ObligationYear.Role;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.PartialDate;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;
import org.entente.store.AllianceQueries;
import org.entente.store.AtopImport;
import org.entente.store.Store;
import org.entente.store.TreatyImport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@link AllianceTies} on the real ATOP rows of the fixture extract and the bundled
 * treaty records. Expected values are the treaties' facts (data/treaties/README.md), not the code's
 * output. {@code AllianceTiesIT} checks the same on the whole bundled data.
 */
class AllianceTiesTest {

  @TempDir static Path dir;
  private static Store store;
  private static AllianceTies ties;

  private static final Obligations DEFENSE_NONAGG =
      new Obligations(true, false, false, true, false);
  private static final Obligations CONSUL = new Obligations(false, false, false, false, true);
  private static final Obligations DEFENSE_CONSUL =
      new Obligations(true, false, false, false, true);

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("ties.duckdb"), "512MB");
    new AtopImport(store, CowCodes.bundled())
        .run(
            new SourceFile(
                "atop_ddyr_extract.csv", Fixtures.file("atop/atop_ddyr_extract.csv").bytes()),
            "test",
            3,
            null,
            Progress.NONE);
    new TreatyImport(store, CountryCodes.bundled())
        .run(
            new SourceFile(
                "treaties.csv", SourceFile.of(Fixtures.bundled("treaties/treaties.csv")).bytes()),
            "test",
            0,
            null,
            Progress.NONE);
    ties = new AllianceTies(new AllianceQueries(store));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static ObligationYear year(List<ObligationYear> years, int year) {
    return years.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
  }

  private static List<String> ids(ObligationYear year, Role role) {
    return year.evidence().stream()
        .filter(e -> e.role() == role)
        .map(Evidence::record)
        .map(r -> r instanceof TreatyRecord t ? t.id() : "line " + r.line())
        .toList();
  }

  @Test
  void russiaNorthKoreaFollowTheRecords() {
    List<ObligationYear> years = ties.obligations("RUS", "PRK", 1958, 2026);
    assertThat(years).hasSize(2026 - 1958 + 1);
    for (ObligationYear y : years) {
      Obligations expected =
          y.year() < 1961
              ? Obligations.NONE
              : y.year() <= 1996
                  ? DEFENSE_NONAGG
                  : y.year() <= 1999
                      ? Obligations.NONE
                      : y.year() <= 2023 ? CONSUL : DEFENSE_CONSUL;
      assertThat(y.obligations()).as("RUS–PRK " + y.year()).isEqualTo(expected);
      assertThat(y.dyad()).isEqualTo(Dyad.of("PRK", "RUS"));
    }
    assertThat(year(years, 1960).basis()).isEqualTo(Basis.NONE);
    assertThat(ids(year(years, 1996), Role.IN_FORCE)).containsExactly("rus-prk-1961");
    // ATOP codes the same treaty in 1996: both directions, set aside by the record.
    assertThat(ids(year(years, 1996), Role.SET_ASIDE)).containsExactly("line 282", "line 488");
    assertThat(year(years, 1998).basis()).isEqualTo(Basis.NONE);
    assertThat(ids(year(years, 2000), Role.IN_FORCE)).containsExactly("rus-prk-2000");
    // After ATOP's last year the standing treaty continues ATOP's rows of 2018 (lines 301, 507).
    assertThat(ids(year(years, 2019), Role.IN_FORCE)).containsExactly("rus-prk-2000");
    assertThat(ids(year(years, 2019), Role.CARRIED_FORWARD))
        .containsExactly("line 301", "line 507");
    // 2024: the treaty of 2000 until 4 December, the treaty of 2024 from that day.
    assertThat(ids(year(years, 2024), Role.IN_FORCE))
        .containsExactly("rus-prk-2000", "rus-prk-2024");
    assertThat(ids(year(years, 2025), Role.IN_FORCE)).containsExactly("rus-prk-2024");
    assertThat(ids(year(years, 2025), Role.CARRIED_FORWARD)).isEmpty();
  }

  @Test
  void chinaNorthKoreaDefenceEveryYearFrom1961() {
    List<ObligationYear> years = ties.obligations("PRK", "CHN", 1960, 2026);
    assertThat(year(years, 1960).obligations()).isEqualTo(Obligations.NONE);
    IntStream.rangeClosed(1961, 2026)
        .forEach(
            y -> {
              ObligationYear value = year(years, y);
              assertThat(value.obligations().defense()).as("CHN–PRK defence " + y).isTrue();
              assertThat(value.inForce())
                  .extracting(TieRecord::citation)
                  .singleElement()
                  .asString()
                  .startsWith("treaty chn-prk-1961 (treaties.csv line 2): Text: Peking Review");
            });
  }

  @Test
  void usJapanFromAtopThenFromTheTreatyOf1960() {
    List<ObligationYear> years = ties.obligations("USA", "JPN", 1950, 2026);
    ObligationYear y1955 = year(years, 1955);
    // ATOP 1955 (original lines 4696 and its mirror): the Security Treaty of 1951.
    assertThat(y1955.basis()).isEqualTo(Basis.ATOP);
    assertThat(y1955.obligations()).isEqualTo(new Obligations(true, false, false, false, true));
    assertThat(year(years, 1950).basis()).isEqualTo(Basis.NONE);
    for (int y = 1960; y <= 2026; y++) {
      assertThat(year(years, y).basis()).as("USA–JPN " + y).isEqualTo(Basis.TREATY);
      assertThat(year(years, y).obligations())
          .isEqualTo(new Obligations(true, false, false, true, true));
    }
  }

  @Test
  void chinaUsHasNoObligationAfterAtopEnds() {
    List<ObligationYear> years = ties.obligations("CHN", "USA", 2019, 2026);
    assertThat(years).allSatisfy(y -> assertThat(y.basis()).isEqualTo(Basis.NONE));
  }

  @Test
  void recordsInForceOnADay() {
    List<TieRecord> chnPrk = ties.inForce("CHN", "PRK", LocalDate.of(2023, 9, 13));
    assertThat(chnPrk).singleElement().isInstanceOf(TreatyRecord.class);
    TreatyRecord treaty = (TreatyRecord) chnPrk.get(0);
    assertThat(treaty.id()).isEqualTo("chn-prk-1961");
    assertThat(treaty.source()).contains("marxists.org/subject/china/peking-review/1961");

    // In 1990 the Soviet treaty, and ATOP's rows of the year in both directions.
    assertThat(ties.inForce("RUS", "PRK", LocalDate.of(1990, 6, 1)))
        .extracting(r -> r instanceof TreatyRecord t ? t.id() : "line " + r.line())
        .containsExactly("rus-prk-1961", "line 276", "line 482");
    assertThat(ties.inForce("RUS", "PRK", LocalDate.of(1998, 1, 1))).isEmpty();
    assertThat(ties.inForce("RUS", "PRK", LocalDate.of(2024, 12, 3)))
        .extracting(r -> ((TreatyRecord) r).id())
        .containsExactly("rus-prk-2000");
    assertThat(ties.inForce("RUS", "PRK", LocalDate.of(2024, 12, 4)))
        .extracting(r -> ((TreatyRecord) r).id())
        .containsExactly("rus-prk-2024");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> ties.obligations("Russia", "PRK", 2000, 2001))
        .hasMessageContaining("expected an ISO-3 code such as CHN or PRK, got 'Russia'");
    assertThatThrownBy(() -> ties.obligations("PRK", "PRK", 2000, 2001))
        .hasMessageContaining("PRK twice");
    assertThatThrownBy(() -> ties.obligations("RUS", "PRK", 2001, 2000))
        .hasMessageContaining("fromYear 2001 must not be after toYear 2000");
  }

  /** The rules alone, on made-up rows: a record wins even where ATOP has more. */
  @Test
  void aRecordWinsOverAtopWhereTheyOverlap() {
    Dyad dyad = Dyad.of("AAA", "BBB");
    AtopRow atop =
        new AtopRow(
            "AAA", "BBB", 2010, 1, 2, new Obligations(true, true, true, true, true), "f", 9);
    TreatyRecord record =
        new TreatyRecord(
            "aaa-bbb-2005",
            "A treaty",
            List.of("AAA", "BBB"),
            PartialDate.parse("2005"),
            PartialDate.parse("2010-06-01"),
            null,
            CONSUL,
            "a source",
            "",
            "t",
            2);
    List<ObligationYear> years =
        AllianceTies.combine(
            dyad, List.of(atop), List.of(record), OptionalInt.of(2018), 2009, 2010);
    assertThat(year(years, 2009).basis()).isEqualTo(Basis.NONE);
    assertThat(year(years, 2010).obligations()).isEqualTo(CONSUL);
    assertThat(year(years, 2010).evidence())
        .containsExactly(new Evidence(Role.IN_FORCE, record), new Evidence(Role.SET_ASIDE, atop));
    // Without ATOP data, only records count; nothing is carried forward.
    List<ObligationYear> noAtop =
        AllianceTies.combine(dyad, List.of(), List.of(record), OptionalInt.empty(), 2019, 2019);
    assertThat(noAtop.get(0).evidence()).containsExactly(new Evidence(Role.IN_FORCE, record));
  }
}
