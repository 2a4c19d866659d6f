package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

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
    // Japanese short names, as the pages write them; a voiced kana (ガ) folds with its mark
    // removed on both sides, so the lookup still finds the one state
    assertThat(codes.lookup("北朝鮮").map(Country::iso3)).contains("PRK");
    assertThat(codes.lookup("中国").map(Country::iso3)).contains("CHN");
    assertThat(codes.lookup("ロシア").map(Country::iso3)).contains("RUS");
    assertThat(codes.lookup("ガーナ").map(Country::iso3)).contains("GHA");
    assertThat(codes.lookup("韓国").map(Country::iso3)).contains("KOR");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "/org/entente/code/country-names.csv", numLinesToSkip = 1)
  void namesAreMatchedForgivingly(String input, String iso3) {
    assertThat(codes.lookup(input).map(Country::iso3).orElse(null)).isEqualTo(iso3);
  }

  @Test
  void foldingIgnoresHowANameIsTyped() {
    assertThat(CountryNames.fold("  Côte d’Ivoire ")).isEqualTo("cote d'ivoire");
    assertThat(CountryNames.fold("ＣＨＮ")).isEqualTo("chn");
    assertThat(CountryNames.fold("Guinea – Bissau")).isEqualTo("guinea bissau");
    assertThat(CountryNames.fold("U.S.")).isEqualTo("us");
  }

  private List<String> suggest(String text, int max) {
    return codes.suggest(text, max).stream().map(Country::iso3).toList();
  }

  @Test
  void ambiguousNameIsNotPickedButBothAreSuggested() {
    assertThat(codes.lookup("Korea")).isEmpty();
    assertThat(suggest("Korea", 5)).containsExactly("PRK", "KOR");
  }

  @Test
  void suggestionsForBeginningsAndMisspellings() {
    assertThat(suggest("Cote", 5)).containsExactly("CIV");
    assertThat(suggest("Ivoire", 5)).containsExactly("CIV");
    assertThat(suggest("Turky", 5)).containsExactly("TUR");
    assertThat(suggest("Venezuala", 5)).containsExactly("VEN");
    assertThat(suggest("Nroth Korea", 5)).first().isEqualTo("PRK");
    assertThat(suggest("Irak", 5)).startsWith("IRQ").contains("IRN");
    assertThat(suggest("St Kitts", 5)).containsExactly("KNA");
  }

  @Test
  void aNameInsideTheInputIsSuggestedFirst() {
    assertThat(suggest("Republic of Turkey", 5)).first().isEqualTo("TUR");
  }

  @Test
  void suggestionsAreCappedClosestFirst() {
    assertThat(suggest("United", 2)).containsExactly("USA", "GBR");
    assertThat(suggest("United", 5)).containsExactly("USA", "GBR", "ARE", "TZA");
  }

  @Test
  void nothingCloseSuggestsNothing() {
    assertThat(suggest("ZZZ", 5)).isEmpty();
    assertThat(suggest("Atlantis", 5)).isEmpty();
    assertThat(suggest("   ", 5)).isEmpty();
    assertThatThrownBy(() -> codes.suggest("Korea", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final String TABLE =
      "iso2,data_name,iso3,from,to,name\nTR,,TUR,,,Turkey\nKP,,PRK,,,North Korea\n";

  private static CountryCodes read(String aliases) throws IOException {
    return CountryCodes.read(
        new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)),
        new ByteArrayInputStream(aliases.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aliasesArePlainCsvWithComments() throws IOException {
    CountryCodes small =
        read("# comment\nalias,iso3\n# group\nTürkiye,TUR\n\"Korea, North\",PRK\n");
    assertThat(small.lookup("turkiye").map(Country::iso3)).contains("TUR");
    assertThat(small.lookup("Korea, North").map(Country::iso3)).contains("PRK");
  }

  @Test
  void badAliasesAreRejectedWithTheirLine() {
    assertThatThrownBy(() -> read("alias,iso3\nNarnia,NAR\n"))
        .hasMessageContaining("country-aliases.csv line 2")
        .hasMessageContaining("'NAR'");
    // Folds to an alias already given: redundant for the same state, ambiguous for another.
    assertThatThrownBy(() -> read("alias,iso3\n# c\nTürkiye,TUR\nTurkiye,TUR\n"))
        .hasMessageContaining("line 4: alias 'Turkiye'")
        .hasMessageContaining("remove the row");
    assertThatThrownBy(() -> read("alias,iso3\nturkey,PRK\n"))
        .hasMessageContaining("already a name of TUR")
        .hasMessageContaining("pick one state");
    // Codes are matched before names, so this alias could never be reached.
    assertThatThrownBy(() -> read("alias,iso3\nprk,TUR\n")).hasMessageContaining("ISO-3 code");
  }
}
