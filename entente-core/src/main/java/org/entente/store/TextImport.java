package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.entente.code.CameoEventTypes;
import org.entente.domain.PartialDate;
import org.entente.ingest.EventLines;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.text.Document;
import org.entente.text.NormalisedText;
import org.entente.text.Sentence;
import org.entente.text.SentenceSplitter;
import org.entente.text.TextNormaliser;
import org.entente.text.events.TextEvent;

/**
 * Stores the events coded from one article in the event store, dataset {@code text}, in one
 * transaction, by the import contract (CONTRIBUTING.md): the article is recognised by its SHA-256,
 * so importing it again changes nothing. Each event keeps its evidence in {@code event_texts}: the
 * document, the sentence and the characters of the predicate, the pattern that coded it and its
 * confidence. Every sentence of the article is kept too ({@code text_sentences}, in order, with its
 * characters in the document), so search finds what was not coded and an event's sentence can be
 * read in its context. The dyad series, relations, triads and turning points then count these
 * events beside GDELT's and ICEWS's.
 *
 * <pre>{@code
 * EventImportReport r = new TextImport(store).run(path, document, events);
 * }</pre>
 */
public final class TextImport {

  /** The dataset label of events coded from articles. */
  public static final String DATASET = "text";

  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS event_texts (
        dataset      VARCHAR NOT NULL,
        event_id     VARCHAR NOT NULL,
        document     VARCHAR NOT NULL,
        sentence     VARCHAR NOT NULL,
        span_start   INTEGER NOT NULL,
        span_end     INTEGER NOT NULL,
        date_to      VARCHAR,
        pattern      VARCHAR NOT NULL,
        confidence   DOUBLE NOT NULL,
        source_id    INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS text_sentences (
        source_id    INTEGER NOT NULL,
        document     VARCHAR NOT NULL,
        n            INTEGER NOT NULL,
        language     VARCHAR NOT NULL,
        span_start   INTEGER NOT NULL,
        span_end     INTEGER NOT NULL,
        sentence     VARCHAR NOT NULL
      );
      """;

  private final Store store;

  public TextImport(Store store) {
    this.store = store;
  }

  /**
   * Stores the events of one article.
   *
   * @param file the article, whose bytes identify it
   * @param document the article as read from {@code file}, whose sentences are stored
   * @param events what was coded from it
   */
  public EventImportReport run(Path file, Document document, List<TextEvent> events) {
    Connection conn = ImportTransaction.begin(store, 0);
    try {
      String sha256 = EventLines.sha256(file);
      Map<String, Long> known = ImportTransaction.knownSources(conn);
      if (known.containsKey(sha256)) {
        return EventImportReport.nothingNew();
      }
      return ImportTransaction.run(
          conn,
          Progress.NONE,
          () -> {
            long sourceId;
            try (java.sql.Statement st = conn.createStatement()) {
              sourceId = ImportTransaction.nextSourceId(st);
            }
            EventImport.refreshCameoTypes(conn);
            insert(conn, events, sourceId, sha256);
            insertSentences(conn, document, sourceId);
            ImportTransaction.commit(
                conn, new Rejects(), 0, null, () -> recordSource(conn, file, sha256, sourceId));
            return new EventImportReport(
                false, 1, events.size(), events.size(), 0, List.of(), null);
          });
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  private static void insert(Connection conn, List<TextEvent> events, long sourceId, String sha)
      throws SQLException {
    try (PreparedStatement event =
            conn.prepareStatement(
                "INSERT INTO events ("
                    + EventImport.COLUMNS
                    + ") VALUES"
                    + " (?, ?, ?, ?, ?, ?, '', ?, ?, '', ?, ?, ?, '', NULL, NULL, ?, ?, ?)");
        PreparedStatement text =
            conn.prepareStatement(
                "INSERT INTO event_texts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (TextEvent e : events) {
        n++;
        // The article's hash and the event's place in it: stable, so a duplicate is one.
        String id = sha.substring(0, 16) + ":" + n;
        CameoEventTypes.Type type =
            CameoEventTypes.bundled()
                .type(e.cameo())
                .orElseThrow(() -> new IllegalArgumentException("unknown CAMEO " + e.cameo()));
        int i = 1;
        event.setString(i++, DATASET);
        event.setString(i++, id);
        event.setObject(i++, e.date().first());
        event.setString(i++, precision(e.date()));
        event.setString(i++, state(e.source()));
        event.setString(i++, e.source());
        event.setString(i++, state(e.target()));
        event.setString(i++, e.target());
        event.setString(i++, e.cameo());
        event.setInt(i++, type.quadClass());
        event.setDouble(i++, type.goldstein());
        event.setString(i++, "doc:" + e.doc() + "#" + e.span().start() + "-" + e.span().end());
        event.setLong(i++, sourceId);
        event.setLong(i++, e.line());
        event.addBatch();
        int j = 1;
        text.setString(j++, DATASET);
        text.setString(j++, id);
        text.setString(j++, e.doc());
        text.setString(j++, e.sentence());
        text.setInt(j++, e.span().start());
        text.setInt(j++, e.span().end());
        text.setString(j++, e.dateTo() == null ? null : e.dateTo().toString());
        text.setString(j++, e.pattern());
        text.setDouble(j++, e.confidence());
        text.setLong(j++, sourceId);
        text.addBatch();
      }
      event.executeBatch();
      text.executeBatch();
    }
  }

  private static void insertSentences(Connection conn, Document document, long sourceId)
      throws SQLException {
    NormalisedText text = TextNormaliser.normalise(document.text());
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO text_sentences VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Sentence s : SentenceSplitter.split(text, document.language())) {
        String original = s.original().strip();
        if (original.isEmpty()) {
          continue;
        }
        ps.setLong(1, sourceId);
        ps.setString(2, document.name());
        ps.setInt(3, s.index());
        ps.setString(4, s.language());
        ps.setInt(5, s.start());
        ps.setInt(6, s.end());
        ps.setString(7, original);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** An ISO-3 state, or null for an organisation (IGOUNO names no state). */
  private static String state(String actor) {
    return actor.length() == 3 ? actor : null;
  }

  private static String precision(PartialDate date) {
    return switch (date.precision()) {
      case DAY -> "day";
      case MONTH -> "month";
      case YEAR -> "year";
    };
  }

  private static void recordSource(Connection conn, Path file, String sha256, long sourceId)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO sources VALUES (?, ?, 'text', ?,"
                + " (SELECT count(*) FROM events WHERE source_id = ?), 0, current_timestamp)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, file.toString());
      ps.setString(3, sha256);
      ps.setLong(4, sourceId);
      ps.executeUpdate();
    }
  }
}
