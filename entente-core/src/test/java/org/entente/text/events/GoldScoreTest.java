package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@link GoldScore} against the Python scorer it ports ({@code bench/text/score_events.py}): on
 * fixed predictions (the extractor's output kept under {@code text-gold/predictions}) and on small
 * cases for each rule. Every expected line was printed by the Python scorer on the same input.
 */
class GoldScoreTest {

  @Test
  void seedPredictionsScoreAsInPython() {
    GoldScore.Result r =
        GoldScore.score(
            GoldScore.read(Fixtures.path("text-gold/seed.gold.jsonl")),
            GoldScore.read(Fixtures.path("text-gold/predictions/seed.pred.jsonl")));
    assertThat(r.line())
        .isEqualTo(
            "gold=28 predicted=26 matched=26 precision=1.0 recall=0.929 f1=0.963 core_recall=1.0"
                + " direction_correct=25");
  }

  @Test
  void japanesePredictionsScoreAsInPython() {
    assertThat(score("ja-japan-korea").line())
        .isEqualTo(
            "gold=27 predicted=13 matched=3 precision=0.231 recall=0.111 f1=0.15"
                + " core_recall=0.087 direction_correct=3");
  }

  @Test
  void englishPredictionsScoreAsInPython() {
    assertThat(score("en-japan-korea-us").line())
        .isEqualTo(
            "gold=40 predicted=18 matched=8 precision=0.444 recall=0.2 f1=0.276"
                + " core_recall=0.229 direction_correct=7");
  }

  /**
   * Precision of dates (a month accepts a day, not a year), ranges, USR as RUS, duplicates counted
   * once, an optional event hit, an empty date, month 13, a list where a type should be.
   */
  @Test
  void datesAliasesDuplicatesAndOptionalEvents() {
    String gold =
        """
        {"id":"a","date":"2023-09","source":"RUS","target":"PRK","plover":"CONSULT"}
        {"id":"b","date":"2022-01-01","date_to":"2022-09-30","source":"RUS","target":"PRK","plover":["REQUEST","AGREE"],"hard":true}
        {"id":"c","date":"2018","source":"CHN","target":"IGOUNO","plover":"REQUEST","optional":true}
        {"id":"d","date":"1996","source":"SUN","target":"PRK","plover":"SANCTION"}
        {"id":"e","date":"2000","source":"RUS","target":"PRK","plover":"SUPPORT"}
        """;
    String preds =
        """
        {"date":"2023","source":"PRK","target":"RUS","plover":"CONSULT"}
        {"date":"2023-09-13","source":"PRK","target":"RUS","plover":"CONSULT"}
        {"date":"2023-09-13","source":"PRK","target":"RUS","plover":"CONSULT"}
        {"date":"2022-09","source":"RUS","target":"PRK","plover":"AGREE"}
        {"date":"2018-09","source":"CHN","target":"IGOUNO","plover":"REQUEST"}
        {"date":"1996","source":" usr ","target":"PRK","plover":"SANCTION"}
        {"date":"2022-10","source":"RUS","target":"PRK","plover":"AGREE"}
        {"date":"","source":"RUS","target":"PRK","plover":"CONSULT"}
        {"date":"2023-13","source":"RUS","target":"PRK","plover":"CONSULT"}
        {"date":"2023-09-13","source":"RUS","target":"PRK","plover":["CONSULT"]}
        """;
    assertThat(GoldScore.score(GoldScore.parse(gold), GoldScore.parse(preds)).line())
        .isEqualTo(
            "gold=4 predicted=8 matched=3 precision=0.375 recall=0.75 f1=0.5 core_recall=0.667"
                + " direction_correct=2");
  }

  /** Gold is matched greedily in file order; documents keep their events apart. */
  @Test
  void greedyOrderAndDocuments() {
    List<com.fasterxml.jackson.databind.JsonNode> gold =
        GoldScore.parse(
            """
            {"id":"x","doc":"a.txt","date":"2023","source":"JPN","target":"KOR","plover":"CONSULT"}
            {"id":"y","doc":"a.txt","date":"2023-08-18","source":"JPN","target":"KOR","plover":"CONSULT"}
            {"id":"z","date":"2023-08","source":"USA","target":"KOR","plover":"AGREE"}
            """);
    List<com.fasterxml.jackson.databind.JsonNode> preds =
        GoldScore.parse(
            """
            {"doc":"a.txt","date":"2023-08-18","source":"KOR","target":"JPN","plover":"CONSULT"}
            {"doc":"b.txt","date":"2023-08-18","source":"KOR","target":"JPN","plover":"CONSULT"}
            {"doc":"b.txt","date":"2023-08-18","source":"USA","target":"KOR","plover":"AGREE"}
            """);
    assertThat(GoldScore.score(gold, preds).line())
        .isEqualTo(
            "gold=3 predicted=3 matched=2 precision=0.667 recall=0.667 f1=0.667"
                + " core_recall=0.667 direction_correct=1");
    assertThat(GoldScore.score(gold, preds, "a.txt").line())
        .isEqualTo(
            "gold=3 predicted=1 matched=1 precision=1.0 recall=0.333 f1=0.5 core_recall=0.333"
                + " direction_correct=0");
    assertThat(GoldScore.score(gold, preds, "b.txt").line())
        .isEqualTo(
            "gold=1 predicted=2 matched=1 precision=0.5 recall=1.0 f1=0.667 core_recall=1.0"
                + " direction_correct=1");
  }

  private static GoldScore.Result score(String name) {
    return GoldScore.score(
        GoldScore.read(Fixtures.path("text-gold/" + name + ".gold.jsonl")),
        GoldScore.read(Fixtures.path("text-gold/predictions/" + name + ".pred.jsonl")));
  }
}
