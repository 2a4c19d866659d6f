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
}
