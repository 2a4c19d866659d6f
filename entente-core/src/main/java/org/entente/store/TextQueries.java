package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.entente.domain.ArticleSentence;
import org.entente.domain.Event;

/**
 * Reads the articles {@link TextImport} stored: their sentences in order, and which sentence each
 * text-coded event was read from, so every such event leads back to its words in context.
 */
public final class TextQueries {

  /**
   * A stored article.
   *
   * @param sourceId its row in {@code sources}
   * @param document its file name
   * @param sentences its sentences in order
   * @param events the ids of the events coded from each sentence, by sentence number
   */
  public record Article(
      long sourceId,
      String document,
      List<ArticleSentence> sentences,
      Map<Integer, List<CodedEvent>> events) {}

  /**
   * An event coded from a sentence, as a page lists it under the sentence: its id in the events
   * table, its day, who acted on whom (ISO-3, or null for an actor with no state) and CAMEO code.
   */
  public record CodedEvent(String id, String date, String source, String target, String cameo) {}

  /**
   * Where an event was read.
   *
   * @param sourceId the article
   * @param n the sentence's number in it
   */
  public record SentenceRef(long sourceId, int n) {}

  private static final String SENTENCE_COLUMNS =
      "source_id, document, n, language, span_start, span_end, sentence";

  private final Store store;

  public TextQueries(Store store) {
    this.store = store;
  }

  /** The article stored as {@code sourceId}, or empty if there is none (or it kept no text). */
  public Optional<Article> article(long sourceId) {
    if (!hasSentences()) {
      return Optional.empty();
    }
    List<ArticleSentence> sentences = new ArrayList<>();
    Map<Integer, List<CodedEvent>> events = new LinkedHashMap<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT "
                        + SENTENCE_COLUMNS
                        + " FROM text_sentences WHERE source_id = ? ORDER BY n");
        PreparedStatement coded =
            store
                .connection()
                .prepareStatement(
                    "SELECT s.n, t.event_id, CAST(e.date AS VARCHAR), e.source_state,"
                        + " e.target_state, e.cameo FROM event_texts t JOIN text_sentences s"
                        + " ON s.source_id = t.source_id AND t.span_start >= s.span_start"
                        + " AND t.span_start < s.span_end"
                        + " LEFT JOIN events e ON e.dataset = t.dataset AND e.event_id = t.event_id"
                        + " WHERE t.source_id = ? ORDER BY s.n, t.span_start, t.event_id")) {
      ps.setLong(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sentences.add(sentence(rs));
        }
      }
      coded.setLong(1, sourceId);
      try (ResultSet rs = coded.executeQuery()) {
        while (rs.next()) {
          CodedEvent event =
              new CodedEvent(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6));
          events.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(event);
        }
      }
    } catch (SQLException e) {
      throw failure("articles", e);
    }
    if (sentences.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Article(sourceId, sentences.get(0).document(), sentences, events));
  }

  /** The sentence each text-coded event among {@code events} was read from, by event id. */
  public Map<String, SentenceRef> places(List<Event> events) {
    Map<String, SentenceRef> places = new HashMap<>();
    if (!hasSentences() || events.stream().noneMatch(e -> e.dataset().equals(TextImport.DATASET))) {
      return places;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT t.event_id, s.source_id, s.n FROM event_texts t JOIN text_sentences s"
                    + " ON s.source_id = t.source_id AND t.span_start >= s.span_start"
                    + " AND t.span_start < s.span_end WHERE t.dataset = ?")) {
      ps.setString(1, TextImport.DATASET);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          places.put(rs.getString(1), new SentenceRef(rs.getLong(2), rs.getInt(3)));
        }
      }
    } catch (SQLException e) {
      throw failure("event sentences", e);
    }
    return places;
  }

  /** The sentence the text-coded event {@code eventId} was read from, or empty if none. */
  public Optional<SentenceRef> place(String eventId) {
    if (!hasSentences()) {
      return Optional.empty();
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT s.source_id, s.n FROM event_texts t JOIN text_sentences s"
                    + " ON s.source_id = t.source_id AND t.span_start >= s.span_start"
                    + " AND t.span_start < s.span_end WHERE t.dataset = ? AND t.event_id = ?")) {
      ps.setString(1, TextImport.DATASET);
      ps.setString(2, eventId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new SentenceRef(rs.getLong(1), rs.getInt(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("event sentences", e);
    }
  }

  /** Every stored sentence, article by article, in order: what the search index reads. */
  public void forEachSentence(Consumer<ArticleSentence> action) {
    if (!hasSentences()) {
      return;
    }
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT " + SENTENCE_COLUMNS + " FROM text_sentences ORDER BY source_id, n");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        action.accept(sentence(rs));
      }
    } catch (SQLException e) {
      throw failure("articles", e);
    }
  }

  private static ArticleSentence sentence(ResultSet rs) throws SQLException {
    return new ArticleSentence(
        rs.getLong(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getString(7));
  }

  /** A store made before articles' sentences were kept has no table for them. */
  private boolean hasSentences() {
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT count(*) FROM information_schema.tables"
                        + " WHERE table_name = 'text_sentences'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) > 0;
    } catch (SQLException e) {
      throw failure("articles", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        "cannot read " + what + " from " + store.file() + ": " + e.getMessage(), e);
  }
}
