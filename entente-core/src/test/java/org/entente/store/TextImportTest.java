package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.EventPeriod;
import org.entente.domain.ArticleSentence;
import org.entente.domain.Event;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.events.TextEvent;
import org.entente.text.events.TextEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events coded from an article are stored with their sentences, once. */
class TextImportTest {

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("text.duckdb"), "512MB");
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Path article() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(
        file,
        "見出し\n2019年6月27日、日本は大阪で韓国と会談した。\n2022年11月、イランからロシアへ兵器が輸送された。\n",
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theEventsAndTheirSentencesAreStoredOnceAndCountInTheSeries() throws Exception {
    Path file = article();
    Document document = Documents.read(file);
    List<TextEvent> coded = TextEvents.bundled().extract(document, "auto", null);
    assertThat(coded).hasSize(2);

    EventImportReport first = new TextImport(store).run(file, document, coded);
    EventImportReport again = new TextImport(store).run(file, document, coded);

    assertThat(first.imported()).isEqualTo(2);
    assertThat(again.alreadyLoaded()).isTrue();
    EventQueries queries = new EventQueries(store);
    List<Event> events = queries.between("JPN", "KOR", false, null, null);
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.dataset()).isEqualTo("text");
    assertThat(e.line()).as("the line of the article").isEqualTo(2);
    assertThat(e.plover()).isEqualTo("CONSULT");
    Map<String, String> sentences = queries.sentences(events);
    assertThat(sentences.get(e.id())).isEqualTo("2019年6月27日、日本は大阪で韓国と会談した。");
    assertThat(DyadEventSeries.of("JPN", "KOR", EventPeriod.YEAR, false, events))
        .singleElement()
        .satisfies(p -> assertThat(p.verbalCoop()).isEqualTo(1));
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT count(*) FROM event_texts WHERE document = 'article.txt'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(2);
    }
    TextQueries texts = new TextQueries(store);
    TextQueries.SentenceRef place = texts.places(events).get(e.id());
    TextQueries.Article article = texts.article(place.sourceId()).orElseThrow();
    assertThat(article.sentences())
        .extracting(ArticleSentence::text)
        .containsExactly("見出し", "2019年6月27日、日本は大阪で韓国と会談した。", "2022年11月、イランからロシアへ兵器が輸送された。");
    assertThat(place.n()).isEqualTo(1);
    // the sentence's event as the page lists it: the stored event's day, states and code
    assertThat(article.events().get(1))
        .containsExactly(new TextQueries.CodedEvent(e.id(), "2019-06-27", "JPN", "KOR", e.cameo()));
    assertThat(article.events().get(2))
        .singleElement()
        .satisfies(x -> assertThat(x.source()).isEqualTo("IRN"))
        .satisfies(x -> assertThat(x.date()).startsWith("2022-11"));
    assertThat(article.sentences().get(1).start())
        .as("the sentence's place in the article's text")
        .isEqualTo(Files.readString(file).indexOf("2019年6月27日"));
  }
}
