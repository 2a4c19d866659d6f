package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on the seed's first paragraph, written with half-width kana and full-width
 * digits.
 */
class TextPipelineTest {

  @TempDir Path dir;

  @Test
  void everySpanPointsIntoTheArticleAsWritten() throws IOException {
    String paragraph;
    try (var in = getClass().getResourceAsStream("/fixtures/text/seed-paragraph.txt")) {
      paragraph = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String written = "ﾛｼｱ極東で２０２３年９月１３日、" + paragraph;
    Path file = dir.resolve("seed.txt");
    Files.write(file, written.getBytes(java.nio.charset.Charset.forName("EUC-JP")));

    List<TextPipeline.AnalysedSentence> sentences =
        TextPipeline.bundled().analyse(file, LocalDate.of(2023, 9, 13));

    assertThat(sentences).hasSize(4);
    for (TextPipeline.AnalysedSentence s : sentences) {
      assertThat(s.sentence().span(0, s.sentence().normalised().length()).of(written))
          .isEqualTo(s.sentence().original());
      for (ActorMention m : s.actors()) {
        assertThat(m.span().of(written)).isEqualTo(m.surface());
      }
    }
    List<String> first =
        sentences.get(0).actors().stream().map(m -> m.surface() + "=" + m.code()).toList();
    assertThat(first).containsExactly("ﾛｼｱ=RUS", "ロシア=RUS");
    assertThat(sentences.get(1).actors())
        .extracting(m -> m.surface() + "=" + m.code() + "/" + m.sector())
        .containsExactly("金正恩総書記=PRK/GOV", "プーチン大統領=RUS/GOV", "ロシア=RUS/", "北朝鮮=PRK/");
    assertThat(sentences.get(1).tokens()).extracting(Token::surface).contains("金正恩", "プーチン");
  }
}
