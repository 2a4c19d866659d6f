package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

/**
 * The readings of English text: the pattern coder ({@link EnglishEvents}) with PETRARCH2 where it
 * codes nothing, dates, and the references a reader resolves.
 */
class EnglishEventsTest {

  private static final TextEvents CODER = TextEvents.bundled();

  private static List<String> code(String text, LocalDate date) {
    return CODER.extract(Document.of("test.txt", text), "en", date).stream()
        .map(e -> e.date() + " " + e.source() + ">" + e.target() + " " + e.plover())
        .toList();
  }

  @Test
  void aMonthFollowedByTheYearItIsInIsThatMonth() {
    // "Since May 2020" set the context year; "April this year" is April of the text's year.
    assertThat(
            code(
                "Since May 2020, the duties have blocked exports. In April this year, Australia"
                    + " announced a pathway agreed with China.",
                LocalDate.of(2023, 8, 4)))
        .anyMatch(e -> e.startsWith("2023-04 AUS>CHN"));
  }

  @Test
  void weIsTheOfficialTheDocumentNamesFirst() {
    // Remarks by Blinken (2021): "We condemn" is the United States'.
    assertThat(
            code(
                "On November 10, 2021, Secretary of State Antony Blinken spoke to the press.\\nWe"
                    + " condemn Russia.",
                LocalDate.of(2021, 11, 10)))
        .anyMatch(e -> e.startsWith("2021-11-10 USA>RUS"));
  }

  @Test
  void aBareDateInEnglishIsInTheTextsYearNotAPrecedents() {
    // The sentence before named 1975; "On May 27" in a text of June 2020 is 27 May 2020.
    assertThat(
            code(
                "The last deadly clash was in 1975. On May 27, India accused China of aggression.",
                LocalDate.of(2020, 6, 17)))
        .anyMatch(e -> e.startsWith("2020-05-27 IND>CHN"))
        .noneMatch(e -> e.startsWith("1975-05"));
  }

  @Test
  void statementsWithoutAPloverTypeAreNoEvents() {
    // No pattern reads "expressed pessimism", so PETRARCH2 codes it: 012 (make a pessimistic
    // comment), which has no PLOVER type — talk about a state, not an event between two.
    String sentence = "Russia expressed pessimism about Ukraine.";
    assertThat(
            org.entente.text.english.EnglishCoder.load(
                    org.entente.text.english.EnglishDictionaries.bundled())
                .code(sentence, null, LocalDate.of(2021, 11, 10)))
        .anyMatch(e -> e.cameo().equals("012"));
    assertThat(code(sentence, LocalDate.of(2021, 11, 10))).isEmpty();
  }

  // The pattern coder (EnglishEvents), on sentences of the third gold set's development part
  // (en04, en10, en12, en14, en16) and the second gold set; the expected events are the gold's.

  @Test
  void theSubjectActsOnTheFirstActorAfterThePredicate() {
    assertThat(
            code(
                "As a result, the U.S. Treasury has lifted all of its recently imposed sanctions on"
                    + " Turkey.",
                LocalDate.of(2019, 10, 23)))
        .contains("2019-10-23 USA>TUR RETREAT");
  }

  @Test
  void aListedSubjectActsTogetherAndAnAgentAfterAPrepositionIsNotInTheList() {
    // China brokered the talks; Iran and Saudi Arabia agreed.
    assertThat(
            code(
                "However, in March 2023, after discussions brokered by China, Iran and Saudi Arabia"
                    + " agreed to reestablish relations.",
                null))
        .containsExactly("2023-03 IRN>SAU AGREE");
  }

  @Test
  void betweenNamesThePairAndBothSidesTheLastPairNamed() {
    assertThat(
            code(
                "On 3 April 2013, North Korea blocked access to the region to all South Korean"
                    + " citizens. On 15 August 2013, both countries agreed that the industrial park"
                    + " should be reopened. Clashes between Chinese and Indian soldiers followed.",
                null))
        .contains("2013-04-03 PRK>KOR COERCE", "2013-08-15 PRK>KOR AGREE")
        .anyMatch(e -> e.matches("2013-08-15 (CHN>IND|IND>CHN) ASSAULT"));
  }

