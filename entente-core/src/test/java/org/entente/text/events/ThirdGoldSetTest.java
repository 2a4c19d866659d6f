package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The third gold set (issue 23) is what its README says it is: 40 articles, 20 in each language,
 * split once into a development and a held-out part of 10 and 10; over 300 events on more than
 * eight pairs of states; every event tied to an article of its own part by a quotation found in
 * that article ({@link GoldSets}).
 */
class ThirdGoldSetTest {

  private static final Path ROOT = Fixtures.path("text-gold/third");

  @Test
  void fortyArticlesSplitOnceTenAndTenPerLanguage() throws IOException {
    Map<String, GoldSets.Article> articles = GoldSets.articles(ROOT.resolve("articles.csv"), ROOT);
    assertThat(articles).hasSize(40);
    Map<String, Integer> cells = new HashMap<>();
    for (GoldSets.Article a : articles.values()) {
      cells.merge(a.part() + " " + a.lang(), 1, Integer::sum);
    }
    assertThat(cells)
        .containsOnly(
            Map.entry("dev ja", 10),
            Map.entry("dev en", 10),
            Map.entry("heldout ja", 10),
            Map.entry("heldout en", 10));
  }

  @Test
  void everyEventIsWellFormedAndQuotedFromAnArticleOfItsPart() throws IOException {
    Map<String, GoldSets.Article> articles = GoldSets.articles(ROOT.resolve("articles.csv"), ROOT);
    GoldSets.Tally tally = new GoldSets.Tally();
    for (String part : List.of("dev", "heldout")) {
      for (String lang : List.of("ja", "en")) {
        Path dir = ROOT.resolve(part);
        GoldSets.events(dir.resolve(lang + ".gold.jsonl"), dir, lang, part, articles, tally);
      }
    }
    assertThat(tally.unquoted).as("evidence not found in its article").isEmpty();
    assertThat(tally.events).isEqualTo(378);
    assertThat(tally.scored).isEqualTo(310);
    assertThat(tally.pairs).hasSizeGreaterThan(8);
  }
}
