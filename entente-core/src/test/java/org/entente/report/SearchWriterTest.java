package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.search.SearchHit;
import org.entente.search.SearchKind;
import org.entente.search.SearchResult;
import org.junit.jupiter.api.Test;

/** A sentence hit and an event hit, written exactly, as JSON lines and CSV. */
class SearchWriterTest {

  private static final SearchResult RESULT =
      new SearchResult(
          "羅津 Bangladesh",
          7,
          List.of(
              new SearchHit(
                  SearchKind.SENTENCE,
                  1003.1f,
                  "羅津港は北朝鮮が使用している。",
                  List.of(new SearchHit.Match(0, 2)),
                  new SearchHit.SentenceRef(20, "seed.txt", 11, "ja", 120, 135),
                  null),
              new SearchHit(
                  SearchKind.EVENT,
                  1001.25f,
                  "2018-06-01 Foreign Affairs (Bangladesh) [BGD Bangladesh] → X: 040 Consult",
                  List.of(new SearchHit.Match(28, 38), new SearchHit.Match(45, 55)),
                  null,
                  new SearchHit.EventRef(
                      "icews",
                      "32889836",
                      LocalDate.of(2018, 6, 1),
                      "BGD",
                      "VNM",
                      "040",
                      "events.tab",
                      2))),
          List.of());

  private static String write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SearchWriter.write(format, RESULT, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonLines() {
    assertThat(write(Format.JSONL))
        .isEqualTo(
            "{\"rank\":1,\"kind\":\"sentence\",\"score\":1003.100,\"evidence\":\"seed.txt#11\","
                + "\"id\":\"20\",\"language\":\"ja\",\"date\":\"\",\"source\":\"\",\"target\":\"\","
                + "\"cameo\":\"\",\"text\":\"羅津港は北朝鮮が使用している。\",\"matches\":\"0-2\"}\n"
                + "{\"rank\":2,\"kind\":\"event\",\"score\":1001.250,\"evidence\":\"events.tab:2\","
                + "\"id\":\"icews:32889836\",\"language\":\"\",\"date\":\"2018-06-01\","
                + "\"source\":\"BGD\",\"target\":\"VNM\",\"cameo\":\"040\",\"text\":\"2018-06-01"
                + " Foreign Affairs (Bangladesh) [BGD Bangladesh] → X: 040 Consult\","
                + "\"matches\":\"28-38;45-55\"}\n");
  }

  @Test
  void csv() {
    assertThat(write(Format.CSV))
        .isEqualTo(
            SearchWriter.HEADER
                + "\n1,sentence,1003.100,seed.txt#11,20,ja,,,,,羅津港は北朝鮮が使用している。,0-2\n"
                + "2,event,1001.250,events.tab:2,icews:32889836,,2018-06-01,BGD,VNM,040,"
                + "2018-06-01 Foreign Affairs (Bangladesh) [BGD Bangladesh] → X: 040 Consult,"
                + "28-38;45-55\n");
  }

  @Test
  void noHitsIsAnEmptyJsonArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SearchWriter.write(Format.JSON, new SearchResult("x", 0, List.of(), List.of()), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n]\n");
  }
}
