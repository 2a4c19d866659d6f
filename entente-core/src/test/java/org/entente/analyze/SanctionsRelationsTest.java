package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsList;
import org.entente.store.SanctionsQueries.Entry;
import org.junit.jupiter.api.Test;

/** Hand-computed cases: every count below can be checked against the entries listed here. */
class SanctionsRelationsTest {

  private static final LocalDate UN_DAY = LocalDate.of(2026, 2, 27);
  private static final LocalDate SDN_DAY = LocalDate.of(2024, 5, 3);

  private static Entry un(String id, LocalDate listed, String... codes) {
    return new Entry(
        SanctionsList.UN,
        id,
        "individual",
        id,
        listed,
        List.of(codes),
        List.of(),
        null,
        "un.xml",
        1,
        "INDIVIDUAL",
        UN_DAY);
  }

  private static Entry sdn(String id, String... codes) {
    return new Entry(
        SanctionsList.OFAC,
        id,
        "entity",
        id,
        null,
        List.of(codes),
        List.of(),
        null,
        "sdn.csv",
        1,
        "",
        SDN_DAY);
  }

  private static final List<Entry> ENTRIES =
      List.of(
          un("KPi.001", LocalDate.of(2009, 7, 16), "DPRK"),
          un("KPi.066", LocalDate.of(2017, 12, 22), "DPRK"),
          // DPRK (2008) and DPRK3 (2016): one designation, counted once.
          sdn("1", "DPRK", "DPRK3"),
          sdn("2", "DPRK4"), // 2017
          sdn("3", "SDGT"), // thematic: no state
          sdn("4", "SYRIA"), // 2004, ended 2025-06-30
          sdn("5", "RUSSIA-EO14024", "SDGT")); // 2021

  private final SanctionsRelations relations =
      new SanctionsRelations(ENTRIES, SanctionsPrograms.bundled());

  @Test
  void nothingBeforeAnyProgrammeWasInForce() {
    assertThat(relations.relations("USA", "PRK", 2005)).isEmpty();
  }

  @Test
  void aUnRegimeCountsFromItsResolutionEvenBeforeItsFirstDesignation() {
    List<SanctionsRelation> r = relations.relations("CHN", "PRK", 2006);
    assertThat(r)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.label()).isEqualTo("UN>PRK");
              assertThat(x.programs()).containsExactly("UN-SC1718");
              assertThat(x.designations()).isZero();
              assertThat(x.asOf()).isEqualTo(UN_DAY);
            });
    assertThat(relations.relations("CHN", "PRK", 2009).get(0).designations()).isEqualTo(1);
    assertThat(relations.relations("CHN", "PRK", 2017).get(0).designations()).isEqualTo(2);
  }

  @Test
  void undatedDesignationsCountOnceTheirProgrammeIsInForce() {
    SanctionsRelation y2010 = relations.relations("USA", "PRK", 2010).get(0);
    assertThat(y2010.label()).isEqualTo("USA>PRK");
    assertThat(y2010.programs()).containsExactly("DPRK");
    assertThat(y2010.designations()).isEqualTo(1);
    assertThat(y2010.undated()).isEqualTo(1);
    SanctionsRelation y2017 = relations.relations("PRK", "USA", 2017).get(0);
    assertThat(y2017.programs()).containsExactly("DPRK", "DPRK3", "DPRK4");
    assertThat(y2017.designations()).isEqualTo(2);
  }

  @Test
  void statesComeBeforeTheUnAndTheColumnJoinsThem() {
    List<SanctionsRelation> r = relations.relations("USA", "PRK", 2024);
    assertThat(r).extracting(SanctionsRelation::label).containsExactly("USA>PRK", "UN>PRK");
    assertThat(SanctionsRelation.column(r)).isEqualTo("USA>PRK;UN>PRK");
    assertThat(SanctionsRelation.column(relations.relations("CHN", "RUS", 2024))).isEmpty();
  }

  @Test
  void aStatesProgrammeAppearsOnlyBetweenThatStateAndItsTarget() {
    assertThat(SanctionsRelation.column(relations.relations("CHN", "PRK", 2024)))
        .isEqualTo("UN>PRK");
    assertThat(SanctionsRelation.column(relations.relations("USA", "RUS", 2020))).isEmpty();
    assertThat(SanctionsRelation.column(relations.relations("USA", "RUS", 2021)))
        .isEqualTo("USA>RUS");
  }

  @Test
  void anEndedProgrammeStopsAndLaterYearsCarryTheSnapshotForward() {
    assertThat(relations.relations("USA", "SYR", 2025)).hasSize(1);
    assertThat(relations.relations("USA", "SYR", 2026)).isEmpty();
    SanctionsRelation y2026 = relations.relations("USA", "PRK", 2026).get(0);
    assertThat(y2026.beyondSnapshot()).isTrue();
    assertThat(y2026.asOf()).isEqualTo(SDN_DAY);
    assertThat(relations.relations("USA", "PRK", 2024).get(0).beyondSnapshot()).isFalse();
  }

  @Test
  void allRelationsOfAYear() {
    assertThat(relations.all(2024))
        .extracting(SanctionsRelation::label)
        .containsExactly("USA>PRK", "USA>RUS", "USA>SYR", "UN>PRK");
  }
}
