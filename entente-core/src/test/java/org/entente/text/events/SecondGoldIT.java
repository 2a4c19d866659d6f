package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the second gold set ({@code fixtures/text-gold}: Japan – South Korea – United
 * States texts, coded by hand before the extractor ever ran on them), scored by {@link GoldScore}
 * as {@code bench/text/score_events.py} scores {@code entente extract --format jsonl}. The seed
 * briefing is not in the repository (copyrighted): {@code bench/text.sh --score} scores it where a
 * developer has it.
 *
 * <p>The floors are the F1 last measured (2026-11-27: Japanese 0.150 when the set was made, 0.571
 * after the general fixes it showed were needed; English 0.276) less 0.02: a regression guard, not
 * a target. Raise them when the extractor improves. 2026-12-07 (issue 23's coder): Japanese 0.557,
 * within the floor; English 0.364, the floor raised. 2026-12-07, third step (English patterns,
 * {@link EnglishEvents}): English 0.579, then 0.692 with possessives read, the floor raised.
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
    assertThat(r.f1()).as(r.line()).isGreaterThanOrEqualTo(0.692 - 0.02);
  }

  private static GoldScore.Result scoreFixture(String name) throws IOException {
    return ExtractionScore.of(
        Fixtures.path("text-gold/" + name + ".txt"),
        Fixtures.path("text-gold/" + name + ".gold.jsonl"));
  }
}
