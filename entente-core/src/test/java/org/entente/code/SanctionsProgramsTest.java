package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.entente.domain.SanctionsList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanctionsProgramsTest {

  private final SanctionsPrograms programs = SanctionsPrograms.bundled();

  /** The links the issue names, and a few more; authority and target as the table must give. */
  @ParameterizedTest
  @CsvSource({
    "UN, DPRK, UN-SC1718, UN, PRK",
    "UN, Iran, UN-SC1737, UN, IRN",
    "UN, Al-Qaida, UN-SCISIL, UN, ''",
    "OFAC, DPRK, DPRK, USA, PRK",
    "OFAC, DPRK2, DPRK2, USA, PRK",
    "OFAC, DPRK3, DPRK3, USA, PRK",
    "OFAC, DPRK4, DPRK4, USA, PRK",
    "OFAC, DPRK-NKSPEA, DPRK-NKSPEA, USA, PRK",
    "OFAC, RUSSIA-EO14024, RUSSIA-EO14024, USA, RUS",
    "OFAC, UKRAINE-EO13660, UKRAINE-EO13660, USA, RUS",
    "OFAC, UKRAINE-EO13661, UKRAINE-EO13661, USA, RUS",
    "OFAC, UKRAINE-EO13662, UKRAINE-EO13662, USA, RUS",
    "OFAC, UKRAINE-EO13685, UKRAINE-EO13685, USA, RUS",
    "OFAC, CAATSA - RUSSIA, CAATSA - RUSSIA, USA, RUS",
    "OFAC, IRAN, IRAN, USA, IRN",
    "OFAC, IRAN-EO13846, IRAN-EO13846, USA, IRN",
    "OFAC, IRGC, IRGC, USA, IRN",
    "OFAC, SYRIA, SYRIA, USA, SYR",
    "OFAC, CUBA, CUBA, USA, CUB",
    "OFAC, SDGT, SDGT, USA, ''",
    "OFAC, CYBER2, CYBER2, USA, ''",
    "OFAC, NPWMD, NPWMD, USA, ''"
  })
  void mapsEachCodeToItsAuthorityAndTarget(
      SanctionsList list, String code, String program, String authority, String target) {
    SanctionsProgram p = programs.find(list, code).orElseThrow();
    assertThat(p.program()).isEqualTo(program);
    assertThat(p.authority()).isEqualTo(authority);
    assertThat(p.target()).isEqualTo(target);
  }

  @Test
  void codesAreExactAndBelongToTheirList() {
    assertThat(programs.find(SanctionsList.OFAC, "dprk3")).isEmpty();
    assertThat(programs.find(SanctionsList.OFAC, "Iran")).isEmpty(); // the UN's spelling
    assertThat(programs.find(SanctionsList.UN, "Iran")).isPresent();
  }

  @Test
  void everyStateIsAnActorAndEveryTargetedProgrammeHasADate() {
    CountryCodes codes = CountryCodes.bundled();
    for (SanctionsProgram p : programs.all()) {
      if (!p.authority().equals("UN") && !p.authority().equals("EU")) {
        assertThat(codes.country(p.authority())).as(p.code() + " authority").isPresent();
      }
      if (p.hasTarget()) {
        assertThat(codes.country(p.target())).as(p.code() + " target").isPresent();
        assertThat(p.since()).as(p.code() + " since").isNotNull();
      }
      assertThat(p.source()).as(p.code() + " source").isNotBlank();
    }
    assertThat(programs.authorities()).containsExactly("JPN", "UN", "USA");
  }

  @Test
  void inForceFromTheYearOfItsInstrumentToTheYearItEnded() {
    SanctionsProgram syria = programs.find(SanctionsList.OFAC, "SYRIA").orElseThrow();
    assertThat(syria.since()).isEqualTo(LocalDate.of(2004, 5, 11));
    assertThat(syria.inForceDuring(2003)).isFalse();
    assertThat(syria.inForceDuring(2004)).isTrue();
    assertThat(syria.inForceDuring(2025)).isTrue();
    assertThat(syria.inForceDuring(2026)).isFalse();
    assertThat(programs.find(SanctionsList.UN, "DPRK").orElseThrow().inForceDuring(2006)).isTrue();
  }

  @Test
  void aBadTableNamesTheLine() {
    String header = "list,code,program,authority,target,since,ended,title,opensanctions,source\n";
    assertThatThrownBy(
            () ->
                read(
                    header
                        + "OFAC,DPRK,DPRK,USA,PRK,2008-06-26,,t,,s\n"
                        + "OFAC,DPRK,DPRK,USA,PRK,2008-06-26,,t,,s\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> read(header + "OFAC,X,X,USA,Korea,2008-06-26,,t,,s\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("target 'Korea'");
    assertThatThrownBy(() -> read(header + "OFAC,X,X,USA,PRK,,,t,,s\n"))
        .hasMessageContaining("since is required");
    assertThatThrownBy(() -> read(header + "EU,X,X,EU,RUS,2014-07-31,,t,,s\n"))
        .hasMessageContaining("list 'EU' must be UN, OFAC or MOF");
    assertThatThrownBy(() -> read(header + "MOF,28,X,Europe,RUS,2022-03-01,,t,,s\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("authority 'Europe' must be UN, EU or an ISO-3 code");
  }

  @Test
  void theEuropeanUnionIsAnAuthorityAsTheUnIs() throws Exception {
    String header = "list,code,program,authority,target,since,ended,title,opensanctions,source\n";
    SanctionsPrograms table = read(header + "MOF,28,X,EU,RUS,2014-07-31,,t,,s\n");
    assertThat(table.authorities()).containsExactly("EU");
  }

  private static SanctionsPrograms read(String table) throws Exception {
    return SanctionsPrograms.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
  }
}
