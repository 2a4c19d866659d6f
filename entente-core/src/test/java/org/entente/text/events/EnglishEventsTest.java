package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

/** The document-level readings of English text: dates and the references a reader resolves. */
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
    // "We're concerned by …" is PETRARCH2's 012 (make a pessimistic comment), which has no PLOVER
    // type: talk about a state, not an event between two (en08 of the third set's dev part).
    List<TextEvent> events =
        CODER.extract(
            Document.of(
                "test.txt",
                "On November 10, 2021, Secretary of State Antony Blinken spoke to the press.\n"
                    + "We’re concerned by reports of unusual Russian military activity near"
                    + " Ukraine."),
            "en",
            LocalDate.of(2021, 11, 10));
    assertThat(events).allMatch(e -> e.plover() != null && !e.plover().isEmpty());
  }
}
