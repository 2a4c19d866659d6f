package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.code.EuMembers;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsRegime;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.SanctionsRegimeReader;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.Test;

/** The regime table in the sanctions relation: direction, the EU's members, counter-sanctions. */
class SanctionsRegimeRelationsTest {

  private static final List<SanctionsRegime> REGIMES =
      new SanctionsRegimeReader(CountryCodes.bundled())
          .read(
              SourceFile.of(Fixtures.bundled("sanctions-regimes/regimes.csv")),
              new Rejects(),
              Progress.NONE);

  private final SanctionsRelations relations =
      new SanctionsRelations(List.of(), REGIMES, SanctionsPrograms.bundled(), EuMembers.bundled());

  private String column(String a, String b, int year) {
    return SanctionsRelation.column(relations.relations(a, b, year));
  }

  @Test
  void japanAndRussiaFrom2014OneWayThenBothWaysFrom2022() {
    assertThat(column("JPN", "RUS", 2013)).isEmpty();
    assertThat(column("JPN", "RUS", 2014)).isEqualTo("JPN>RUS");
    assertThat(column("RUS", "JPN", 2022)).isEqualTo("JPN>RUS;RUS>JPN");
    SanctionsRelation russia = relations.relations("JPN", "RUS", 2022).get(1);
    assertThat(russia.countermeasure()).isTrue();
    assertThat(russia.againstState()).isTrue();
    assertThat(russia.regimes())
        .extracting(SanctionsRegime::id)
        .contains("rus-usa-2022-unfriendly");
    assertThat(russia.programs()).isEmpty();
    assertThat(russia.asOf()).isNull();
  }

  @Test
  void koreaOnRussiaFrom2022() {
    assertThat(column("KOR", "RUS", 2021)).isEmpty();
    SanctionsRelation korea = relations.relations("KOR", "RUS", 2022).get(0);
    assertThat(korea.label()).isEqualTo("KOR>RUS");
    assertThat(korea.regimes()).extracting(SanctionsRegime::id).contains("kor-rus-2022-02");
  }

  @Test
  void theEusRegimesStandBetweenEachMemberAndTheTarget() {
    // Germany a founder, Croatia a member from 2013-07-01, the UK bound to 2020-12-31.
    assertThat(column("DEU", "RUS", 2013)).isEmpty();
    // Russia's food embargo of 2014-08-06 answered the EU's measures of that year.
    assertThat(column("DEU", "RUS", 2014)).isEqualTo("EU>RUS;RUS>DEU");
    assertThat(column("HRV", "RUS", 2022)).isEqualTo("EU>RUS;RUS>HRV");
    assertThat(column("GBR", "RUS", 2019)).startsWith("EU>RUS");
    assertThat(column("GBR", "RUS", 2022)).isEqualTo("GBR>RUS;RUS>GBR");
    // Not a member: no EU relation for Japan, and none between two members.
    assertThat(column("JPN", "RUS", 2022)).doesNotContain("EU");
    assertThat(column("DEU", "FRA", 2022)).isEmpty();
    assertThat(relations.relations("DEU", "RUS", 2014).get(0).regimes())
        .extracting(SanctionsRegime::id)
        .contains("eu-rus-2014-assets", "eu-rus-2014-sectoral");
  }

  @Test
  void chinasCountermeasuresOnTheUnitedStatesFrom2020() {
    assertThat(column("CHN", "USA", 2019)).isEmpty();
    SanctionsRelation china = relations.relations("USA", "CHN", 2020).get(0);
    assertThat(china.label()).isEqualTo("CHN>USA");
    assertThat(china.countermeasure()).isTrue();
    // Persons and firms named, the state itself not: targeted.
    assertThat(china.againstState()).isFalse();
  }

  @Test
  void japanOnNorthKoreaFrom2006() {
    assertThat(column("JPN", "PRK", 2005)).isEmpty();
    assertThat(column("JPN", "PRK", 2006)).isEqualTo("JPN>PRK");
    assertThat(relations.relations("JPN", "PRK", 2010).get(0).regimes())
        .extracting(SanctionsRegime::id)
        .contains("jpn-prk-2006-07", "jpn-prk-2006-10", "jpn-prk-2009-06");
  }

  @Test
  void onADayOnlyTheRecordsSurelyInForce() {
    SanctionsRegime japan2022 =
        REGIMES.stream().filter(r -> r.id().equals("jpn-rus-2022-02")).findFirst().orElseThrow();
    assertThat(japan2022.inForceOn(java.time.LocalDate.of(2022, 2, 25))).isFalse();
    assertThat(japan2022.inForceOn(java.time.LocalDate.of(2022, 2, 26))).isTrue();
    // A record known to the month counts from its last day on a given day, for the whole year.
    SanctionsRegime monthOnly =
        new SanctionsRegime(
            "x-rus-2014",
            "JPN",
            List.of("RUS"),
            java.util.Set.of(SanctionsRegime.Kind.ASSET_FREEZE),
            SanctionsRegime.Scope.TARGETED,
            null,
            "Act",
            org.entente.domain.PartialDate.parse("2014-09"),
            null,
            org.entente.domain.PartialDate.parse("2016-01-16"),
            "https://a.example",
            "",
            "t.csv",
            2);
    assertThat(monthOnly.inForceOn(java.time.LocalDate.of(2014, 9, 29))).isFalse();
    assertThat(monthOnly.inForceOn(java.time.LocalDate.of(2014, 9, 30))).isTrue();
    assertThat(monthOnly.inForceDuring(2014)).isTrue();
    assertThat(monthOnly.inForceOn(java.time.LocalDate.of(2016, 1, 16))).isFalse();
    assertThat(monthOnly.inForceDuring(2016)).isTrue();
  }

  @Test
  void directedExpandsTheEuToItsMembersOfTheYear() {
    List<SanctionsRelations.Directed> d2012 = relations.directed(2014);
    assertThat(d2012)
        .filteredOn(d -> d.to().equals("RUS") && d.relation().authority().equals("EU"))
        .extracting(SanctionsRelations.Directed::from)
        .contains("DEU", "HRV", "GBR")
        .hasSize(28);
    assertThat(relations.directed(2022))
        .filteredOn(d -> d.to().equals("RUS") && d.relation().authority().equals("EU"))
        .hasSize(27);
  }
}
