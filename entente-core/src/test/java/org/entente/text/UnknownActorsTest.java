package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownActorsTest {

  private static List<String> unknown(String text, LocalDate date) {
    List<String> names = new ArrayList<>();
    for (TextPipeline.AnalysedSentence s :
        TextPipeline.bundled().analyse(Document.of("t.txt", text), date)) {
      for (UnknownActors.Unknown u : UnknownActors.find(s)) {
        names.add(u.name() + "/" + u.title());
      }
    }
    return names;
  }

  @Test
  void aJapaneseNameBeforeAnOfficeThatResolvesToNothingIsReported() {
    // Winston Peters, New Zealand's foreign minister, is in no table; ラブロフ is.
    assertThat(unknown("ピーターズ外相はラブロフ外相と電話で会談した。", LocalDate.of(2024, 3, 1)))
        .containsExactly("ピーターズ/外相");
  }

  @Test
  void anEnglishNameAfterATitleThatResolvesToNothingIsReported() {
    assertThat(
            unknown(
                "Foreign Minister Winston Peters met Secretary of State Antony Blinken.",
                LocalDate.of(2024, 3, 1)))
        .containsExactly("Winston Peters/Foreign Minister");
  }

  @Test
  void officesAndBodiesAreNotNames() {
    assertThat(unknown("5回の電話外相会談の機会を利用した。", LocalDate.of(2004, 3, 1))).isEmpty();
  }
}
