package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CowCodesTest {

  private final CowCodes cow = CowCodes.bundled();

  private String iso3(int ccode, int year) {
    return cow.iso3(ccode, year).orElse(null);
  }

  @Test
  void theDecisionsOfDesignMd() {
    // The Soviet Union and the Russian Empire are RUS, as for the UN seat.
    assertThat(iso3(365, 1850)).isEqualTo("RUS");
    assertThat(iso3(365, 1961)).isEqualTo("RUS");
    assertThat(iso3(365, 2018)).isEqualTo("RUS");
    // Former states keep their ISO 3166-3 codes, as in un-country-codes.csv.
    assertThat(iso3(265, 1970)).isEqualTo("DDR");
    assertThat(iso3(315, 1970)).isEqualTo("CSK");
    assertThat(iso3(680, 1980)).isEqualTo("YMD");
    assertThat(iso3(260, 1970)).isEqualTo("DEU");
    assertThat(iso3(255, 1900)).isEqualTo("DEU");
    assertThat(iso3(678, 1980)).isEqualTo("YEM");
    assertThat(iso3(710, 1961)).isEqualTo("CHN");
    assertThat(iso3(713, 1960)).isEqualTo("TWN");
    assertThat(iso3(731, 1961)).isEqualTo("PRK");
    assertThat(iso3(732, 1953)).isEqualTo("KOR");
    assertThat(iso3(2, 1953)).isEqualTo("USA");
    assertThat(iso3(740, 1960)).isEqualTo("JPN");
  }

  @Test
  void cow345FollowsSerbiaYugoslaviaAndSerbiaAndMontenegro() {
    assertThat(iso3(345, 1912)).isEqualTo("SRB");
    assertThat(iso3(345, 1918)).isEqualTo("SRB");
    assertThat(iso3(345, 1919)).isEqualTo("YUG");
    assertThat(iso3(345, 2002)).isEqualTo("YUG");
    assertThat(iso3(345, 2003)).isEqualTo("SCG");
    assertThat(iso3(345, 2005)).isEqualTo("SCG");
    assertThat(iso3(345, 2006)).isEqualTo("SRB");
  }

  @Test
  void statesWithoutAnIsoCodeResolveToNothingAndSayWhy() {
    assertThat(cow.iso3(245, 1850)).isEmpty();
    assertThat(cow.unresolved(245, 1850))
        .contains("COW 245 (Bavaria) has no ISO-3 code in cow-country-codes.csv", "1871");
    assertThat(cow.iso3(300, 1900)).isEmpty();
    assertThat(cow.iso3(817, 1962)).isEmpty();
    assertThat(cow.iso3(730, 1894)).isEmpty();
    assertThat(cow.iso3(999, 1961)).isEmpty();
    assertThat(cow.knows(999)).isFalse();
    assertThat(cow.unresolved(999, 1961))
        .isEqualTo(
            "COW code 999 is not in cow-country-codes.csv; expected a COW state code listed there");
  }

  @Test
  void everyActorIsAnActorOfTheUnTable() {
    CountryCodes codes = CountryCodes.bundled();
    for (int ccode : cow.codes()) {
      for (int year = 1815; year <= 2026; year++) {
        cow.iso3(ccode, year)
            .ifPresent(
                iso3 ->
                    assertThat(codes.country(iso3)).as("COW " + ccode + " → " + iso3).isPresent());
      }
    }
    assertThat(cow.codes()).hasSize(217);
  }

  private static InputStream table(String... rows) {
    String text = "ccode,cow_abb,cow_name,iso3,from,to,basis,note\n" + String.join("\n", rows);
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aBadTableIsRefusedNamingTheLine() {
    assertThatThrownBy(() -> CowCodes.read(table("2,USA,United States,US,,,iso,")))
        .hasMessageContaining("line 2: iso3 'US' must be three capitals");
    assertThatThrownBy(() -> CowCodes.read(table("240,HAN,Hanover,DEU,,,none,gone")))
        .hasMessageContaining("line 2: iso3 'DEU' must be empty exactly when the basis is none");
    assertThatThrownBy(() -> CowCodes.read(table("365,RUS,Russia,RUS,,,successor,")))
        .hasMessageContaining("line 2: a successor row needs its note");
    assertThatThrownBy(
            () ->
                CowCodes.read(
                    table(
                        "345,YUG,Yugoslavia,YUG,,2002,iso,", "345,YUG,Yugoslavia,SRB,2000,,iso,")))
        .hasMessageContaining("line 3: the years of COW 345 overlap an earlier row");
    assertThatThrownBy(() -> CowCodes.read(table("2,USA,United States,USA,,,allied,")))
        .hasMessageContaining("basis 'allied'");
  }
}
