package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

  @Test
  void fullWidthAsciiBecomesAsciiKeepingTheLength() {
    NormalisedText text = TextNormaliser.normalise("２０２３年（令和５年）にＵＮが！");

    assertThat(text.text()).isEqualTo("2023年(令和5年)にUNが!");
    assertThat(text.isLengthPreserving()).isTrue();
    assertThat(text.originalStart(5)).isEqualTo(5);
  }

  @Test
  void halfWidthKatakanaBecomesFullWidthWithItsVoicingMark() {
    String original = "ﾌﾟｰﾁﾝとｶﾞｽ";
    NormalisedText text = TextNormaliser.normalise(original);

    assertThat(text.text()).isEqualTo("プーチンとガス");
    assertThat(text.isLengthPreserving()).isFalse();
    // ガス (normalised 5..7) is ｶﾞｽ (original 6..9).
    assertThat(original.substring(text.originalStart(5), text.originalEnd(7))).isEqualTo("ｶﾞｽ");
    // プ (normalised 0..1) is ﾌﾟ (original 0..2).
    assertThat(original.substring(text.originalStart(0), text.originalEnd(1))).isEqualTo("ﾌﾟ");
  }

  @Test
  void whatNfkcWouldChangeBeyondWidthStaysAsWritten() {
    NormalisedText text = TextNormaliser.normalise("①㈱…「」。　x");

    assertThat(text.text()).isEqualTo("①㈱…「」。 x");
  }

  @Test
  void aSliceMapsToItsOwnOriginal() {
    NormalisedText text = TextNormaliser.normalise("ｱｲﾞｳ。ﾛｼｱﾞ");
    NormalisedText slice = text.slice(text.text().indexOf('ロ'), text.length());

    assertThat(slice.text()).startsWith("ロシア");
    assertThat(slice.original()).isEqualTo("ﾛｼｱﾞ");
  }

  @Test
  void plainTextIsTheIdentity() {
    NormalisedText text = TextNormaliser.normalise("ロシアと北朝鮮");

    assertThat(text.text()).isSameAs(text.original());
  }
}
