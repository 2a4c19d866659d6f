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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GaSessionsTest {

  private final GaSessions sessions = GaSessions.bundled();

  private OptionalInt on(String date) {
    return sessions.sessionOn(LocalDate.parse(date));
  }

  @Test
  void emergencySessionVotesCountInTheRegularSessionRunning() {
    assertThat(on("2022-03-02")).hasValue(76); // A/RES/ES-11/1, aggression against Ukraine
    assertThat(on("2023-10-27")).hasValue(78); // A/RES/ES-10/21
    assertThat(on("2024-09-18")).hasValue(79); // A/RES/ES-10/24, eight days into session 79
  }

  @Test
  void aSessionRunsFromItsOpeningDayToTheDayBeforeTheNext() {
    assertThat(on("2023-09-05")).hasValue(78);
    assertThat(on("2023-09-04")).hasValue(77);
    assertThat(on("2015-09-15")).hasValue(70);
  }

  @Test
  void nothingBeforeTheFirstRow() {
    assertThat(on("2015-09-14")).isEmpty();
    assertThat(on("1946-01-10")).isEmpty();
  }

  /**
   * Checks each documented opening against rule 1 of the rules of procedure, counted by hand: the
   * Tuesday of the third week of September (sessions up to 77) or of the second (from 78), weeks
   * counted from the first that contains a working day. Session n opens in the year 1945 + n.
   */
  @Test
  void openingsAreTheTuesdaysOfRuleOne() throws IOException {
    int rows = 0;
    try (InputStream in = GaSessions.class.getResourceAsStream(GaSessions.TABLE);
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .commentStrategy(CommentStrategy.SKIP)
                .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        int session = Integer.parseInt(r.getField("session"));
        int week = session <= 77 ? 3 : 2;
        assertThat(LocalDate.parse(r.getField("opened")))
            .as("session %d", session)
            .isEqualTo(tuesdayOfSeptemberWeek(1945 + session, week));
        rows++;
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(12);
  }

  private static LocalDate tuesdayOfSeptemberWeek(int year, int week) {
    LocalDate first = LocalDate.of(year, 9, 1);
    // A week starting in August counts if 1 September is a weekday; if it is a Saturday or a
    // Sunday, the first week is the one starting on the following Monday.
    LocalDate monday =
        first.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0
            ? first.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
            : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return monday.plusWeeks(week - 1L).plusDays(1);
  }

  @Test
  void ruleOneCountedByHandMatchesKnownDays() {
    assertThat(tuesdayOfSeptemberWeek(2018, 3)).isEqualTo("2018-09-18"); // 1 Sep a Saturday
    assertThat(tuesdayOfSeptemberWeek(2023, 3)).isEqualTo("2023-09-12"); // A/INF/71/1's day
    assertThat(tuesdayOfSeptemberWeek(2027, 2)).isEqualTo("2027-09-07"); // A/INF/80/1's day
  }

  private static GaSessions read(String rows) throws IOException {
    String table = "# a comment\nsession,opened,source\n" + rows;
    return GaSessions.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readingRefusesGapsDisorderAndRowsWithoutSource() throws IOException {
    GaSessions two = read("70,2015-09-15,https://a\n71,2016-09-13,https://b\n");
    assertThat(two.sessionOn(LocalDate.of(2030, 1, 1))).hasValue(71);
    assertThatThrownBy(() -> read("70,2015-09-15,https://a\n72,2017-09-12,https://b\n"))
        .hasMessage(
            "ga-sessions.csv line 4: session 72 opened 2017-09-12 must follow session 70"
                + " (opened 2015-09-15) as session 71, opened later");
    assertThatThrownBy(() -> read("70,2015-09-15,https://a\n71,2015-09-15,https://b\n"))
        .hasMessageContaining("line 4: session 71 opened 2015-09-15 must follow session 70");
    assertThatThrownBy(() -> read("70,15 September 2015,https://a\n"))
        .hasMessage(
            "ga-sessions.csv line 3: opened '15 September 2015' must be a date as 2023-09-05");
    assertThatThrownBy(() -> read("seventy,2015-09-15,https://a\n"))
        .hasMessageContaining("line 3: session 'seventy' must be a positive whole number");
    assertThatThrownBy(() -> read("70,2015-09-15,\n"))
        .hasMessageContaining("line 3: source '' must be an https:// address");
    assertThatThrownBy(() -> read("")).hasMessage("ga-sessions.csv: no sessions");
  }
}
