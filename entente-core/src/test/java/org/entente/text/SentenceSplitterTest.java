package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text, String language) {
    NormalisedText normalised = TextNormaliser.normalise(text);
    return SentenceSplitter.split(normalised, language).stream()
        .peek(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.original()))
        .map(Sentence::original)
        .toList();
  }

  @Test
  void japaneseEndsAtFullStopsAndMarksButNotInsideQuotesOrBrackets() {
    assertThat(
            split("プーチン大統領の口から「ロシアは協力する。可能性がある」という発言が飛び出した。" + "詳細は明らかではない！本当か？（注：これは例。）次の文", "ja"))
        .containsExactly(
            "プーチン大統領の口から「ロシアは協力する。可能性がある」という発言が飛び出した。", "詳細は明らかではない！", "本当か？", "（注：これは例。）次の文");
  }

  @Test
  void lineBreaksEndSentencesAndBlankLinesGiveNone() {
    assertThat(split("ロ朝首脳会談とプーチンの対北朝鮮姿勢\n\n\n2023年9月13日。", "ja"))
        .containsExactly("ロ朝首脳会談とプーチンの対北朝鮮姿勢", "2023年9月13日。");
  }

  @Test
  void englishKeepsAbbreviationsAndInitialsInsideTheSentence() {
    assertThat(
            split(
                "Mr. Kirby said on Jan. 5 that the U.S. and the U.N. would act, e.g. at No. 10. "
                    + "John F. Kennedy spoke! Did he? \"Yes.\" It ended.",
                "en"))
        .containsExactly(
            "Mr. Kirby said on Jan. 5 that the U.S. and the U.N. would act, e.g. at No. 10.",
            "John F. Kennedy spoke!",
            "Did he?",
            "\"Yes.\"",
            "It ended.");
  }

  @Test
  void spansPointIntoTheTextAsWrittenAfterNormalisationShortensIt() {
    String text = "ｶﾞｽを送った。ﾛｼｱが受けた。";
    List<Sentence> sentences = SentenceSplitter.split(TextNormaliser.normalise(text), "ja");

    assertThat(sentences).extracting(Sentence::original).containsExactly("ｶﾞｽを送った。", "ﾛｼｱが受けた。");
    assertThat(sentences.get(1).normalised()).isEqualTo("ロシアが受けた。");
    assertThat(sentences.get(1).span(0, 3).of(text)).isEqualTo("ﾛｼｱ");
  }
}
