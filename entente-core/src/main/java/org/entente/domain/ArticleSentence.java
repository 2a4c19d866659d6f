package org.entente.domain;

import java.util.Objects;

/**
 * One sentence of a stored article, as {@code import-text} kept it: the evidence a search hit or a
 * text-coded event points to.
 *
 * @param sourceId the stored article (its row in {@code sources})
 * @param document the article's file name, as evidence cites it
 * @param n the sentence's place in the article, from 0
 * @param language {@code ja} or {@code en}
 * @param start its first character in the article's text
 * @param end the character after its last
 * @param text the sentence as written, trimmed
 */
public record ArticleSentence(
    long sourceId, String document, int n, String language, int start, int end, String text) {

  public ArticleSentence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    if (n < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException(
          "sentence " + n + " of " + document + ": bad span " + start + "–" + end);
    }
  }
}
