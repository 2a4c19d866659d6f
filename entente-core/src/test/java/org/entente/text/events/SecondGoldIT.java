package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entente.Fixtures;
import org.entente.report.Format;
import org.entente.report.TextEventWriter;
import org.entente.text.Documents;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the second gold set ({@code fixtures/text-gold}: Japan – South Korea – United
 * States texts, coded by hand before the extractor ever ran on them) and on the seed, scored by
 * {@link GoldScore} as {@code score_events.py} scores {@code entente extract --format jsonl}.
 *
 * <p>The floors are the F1 last measured (2026-11-27: Japanese 0.150 when the set was made, 0.571
 * after the general fixes it showed were needed; English 0.276) less 0.02: a regression guard, not
 * a target. Raise them when the extractor improves.
 */
class SecondGoldIT {

  @Test
  void japaneseSecondGoldAboveFloor() throws IOException {
    GoldScore.Result r = scoreFixture("ja-japan-korea");
    assertThat(r.f1()).as(r.line()).isGreaterThanOrEqualTo(0.571 - 0.02);
  }

  @Test
  void englishSecondGoldAboveFloor() throws IOException {
    GoldScore.Result r = scoreFixture("en-japan-korea-us");
    assertThat(r.f1()).as(r.line()).isGreaterThanOrEqualTo(0.276 - 0.02);
  }

  /**
   * The seed extracted and scored in Java gives what {@code score_events.py} printed for {@code
   * entente extract} on the seed at this commit (re-run it and update the line when the extractor
   * changes; {@link GoldScoreTest} checks the port on fixed predictions).
   */
  @Test
  void seedScoredAsThePythonScorerDoes() throws IOException {
    GoldScore.Result r =
        score(
            SharedFiles.path("seed/000_773c8fdd13e22dec.txt"),
            SharedFiles.path("gold/seed-events.jsonl"));
    assertThat(r.line())
        .isEqualTo(
            "gold=28 predicted=26 matched=26 precision=1.0 recall=0.929 f1=0.963 core_recall=1.0"
                + " direction_correct=25");
  }

  private static GoldScore.Result scoreFixture(String name) throws IOException {
    return score(
        Fixtures.path("text-gold/" + name + ".txt"),
        Fixtures.path("text-gold/" + name + ".gold.jsonl"));
  }

  /** Extracts as {@code entente extract FILE --format jsonl} does, then scores the lines. */
  private static GoldScore.Result score(Path text, Path gold) throws IOException {
    var events = TextEvents.bundled().extract(Documents.read(text), "auto", null);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    TextEventWriter.write(Format.JSONL, events, jsonl);
    return GoldScore.score(
        GoldScore.read(gold), GoldScore.parse(jsonl.toString(StandardCharsets.UTF_8)));
  }
}
