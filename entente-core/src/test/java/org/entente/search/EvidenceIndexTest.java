package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.entente.Fixtures;
import org.entente.domain.ArticleSentence;
import org.entente.ingest.Progress;
import org.entente.store.EventImport;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.entente.store.TextImport;
import org.entente.store.TextQueries;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.events.TextEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search over Japanese articles (the Russia – North Korea example and the Japan – Korea gold text),
 * an English statement and ICEWS events, checked against a brute force over the stored sentences
 * ({@code String.contains}) and against the raw event file.
 */
class EvidenceIndexTest {

  private static final Path JAPANESE = Fixtures.example("ja-russia-north-korea.txt");
  private static final Path JAPANESE_GOLD = Fixtures.path("text-gold/ja-japan-korea.txt");
  private static final Path ENGLISH = Fixtures.path("text-gold/en-japan-korea-us.txt");
  private static final Path ICEWS = Fixtures.path("events/events.2018.sample.tab");

  @TempDir static Path dir;
  private static Store store;
  private static EvidenceIndex index;
  private static List<ArticleSentence> stored;

  @BeforeAll
  static void importAndIndex() throws Exception {
    store = Store.open(dir.resolve("search.duckdb"), "512MB");
    importArticle(JAPANESE);
    importArticle(JAPANESE_GOLD);
    importArticle(ENGLISH);
    new EventImport(store)
        .run(List.of(ICEWS), "auto", false, EventImport.UNLIMITED, null, Progress.NONE);
    index = EvidenceIndex.build(store);
    stored = new ArrayList<>();
    new TextQueries(store).forEachSentence(stored::add);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static void importArticle(Path file) throws IOException {
    Document document = Documents.read(file);
    new TextImport(store).run(file, document, TextEvents.bundled().extract(document, "auto", null));
  }

  private static List<String> jaTerms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    Analyzer analyzer = EvidenceIndex.analyzer();
    try (TokenStream ts = analyzer.tokenStream(EvidenceIndex.JA, new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  private static Set<String> keys(List<SearchHit> hits) {
    Set<String> keys = new HashSet<>();
    for (SearchHit h : hits) {
      keys.add(h.sentence().sourceId() + "#" + h.sentence().n());
    }
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"国連", "制裁", "ロシア", "会談", "北朝鮮", "弾道"})
  void aOneTokenWordFindsExactlyTheSentencesThatContainIt(String word) throws IOException {
    assertThat(jaTerms(word)).as("Kuromoji reads %s as one token", word).containsExactly(word);
    Set<String> expected = new HashSet<>();
    for (ArticleSentence s : stored) {
      if (s.text().contains(word)) {
        expected.add(s.sourceId() + "#" + s.n());
      }
    }
    assertThat(expected).as("the articles use %s", word).isNotEmpty();

    SearchResult r = index.search(word, SearchKind.SENTENCE, null, 1000);

    assertThat(keys(r.hits())).isEqualTo(expected);
    assertThat(r.total()).isEqualTo(expected.size());
  }

  @Test
  void anInflectedJapaneseVerbFindsItsNoun() {
    long inflected = stored.stream().filter(s -> s.text().contains("一致した")).count();
    long noun = stored.stream().filter(s -> s.text().contains("一致")).count();
    assertThat(inflected).isPositive().isLessThan(noun);

    SearchResult r = index.search("一致した", SearchKind.SENTENCE, null, 1000);

    assertThat(r.total()).as("every sentence with 一致, not only 一致した").isEqualTo(noun);
  }

  @Test
  void matchRangesPointAtTheQueryWord() {
    for (String word : List.of("制裁", "安保理", "ロシア")) {
      SearchResult r = index.search(word, SearchKind.SENTENCE, null, 1000);
      for (SearchHit h : r.hits()) {
        assertThat(h.matches()).as(h.text()).isNotEmpty();
        int expectedCount = 0;
        for (int i = h.text().indexOf(word); i >= 0; i = h.text().indexOf(word, i + 1)) {
          expectedCount++;
        }
        assertThat(h.matches()).as(h.text()).hasSize(expectedCount);
        for (SearchHit.Match m : h.matches()) {
          assertThat(h.text().substring(m.start(), m.end())).isEqualTo(word);
        }
      }
    }
  }

  @Test
  void sentencesWithBothWordsRankFirst() {
    long both =
        stored.stream().filter(s -> s.text().contains("制裁") && s.text().contains("国連")).count();
    long either =
        stored.stream().filter(s -> s.text().contains("制裁") || s.text().contains("国連")).count();
    assertThat(both).isPositive().isLessThan(either);

    SearchResult r = index.search("制裁 国連", SearchKind.SENTENCE, null, 1000);

    assertThat(r.total()).isEqualTo(either);
    for (int i = 0; i < r.hits().size(); i++) {
      String text = r.hits().get(i).text();
      assertThat(text.contains("制裁") && text.contains("国連"))
          .as("hit %d: %s", i, text)
          .isEqualTo(i < both);
    }
  }

  @Test
  void anInflectedEnglishWordFindsItsOtherForms() throws IOException {
    String article = Files.readString(ENGLISH, StandardCharsets.UTF_8);
    assertThat(article).contains("alliances").doesNotContain("alliance ");

    SearchResult r = index.search("alliance", SearchKind.SENTENCE, null, 50);

    assertThat(r.hits())
        .isNotEmpty()
        .allSatisfy(
            h -> assertThat(h.text().toLowerCase(java.util.Locale.ROOT)).contains("allianc"));
    SearchHit first = r.hits().get(0);
    assertThat(first.sentence().document()).isEqualTo("en-japan-korea-us.txt");
    assertThat(first.sentence().language()).isEqualTo("en");
    SearchHit.Match m = first.matches().get(0);
    assertThat(first.text().substring(m.start(), m.end())).isEqualToIgnoringCase("alliances");
    assertThat(article.substring(first.sentence().start(), first.sentence().end()))
        .as("the sentence's span leads back into the article")
        .isEqualTo(first.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"",
        "(((",
        ")",
        "\u202E制裁",
        "-",
        "*",
        "~2",
        "+ -",
        "\"unbalanced",
        "",
        "   "
      })
  void hostileQueriesNeverThrow(String query) {
    assertThatCode(() -> index.search(query, SearchKind.ALL, null, 10)).doesNotThrowAnyException();
  }

  @Test
  void aLongQueryAndOneWithoutWordsAreAnsweredWithANote() {
    String longQuery = "制裁 sanctions ".repeat(400).substring(0, 5000);
    assertThatCode(() -> index.search(longQuery, SearchKind.ALL, null, 10))
        .doesNotThrowAnyException();
    assertThatCode(() -> index.search("北朝鮮制裁".repeat(1000), SearchKind.ALL, null, 10))
        .as("5,000 characters without a space: one word of thousands of tokens")
        .doesNotThrowAnyException();
    StringBuilder distinct = new StringBuilder();
    for (int i = 0; distinct.length() < 5000; i++) {
      distinct.append("word").append(i).append(i % 7 == 0 ? " 制裁 " : " ");
    }
    SearchResult many = index.search(distinct.toString(), SearchKind.ALL, null, 10);
    assertThat(many.notes()).anyMatch(n -> n.contains("only the first 50"));
    assertThat(many.hits()).isNotEmpty();
    SearchResult punctuation = index.search("((( ))) !!", SearchKind.ALL, null, 10);
    assertThat(punctuation.hits()).isEmpty();
    assertThat(punctuation.total()).isZero();
    assertThat(punctuation.notes()).anyMatch(n -> n.contains("no searchable words"));
    SearchResult script = index.search("<script>alert(1)</script>", SearchKind.ALL, null, 10);
    assertThat(script.hits()).allSatisfy(h -> assertThat(h.text()).doesNotContain("<script>"));
  }

  @Test
  void anEventIsFoundByAnActorNameWithItsFileAndLine() throws IOException {
    List<String> lines = Files.readAllLines(ICEWS, StandardCharsets.UTF_8);
    Set<Long> expectedLines = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f[2].contains("Bangladesh") || f[8].contains("Bangladesh")) {
        expectedLines.add((long) i + 1);
      }
    }
    assertThat(expectedLines).isNotEmpty();

    SearchResult r = index.search("Bangladesh", SearchKind.EVENT, null, 10_000);

    assertThat(r.hits()).allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchKind.EVENT));
    Set<Long> found = new HashSet<>();
    for (SearchHit h : r.hits()) {
      assertThat(Path.of(h.event().file())).isEqualTo(ICEWS);
      assertThat(h.event().dataset()).isEqualTo("icews");
      found.add(h.event().line());
    }
    assertThat(found).containsAll(expectedLines);
    SearchHit one = r.hits().stream().filter(h -> h.event().line() == 2).findFirst().orElseThrow();
    String[] raw = lines.get(1).split("\t", -1);
    assertThat(one.event().id()).isEqualTo(raw[0]);
    assertThat(one.event().date()).hasToString(raw[1]);
    assertThat(one.event().cameo()).isEqualTo(raw[6]);
    assertThat(one.event().sourceState()).isEqualTo("BGD");
    assertThat(one.event().targetState()).isEqualTo("VNM");
    assertThat(one.text()).contains("Foreign Affairs (Bangladesh)");
  }

  @Test
  void kindAndStateFilterTheHits() {
    SearchResult bgd = index.search("Consult", SearchKind.EVENT, "bgd", 10_000);
    assertThat(bgd.hits())
        .isNotEmpty()
        .allSatisfy(
            h ->
                assertThat(List.of(h.event().sourceState(), h.event().targetState()))
                    .contains("BGD"));
    SearchResult sentences = index.search("Japan", SearchKind.SENTENCE, "KOR", 1000);
    assertThat(sentences.hits())
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.kind()).isEqualTo(SearchKind.SENTENCE));
    assertThat(index.search("Japan", SearchKind.SENTENCE, "ZZZ", 10).hits()).isEmpty();
  }

  @Test
  void anIndexOfOneKindHoldsOnlyThatKind() {
    EvidenceIndex sentences = EvidenceIndex.build(store, SearchKind.SENTENCE);
    assertThat(sentences.events()).isZero();
    assertThat(sentences.sentences()).isEqualTo(stored.size());
    assertThat(sentences.search("Bangladesh", SearchKind.ALL, null, 10).hits()).isEmpty();
    EvidenceIndex events = EvidenceIndex.build(store, SearchKind.EVENT);
    assertThat(events.sentences()).isZero();
    assertThat(events.events())
        .as("every stored event, fewer than the cap")
        .isEqualTo(index.events())
        .isEqualTo(new EventQueries(store).count())
        .isPositive();
  }

  @Test
  void oneIndexAnswersManyThreadsAtOnceAndIsBuiltOnce() throws Exception {
    java.util.function.Supplier<EvidenceIndex> lazy = EvidenceIndex.lazy(store);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Object[]>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        String q = i % 2 == 0 ? "Bangladesh" : "alliance";
        answers.add(
            pool.submit(
                () -> {
                  EvidenceIndex built = lazy.get();
                  return new Object[] {built, built.search(q, SearchKind.ALL, null, 5).total()};
                }));
      }
      Set<Object> indexes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (int i = 0; i < answers.size(); i++) {
        Object[] a = answers.get(i).get();
        indexes.add(a[0]);
        String q = i % 2 == 0 ? "Bangladesh" : "alliance";
        assertThat(a[1]).isEqualTo(index.search(q, SearchKind.ALL, null, 5).total());
      }
      assertThat(indexes).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anEmptyStoreSaysWhatToImport() {
    try (Store empty = Store.open(dir.resolve("empty.duckdb"), "256MB")) {
      SearchResult r = EvidenceIndex.lazy(empty).get().search("制裁", SearchKind.ALL, null, 10);
      assertThat(r.hits()).isEmpty();
      assertThat(r.notes()).anyMatch(n -> n.contains("entente import-text FILE"));
    }
  }
}
