package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAnalyzerTest {

  private final NameAnalyzer analyzer = new NameAnalyzer();

  private List<String> terms(String field, String text) {
    return NameForm.terms(analyzer, field, text);
  }

  @Test
  void wordsAreFoldedAndSplitAtHyphensAndPunctuation() {
    assertThat(terms(NameAnalyzer.WORDS, "KIM, Jong-Eun")).containsExactly("kim", "jong", "eun");
    assertThat(terms(NameAnalyzer.WORDS, "EUGÈNE BARRET NGAÏKOSSET"))
        .containsExactly("eugene", "barret", "ngaikosset");
    assertThat(terms(NameAnalyzer.WORDS, "Ri Pyo’ng-ch’o’l"))
        .containsExactly("ri", "pyong", "chol");
    assertThat(terms(NameAnalyzer.WORDS, "AL QA'IDA")).containsExactly("al", "qaida");
  }

  @Test
  void soundsMeetAcrossRomanisations() {
    assertThat(terms(NameAnalyzer.SOUNDS, "Qadhafi"))
        .isEqualTo(terms(NameAnalyzer.SOUNDS, "Gaddafi"));
    assertThat(terms(NameAnalyzer.SOUNDS, "Lee")).isEqualTo(terms(NameAnalyzer.SOUNDS, "Ri"));
    assertThat(terms(NameAnalyzer.SOUNDS, "Park")).isEqualTo(terms(NameAnalyzer.SOUNDS, "Pak"));
    assertThat(terms(NameAnalyzer.SOUNDS, "Choi")).isEqualTo(terms(NameAnalyzer.SOUNDS, "Choe"));
  }

  @Test
  void joinedRunsMeetNamesWrittenAsOneWord() {
    assertThat(terms(NameAnalyzer.JOINED, "Kim Jong Un"))
        .containsExactly("kimjong", "kimjongun", "jongun");
  }

  @Test
  void keysFollowTheRomanisationTable() {
    assertThat(NameAnalyzer.key("lee")).isEqualTo("ri");
    assertThat(NameAnalyzer.key("yoo")).isEqualTo("yu");
    assertThat(NameAnalyzer.key("hossein")).isEqualTo("hussein");
    assertThat(NameAnalyzer.key("kim")).isEqualTo("kim");
  }

  @Test
  void aFormHasOneListOfSoundsPerWord() {
    NameForm form = NameForm.of(analyzer, "Kim Jong-Eun 3");
    assertThat(form.words()).containsExactly("kim", "jong", "eun", "3");
    assertThat(form.sounds()).hasSize(4);
    assertThat(form.sounds().get(1)).contains("JNK");
    assertThat(form.joined()).isEqualTo("kimjongeun3");
  }
}
