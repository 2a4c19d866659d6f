package org.entente.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseTokensTest {

  private static List<String> surfaces(String text) {
    return JapaneseTokens.tokens(text).stream().map(Token::surface).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "金正恩",
        "金正日",
        "金日成",
        "習近平",
        "プーチン",
        "岸田文雄",
        "尹錫悦",
        "羅津",
        "羅先",
        "羅津港",
        "国連安全保障理事会",
        "国連安保理",
        "ショイグ",
        "ラブロフ",
        "ゼレンスキー"
      })
  void userDictionaryWordsAreSingleTokens(String word) {
    assertThat(surfaces("昨日、" + word + "が発表した")).contains(word);
  }

  @Test
  void theSeedsFirstSentenceIsCutAsExpected() {
    assertThat(surfaces("金正恩総書記と会談したプーチン大統領"))
        .containsExactly("金正恩", "総", "書記", "と", "会談", "し", "た", "プーチン", "大統領");
  }

  @Test
  void offsetsPointIntoTheSentenceAndBaseFormsAreKept() {
    String text = "羅津港からロシアへ輸送された";
    for (Token token : JapaneseTokens.tokens(text)) {
      assertThat(text.substring(token.start(), token.end())).isEqualTo(token.surface());
    }
    assertThat(JapaneseTokens.tokens(text)).extracting(Token::baseForm).contains("輸送", "する", "れる");
  }

  @Test
  void englishTokensKeepCaseAndOffsets() {
    List<Token> tokens = EnglishTokens.tokens("Kim Jong Un met Putin.");
    assertThat(tokens)
        .extracting(Token::surface)
        .containsExactly("Kim", "Jong", "Un", "met", "Putin");
    assertThat(tokens.get(4).start()).isEqualTo(16);
  }

  @Test
  void eachThreadHasItsOwnTokenizer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results =
          java.util.stream.IntStream.range(0, 200)
              .mapToObj(i -> pool.submit(() -> surfaces("中ロ朝にはそれぞれの思惑があり" + i)))
              .toList();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).startsWith("中", "ロ", "朝");
      }
    } finally {
      pool.shutdown();
    }
  }
}
