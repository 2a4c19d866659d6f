package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountryCodesTest {

  private final CountryCodes codes = CountryCodes.bundled();

  private String resolve(String iso2, String name, String date) {
    return codes.resolve(iso2, name, LocalDate.parse(date)).orElse(null);
  }

  @Test
  void plainCodes() {
    assertThat(resolve("CN", "China", "2019-12-13")).isEqualTo("CHN");
    assertThat(resolve("KP", "North Korea", "2019-12-13")).isEqualTo("PRK");
    assertThat(resolve("US", "United States", "1946-01-01")).isEqualTo("USA");
  }

  @Test
  void sovietUnionIsRussia() {
    assertThat(resolve("RU", "Russia", "1950-10-01")).isEqualTo("RUS");
  }

  @Test
  void chinaSeatPassesToThePrcIn1971() {
    assertThat(resolve("TW", "Taiwan", "1971-10-07")).isEqualTo("TWN");
    assertThat(resolve("TW", "Taiwan", "1971-11-03")).isNull();
    assertThat(resolve("CN", "China", "1971-11-03")).isEqualTo("CHN");
    assertThat(resolve("CN", "China", "1960-01-01")).isNull();
  }

  @Test
  void codeNaIsResolvedByName() {
    assertThat(resolve("NA", "Namibia", "2000-01-01")).isEqualTo("NAM");
    assertThat(resolve("NA", "Federal Republic of Germany", "1980-01-01")).isEqualTo("DEU");
    assertThat(resolve("NA", "Yemen Arab Republic", "1980-01-01")).isEqualTo("YEM");
    assertThat(resolve("NA", "Zanzibar", "1963-12-17")).isEqualTo("EAZ");
    assertThat(resolve("NA", "Atlantis", "1980-01-01")).isNull();
  }

  @Test
  void formerStatesKeepIso3166Part3Codes() {
    assertThat(resolve("DD", "German Democratic Republic", "1980-01-01")).isEqualTo("DDR");
    assertThat(resolve("CS", "Czechoslovakia", "1980-01-01")).isEqualTo("CSK");
    assertThat(resolve("YD", "Yemen People's Republic", "1980-01-01")).isEqualTo("YMD");
    assertThat(resolve("YU", "Yugoslavia", "1980-01-01")).isEqualTo("YUG");
    assertThat(resolve("YU", "Yugoslavia", "2004-01-01")).isEqualTo("SCG");
    assertThat(resolve("YU", "Yugoslavia", "2019-12-13")).isEqualTo("SRB");
  }

  @Test
  void unknownCodeExplainsWhatItAccepts() {
    assertThat(resolve("XX", "Nowhere", "2000-01-01")).isNull();
    assertThat(codes.expectedFor("YU")).contains("YUG", "SCG", "SRB");
  }

  @Test
  void usersMayWriteCodesInAnyCaseOrNames() {
    assertThat(codes.lookup("chn").map(Country::iso3)).contains("CHN");
    assertThat(codes.lookup("North Korea").map(Country::iso3)).contains("PRK");
    assertThat(codes.lookup("ZZZ")).isEmpty();
  }
}
