package org.entente.text;

import java.util.Objects;

/**
 * One sentence of a document: where it is in the document as written, and its text normalised with
 * the way back ({@link NormalisedText}). Later stages find things in {@link #normalised()} and turn
 * their offsets into document spans with {@link #span}.
 *
 * @param index the sentence's place in the document, from 0
 * @param start where it starts in {@link Document#text()}
 * @param end where it ends (exclusive)
 * @param text the sentence, as written and normalised
 * @param language {@code ja} or {@code en}: how it was split and is tokenised
 */
public record Sentence(int index, int start, int end, NormalisedText text, String language) {

  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (start < 0 || end < start || end - start != text.original().length()) {
      throw new IllegalArgumentException(
          "start/end [" + start + ", " + end + ") do not fit the sentence's text");
    }
  }

  /** A sentence of its own, for tests and callers that hold a single sentence. */
  public static Sentence of(String text) {
    String language = Language.detect(text);
    return new Sentence(
        0,
        0,
        text.length(),
        TextNormaliser.normalise(text),
        language.equals(Language.UNDETERMINED) ? Language.ENGLISH : language);
  }

  /** The sentence as written. */
  public String original() {
    return text.original();
  }

  /** The sentence normalised: what tokens and actors are found in. */
  public String normalised() {
    return text.text();
  }

  /** The document span of the normalised characters {@code [from, to)}. */
  public Span span(int from, int to) {
    return new Span(start + text.originalStart(from), start + text.originalEnd(to));
  }

  /** The original text of the normalised characters {@code [from, to)}. */
  public String originalText(int from, int to) {
    return original().substring(text.originalStart(from), text.originalEnd(to));
  }
}
