package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.ActorDictionary.Actor;
import org.junit.jupiter.api.Test;

/**
 * Real entries of the bundled Phoenix dictionaries, on dates inside and outside the terms they
 * record. Each expected code is the one the entry's lines (quoted in the comments, as in {@code
 * data/petrarch2/}) give for that date.
 */
class ActorDictionaryTest {

  private final ActorDictionary dictionary = ActorDictionary.bundled();

  private Actor on(String name, String date) {
    return dictionary.resolve(name, LocalDate.parse(date)).orElse(null);
  }

  @Test
  void aLeaderIsGovernmentInOfficeAndEliteOutside() {
    // VLADIMIR_PUTIN_ [RUSELI 700101-990809] [RUSGOV 991231-080507] [RUSGOV 990809-000507]
    //                 [RUSGOV >080508] [RUSELI]
    assertThat(on("VLADIMIR PUTIN", "2005-06-01")).isEqualTo(new Actor("RUSGOV", "RUS", "GOV"));
    assertThat(on("Vladimir Putin", "1995-01-01")).isEqualTo(new Actor("RUSELI", "RUS", "ELI"));
    assertThat(on("VLADIMIR PUTIN", "1999-08-09").code()).isEqualTo("RUSELI"); // first that holds
    assertThat(on("VLADIMIR PUTIN", "1999-08-10").code()).isEqualTo("RUSGOV");
    // [RUSGOV >080508] holds from that day on: limits are inclusive.
    assertThat(on("PRESIDENT VLADIMIR PUTIN", "2008-05-08").code()).isEqualTo("RUSGOV");
    // ANGELA_MERKEL_ [DEUELI 720101-000101] [DEUGOV >051122] [DEUELI]
    assertThat(on("Angela Merkel", "2015-03-01")).isEqualTo(new Actor("DEUGOV", "DEU", "GOV"));
    assertThat(on("CHANCELLOR ANGELA MERKEL", "2003-01-01").code()).isEqualTo("DEUELI");
    // SHINZO_ABE_ [JPNELI 720101-051201] [JPNGOV 060926-070926] [JPNGOV 051201-071031] [JPNELI]
    assertThat(on("Shinzo Abe", "2007-01-15").code()).isEqualTo("JPNGOV");
    assertThat(on("Shinzo Abe", "1990-01-01").code()).isEqualTo("JPNELI");
  }

  @Test
  void noCodeOutsideEveryRestrictionWithoutDefault() {
    // XI_JINPING +PRESIDENT_XI_JINPING [CHNGOV >20121115]: limits are inclusive
    assertThat(on("Xi Jinping", "2012-11-15")).isEqualTo(new Actor("CHNGOV", "CHN", "GOV"));
    assertThat(on("PRESIDENT XI JINPING", "2018-06-01").state()).isEqualTo("CHN");
    assertThat(on("Xi Jinping", "2012-11-14")).isNull();
    // MOON_JAE_IN_ [KORGOV 070501-080731]: chief of staff then; the 2014 file does not know him
    // as president, so in 2018 he resolves to nothing rather than to a guess.
    assertThat(on("Moon Jae-in", "2008-01-01").code()).isEqualTo("KORGOV");
    assertThat(on("Moon Jae-in", "2018-06-01")).isNull();
    // CECILA_MALMSTROM_ +CECILIA_MALMSTROM_ [SWEGOV 061101-100131] [IGOEUREEC 090701-091231]
    assertThat(on("Cecilia Malmström", "2008-01-01").state()).isEqualTo("SWE");
    assertThat(on("Cecilia Malmstrom", "2018-06-01")).isNull();
  }

  @Test
  void officesAndInternationalCodes() {
    // AMERICAN_VICE_PRESIDENT +US_VICE_PRESIDENT ... [USAGOV]
    assertThat(on("US VICE PRESIDENT", "1960-01-01")).isEqualTo(new Actor("USAGOV", "USA", "GOV"));
    // PHILIP_ALSTON_ [IGOUNO]: an international code names no state
    assertThat(on("Philip Alston", "2018-06-01")).isEqualTo(new Actor("IGOUNO", null, ""));
    assertThat(on("Nobody In Particular", "2018-06-01")).isNull();
    // Undated entries are not used as persons: SENATE (a synonym of UNITED_STATES_CONGRESS_).
    LocalDate day = LocalDate.of(2015, 2, 18);
    assertThat(dictionary.resolve("SENATE", day).orElseThrow().state()).isEqualTo("USA");
    assertThat(dictionary.resolvePerson("SENATE", day)).isEmpty();
    assertThat(dictionary.resolvePerson("VLADIMIR PUTIN", day).orElseThrow().code())
        .isEqualTo("RUSGOV");
    assertThat(dictionary.resolve("", LocalDate.of(2018, 1, 1))).isEmpty();
  }

  @Test
  void datesAndPrecedenceAsPetrarchReadsThem() {
    ActorDictionary d =
        ActorDictionary.of(
            String.join(
                "\n",
                "# a comment",
                "ALPHA_PERSON_  # CountryInfo.txt",
                "+A._PERSON",
                "\t[FRAGOV 300101-310101]",
                "\t[FRAELI <19450508]",
                "\t[FRAMIL 20200230-20210101]",
                "\t[FRAOPP]",
                "BETA_OFFICE_  [GBRGOV]; a TABARI comment",
                "ALPHA_PERSON_",
                "\t[DEUGOV]",
                "GAMMA_",
                "\t[---]"));
    // 30 is 2030 and 31 is 1931: the range ends before it starts and is skipped.
    assertThat(d.resolve("Alpha Person", LocalDate.of(2030, 6, 1)).orElseThrow().code())
        .isEqualTo("FRAOPP");
    assertThat(d.resolve("A. Person", LocalDate.of(1940, 1, 1)).orElseThrow().code())
        .isEqualTo("FRAELI");
    // 20200230 is no date: skipped, so 2020-06-01 falls to the default.
    assertThat(d.resolve("ALPHA PERSON", LocalDate.of(2020, 6, 1)).orElseThrow().code())
        .isEqualTo("FRAOPP");
    assertThat(d.resolve("Beta Office", LocalDate.of(2020, 6, 1)).orElseThrow().state())
        .isEqualTo("GBR");
    assertThat(d.resolve("Gamma", LocalDate.of(2020, 6, 1))).isEmpty();
  }

  @Test
  void everyNameOfTheFilesIsLoaded() throws Exception {
    long phrases = 0;
    for (String file : ActorDictionary.FILES) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(Fixtures.bundled("petrarch2/" + file))),
                  StandardCharsets.UTF_8))) {
        phrases +=
            in.lines()
                .filter(
                    l -> !l.isBlank() && !l.startsWith("#") && !Character.isWhitespace(l.charAt(0)))
                .count();
      }
    }
    // Distinct names are fewer than the phrase lines: some phrases repeat across entries.
    assertThat(dictionary.size()).isBetween((int) (phrases * 0.9), (int) phrases);
  }

  @Test
  void normalisedNames() {
    assertThat(ActorDictionary.normalise("KIM_JONG-UN")).isEqualTo("KIM JONG UN");
    assertThat(ActorDictionary.normalise("  Kim  Jong Un ")).isEqualTo("KIM JONG UN");
    assertThat(ActorDictionary.normalise("MES\u00DBD_BARZAN\u00CE")).isEqualTo("MESUD BARZANI");
  }
}
