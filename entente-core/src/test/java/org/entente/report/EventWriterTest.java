package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeriesTest;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;
import org.junit.jupiter.api.Test;

class EventWriterTest {

  /** USA–PRK on 2018-06-01 in the ICEWS sample (EventImportTest counts it from the raw file). */
  private static final List<DyadEventPeriod> SERIES =
      List.of(DyadEventSeriesTest.period("USA", "PRK", "2018-06-01", 197, 1, 2, 0, 565.6));

  /** Line 948 of the ICEWS sample. */
  private static final List<Event> EVENTS =
      List.of(
          new Event(
              "icews",
              "32887401",
              LocalDate.of(2018, 6, 1),
              DatePrecision.DAY,
              new EventActor("USA", "United States", ""),
              new EventActor("PRK", "North Korea", ""),
              "046",
              "04",
              1,
              7.0,
              "CONSULT",
              "",
              new EventPlace("Pyongyang, P'yongyang-si, North Korea", 39.0339, 125.754),
              "story:47403874",
              "events.2018.sample.tab",
              948));

  private static String series(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventWriter.series(format, SERIES, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String list(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventWriter.list(format, EVENTS, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void seriesCsvHasExactlyTheTenColumns() {
    assertThat(series(Format.CSV))
        .isEqualTo(
            "a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                + "goldstein_sum,goldstein_mean\n"
                + "USA,PRK,2018-06-01,200,197,1,2,0,565.600000000000,2.828000000000\n");
  }

  @Test
  void seriesJsonLinesHaveNumbersAsNumbers() {
    assertThat(series(Format.JSONL))
        .isEqualTo(
            "{\"a\":\"USA\",\"b\":\"PRK\",\"period\":\"2018-06-01\",\"events\":200,"
                + "\"verbal_coop\":197,\"material_coop\":1,\"verbal_conflict\":2,"
                + "\"material_conflict\":0,\"goldstein_sum\":565.600000000000,"
                + "\"goldstein_mean\":2.828000000000}\n");
    assertThat(series(Format.JSON)).startsWith("[\n{\"a\":\"USA\"").endsWith("}\n]\n");
  }

  @Test
  void seriesTableAlignsColumns() {
    assertThat(series(Format.TABLE).lines().toList())
        .containsExactly(
            "a    b    period      events  verbal_coop  material_coop  verbal_conflict"
                + "  material_conflict  goldstein_sum     goldstein_mean",
            "USA  PRK  2018-06-01  200     197          1              2                "
                + "0                  565.600000000000  2.828000000000");
  }

  @Test
  void listGivesEachEventWithItsEvidence() {
    assertThat(list(Format.CSV))
        .isEqualTo(
            "dataset,id,date,source,source_name,target,target_name,cameo,quad_class,goldstein,"
                + "plover,url,evidence,sentence\n"
                + "icews,32887401,2018-06-01,USA,United States,PRK,North Korea,046,1,"
                + "7.000000000000,CONSULT,story:47403874,events.2018.sample.tab:948,\n");
  }
}
