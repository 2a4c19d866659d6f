package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The fourth gold set (issue 23, third step) is what its README says it is: 24 articles, 12 in each
 * language, 227 events (180 scored) on more than eight pairs of states, every event quoted from its
 * article ({@link GoldSets}).
 */
class FourthGoldSetTest {

  private static final Path ROOT = Fixtures.path("text-gold/fourth");

  @Test
  void twentyFourArticlesTwelvePerLanguageEveryEventQuoted() throws IOException {
    Map<String, GoldSets.Article> articles = GoldSets.articles(ROOT.resolve("articles.csv"), ROOT);
    assertThat(articles).hasSize(24);
    assertThat(articles.values().stream().filter(a -> a.lang().equals("ja"))).hasSize(12);
    GoldSets.Tally tally = new GoldSets.Tally();
    for (String lang : List.of("ja", "en")) {
      GoldSets.events(ROOT.resolve(lang + ".gold.jsonl"), ROOT, lang, "fourth", articles, tally);
    }
    assertThat(tally.unquoted).as("evidence not found in its article").isEmpty();
    assertThat(tally.events).isEqualTo(227);
    assertThat(tally.scored).isEqualTo(180);
    assertThat(tally.pairs).hasSizeGreaterThan(8);
  }
}
