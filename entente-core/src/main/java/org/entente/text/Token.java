package org.entente.text;

import java.util.Objects;

/**
 * A word of a sentence.
 *
 * @param surface the word as in the sentence's normalised text
 * @param start where it starts in {@link Sentence#normalised()}; {@link Sentence#span} turns it
 *     into a document span
 * @param end where it ends (exclusive)
 * @param partOfSpeech Kuromoji's part of speech ({@code 名詞-固有名詞-人名-一般}, {@code カスタム人名} for the user
 *     dictionary) or Lucene's token type for English ({@code <ALPHANUM>})
 * @param baseForm the dictionary form of an inflected Japanese word ({@code 会談し} → {@code 会談する}),
 *     else the surface
 */
public record Token(String surface, int start, int end, String partOfSpeech, String baseForm) {

  public Token {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(partOfSpeech, "partOfSpeech");
    Objects.requireNonNull(baseForm, "baseForm");
    if (start < 0 || end - start != surface.length()) {
      throw new IllegalArgumentException(
          "start/end [" + start + ", " + end + ") do not fit surface '" + surface + "'");
    }
  }
}