  @Test
  void aTranscriptsLabelNamesTheSpeakerOfWe() {
    // en10: Kerry visits Kyiv, but "we urge" is the Ukrainian prime minister's.
    assertThat(
            code(
                "Secretary Kerry Ukraine Statement\nPRIME MINISTER YATSENYUK: The Minsk deal that"
                    + " was reached a few months ago is still alive, but we urge Russian Federation"
                    + " to implement and to execute the Minsk deal.",
                LocalDate.of(2015, 2, 5)))
        .contains("2015-02-05 UKR>RUS REQUEST")
        .noneMatch(e -> e.contains("BLR")); // the Minsk deal is not Belarus's
  }

  @Test
  void whatAMeetingDiscussesIsNotAPartyToIt() {
    assertThat(
            code(
                "In October 2024, Iranian President Masoud Pezeshkian and Saudi Arabia’s Foreign"
                    + " Minister discussed Israeli attacks on Lebanon.",
                null))
        .contains("2024-10 IRN>SAU CONSULT", "2024-10 ISR>LBN ASSAULT")
        .noneMatch(e -> e.matches(".*(IRN|SAU)>ISR CONSULT"));
  }

  @Test
  void aStatementInThePresentIsMadeOnTheTextsDate() {
    // The sentence before dated "last week"; "expects" is said as the text is issued (en14).
    assertThat(
            code(
                "The original 5-day ceasefire was negotiated last week. The United States expects"
                    + " Turkey to honor its commitments in the efforts to counter ISIS.",
                LocalDate.of(2019, 10, 23)))
        .contains("2019-10-23 USA>TUR REQUEST");
  }

  @Test
  void aNegatedPredicateIsNoEventForEitherCoder() {
    assertThat(code("On May 3, 2022, Russia did not attack Ukraine.", null)).isEmpty();
    assertThat(code("On May 3, 2022, Russia attacked Ukraine.", null))
        .contains("2022-05-03 RUS>UKR ASSAULT");
  }

  @Test
  void aStatementsBylineNamesItsSpeaker() {
    // Second gold set: the ambassador is not in the officials' table, his heading names the US.
    assertThat(
            code(
                "Statement by U.S. Ambassador to Japan Rahm Emanuel\nMarch 6, 2023\nI commend"
                    + " Prime Minister Kishida and President Yoon for their boldness and bravery in"
                    + " reaching a mutually acceptable agreement.",
                null))
        .contains("2023-03-06 USA>JPN SUPPORT", "2023-03-06 USA>KOR SUPPORT")
        .anyMatch(e -> e.matches("2023-03-06 (JPN>KOR|KOR>JPN) AGREE"));
  }

  @Test
  void aCallWithTwoCounterpartsIsAMeetingOfThree() {
    // Second gold set: the White House readout of 19 December 2023.
    assertThat(
            code(
                "National Security Advisor Jake Sullivan spoke this evening with National Security"
                    + " Office Director Cho Taeyong of the Republic of Korea (ROK) and National"
                    + " Security Secretariat Secretary General Akiba Takeo of Japan.",
                LocalDate.of(2023, 12, 19)))
        .containsExactlyInAnyOrder(
            "2023-12-19 USA>KOR CONSULT",
            "2023-12-19 USA>JPN CONSULT",
            "2023-12-19 KOR>JPN CONSULT");
  }

  @Test
  void whatAThreatNamesIsNotASecondEvent() {
    // en14: the threat of sanctions is a threat, not sanctions imposed.
    assertThat(
            code(
                "On October 23, 2019, President Trump said that Turkey must honor its obligations;"
                    + " we reserve the right to re-impose crippling sanctions on Turkey.",
                null))
        .contains("2019-10-23 USA>TUR THREATEN")
        .noneMatch(e -> e.endsWith("COERCE"));
  }

  @Test
  void yesterdayDatesItsOwnSentenceOnly() {
    // A readout (fourth set, en50): what happened yesterday does not date the sentences after it.
    assertThat(
            code(
                "Russia attacked a maternity hospital in Ukraine yesterday. The United States"
                    + " condemned Russia.",
                LocalDate.of(2022, 3, 9)))
        .contains("2022-03-08 RUS>UKR ASSAULT", "2022-03-09 USA>RUS ACCUSE");
  }
}
