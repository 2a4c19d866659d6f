package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UnMemberStatesTest {

  private final UnMemberStates states = UnMemberStates.bundled();

  private String iso3(String name) {
    return states.iso3(name).orElse(null);
  }

  @Test
  void namesAsTheExtractsSpellThem() {
    assertThat(iso3("RUSSIAN FEDERATION")).isEqualTo("RUS");
    assertThat(iso3("CHINA")).isEqualTo("CHN");
    assertThat(iso3("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")).isEqualTo("PRK");
    assertThat(iso3("REPUBLIC OF KOREA")).isEqualTo("KOR");
    assertThat(iso3("CONGO")).isEqualTo("COG");
    assertThat(iso3("DEMOCRATIC REPUBLIC OF THE CONGO")).isEqualTo("COD");
    assertThat(iso3("NIGER")).isEqualTo("NER");
    assertThat(iso3("NIGERIA")).isEqualTo("NGA");
  }

  @Test
  void turkiyeIsTurUnderAllItsSpellings() {
    // Escapes, because the letters differ only in code points: Ü, İ (dotted I), Ý (Y acute).
    assertThat(iso3("TURKEY")).isEqualTo("TUR");
    assertThat(iso3("TURKIYE")).isEqualTo("TUR");
    assertThat(iso3("T\u00dcRKIYE")).isEqualTo("TUR");
    assertThat(iso3("T\u00dcRK\u0130YE")).isEqualTo("TUR");
    assertThat(iso3("T\u00dcRK\u00ddYE")).isEqualTo("TUR");
  }

  @Test
  void netherlandsAndCoteDivoireUnderBothNames() {
    assertThat(iso3("NETHERLANDS")).isEqualTo("NLD");
    assertThat(iso3("NETHERLANDS (KINGDOM OF THE)")).isEqualTo("NLD");
    assertThat(iso3("COTE D'IVOIRE")).isEqualTo("CIV");
    assertThat(iso3("C\u00d4TE D'IVOIRE")).isEqualTo("CIV");
  }

  @Test
  void onlySurroundingWhitespaceIsForgiven() {
    assertThat(iso3(" CHINA\t")).isEqualTo("CHN");
    assertThat(iso3("China")).isNull();
    assertThat(iso3("T\u00fcrkiye")).isNull();
    assertThat(iso3("COTE D\u2019IVOIRE")).isNull();
    assertThat(iso3("NETHERLANDS  (KINGDOM OF THE)")).isNull();
    assertThat(iso3("NIGERI")).isNull();
  }

  @Test
  void unknownSpellingIsEmptyWithAMessageNamingIt() {
    assertThat(states.iso3("ATLANTIS")).isEqualTo(Optional.empty());
    assertThat(states.unknown("ATLANTIS"))
        .isEqualTo("unknown member-state spelling 'ATLANTIS': not in un-member-state-names.csv");
  }

  @Test
  void messageOffersSpellingsWithTheSameLetters() {
    assertThat(states.unknown("Cote d\u2019Ivoire"))
        .isEqualTo(
            "unknown member-state spelling 'Cote d\u2019Ivoire': not in"
                + " un-member-state-names.csv; did you mean 'COTE D'IVOIRE' or"
                + " 'C\u00d4TE D'IVOIRE'?");
    assertThat(states.unknown("T\u00fcrkiye"))
        .endsWith("did you mean 'TURKIYE', 'T\u00dcRKIYE' or 'T\u00dcRK\u0130YE'?");
    assertThat(states.unknown("Netherlands Kingdom of the"))
        .endsWith("did you mean 'NETHERLANDS (KINGDOM OF THE)'?");
  }

  @Test
  void everyIso3IsAnActorOfTheCountryTable() {
    CountryCodes codes = CountryCodes.bundled();
    List<String> missing = new ArrayList<>();
    for (String name : states.spellings()) {
      String iso3 = iso3(name);
      if (codes.country(iso3).isEmpty()) {
        missing.add(name + " -> " + iso3);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void tableCoversTheMembershipOnce() throws IOException {
    List<String> names = new ArrayList<>();
    TreeSet<String> iso3s = new TreeSet<>();
    try (InputStream in = UnMemberStates.class.getResourceAsStream(UnMemberStates.TABLE);
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        names.add(r.getField("name"));
        iso3s.add(r.getField("iso3"));
      }
    }
    assertThat(names).doesNotHaveDuplicates().isEqualTo(states.spellings());
    assertThat(iso3s).hasSize(193); // the UN's members since South Sudan (2011)
  }

  private static UnMemberStates read(String rows) throws IOException {
    String table = "# a comment\nname,iso3\n" + rows;
    return UnMemberStates.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readingRefusesRowsThatCouldMislead() throws IOException {
    assertThat(read("CHINA,CHN\nC\u00d4TE D'IVOIRE,CIV\nCOTE D'IVOIRE,CIV\n").spellings())
        .containsExactly("CHINA", "C\u00d4TE D'IVOIRE", "COTE D'IVOIRE");
    assertThatThrownBy(() -> read("CHINA,CHN\nCHINA,TWN\n"))
        .hasMessage(
            "un-member-state-names.csv line 4: 'CHINA' is listed twice (first as CHN); keep one row");
    assertThatThrownBy(() -> read("COTE D'IVOIRE,CIV\nC\u00d4TE D'IVOIRE,GHA\n"))
        .hasMessageContaining("line 4")
        .hasMessageContaining("'C\u00d4TE D'IVOIRE' (GHA) has the letters of a spelling of CIV");
    assertThatThrownBy(() -> read("CHINA ,CHN\n"))
        .hasMessageContaining("line 3: name 'CHINA ' must be non-empty, without surrounding");
    assertThatThrownBy(() -> read("CHINA,chn\n"))
        .hasMessageContaining("line 3: iso3 'chn' of 'CHINA' must be three capital letters");
  }
}
