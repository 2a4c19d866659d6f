package org.entente.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence a search found: its text, where in that text the query matched, and the ids
 * that lead back to it — an article's sentence ({@link #sentence}) or an event ({@link #event}),
 * the other null.
 *
 * @param kind {@link SearchKind#SENTENCE} or {@link SearchKind#EVENT}
 * @param score Lucene's BM25 score: higher is better, comparable only within one result
 * @param text the sentence as stored, or the event described in one line
 * @param matches the character ranges of {@code text} that matched, in order, not overlapping
 * @param sentence where the sentence is, for a sentence hit
 * @param event which event, for an event hit
 */
public record SearchHit(
    SearchKind kind,
    float score,
    String text,
    List<Match> matches,
    SentenceRef sentence,
    EventRef event) {

  public SearchHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    matches = List.copyOf(matches);
    boolean led =
        switch (kind) {
          case SENTENCE -> sentence != null;
          case EVENT -> event != null;
          case ALL -> false;
        };
    if (!led) {
      throw new IllegalArgumentException("kind " + kind + " needs its sentence or event");
    }
    for (Match m : matches) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException(
            "match " + m.start() + "–" + m.end() + " is outside the text of " + text.length());
      }
    }
  }

  /**
   * Characters {@code start} (inclusive) to {@code end} (exclusive) of a hit's text, in UTF-16
   * units as Java and JavaScript strings count them.
   */
  public record Match(int start, int end) {
    public Match {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("match range " + start + "–" + end);
      }
    }
  }

  /**
   * A stored article sentence ({@code text_sentences}).
   *
   * @param sourceId the article's row in {@code sources}
   * @param document the article's file name
   * @param n the sentence's place in the article, from 0
   * @param language {@code ja} or {@code en}
   * @param start its first character in the article's text
   * @param end the character after its last
   */
  public record SentenceRef(
      long sourceId, String document, int n, String language, int start, int end) {}

  /**
   * A stored event ({@code events}).
   *
   * @param dataset {@code gdelt1}, {@code gdelt2}, {@code icews}, {@code polecat} or {@code text}
   * @param id the dataset's event id
   * @param date the event's day
   * @param sourceState ISO-3 of who acted, or empty
   * @param targetState ISO-3 of on whom, or empty
   * @param cameo CAMEO code
   * @param file the file it was read from
   * @param line its 1-based line there
   */
  public record EventRef(
      String dataset,
      String id,
      LocalDate date,
      String sourceState,
      String targetState,
      String cameo,
      String file,
      long line) {}
}
