package org.entente.text;

import java.util.Objects;

/**
 * One article as text: what {@link Documents#read} makes of a file, before normalisation.
 *
 * @param name the file name, as evidence cites it
 * @param text the text, offsets of all later stages point into it
 * @param language {@code ja} or {@code en} by script share ({@link Language#detect}), {@code und}
 *     for a text without letters
 * @param mediaType {@code text/plain}, {@code text/html} or {@code application/pdf}
 * @param encoding the character encoding the bytes were read in ({@code UTF-8}, {@code Shift_JIS},
 *     …; {@code PDF} for a PDF's text layer)
 * @param replaced characters that could not be decoded and were replaced by U+FFFD (mixed or wrong
 *     encodings): a warning, the rest of the text is kept
 */
public record Document(
    String name, String text, String language, String mediaType, String encoding, int replaced) {

  public Document {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(encoding, "encoding");
    if (replaced < 0) {
      throw new IllegalArgumentException("replaced must be >= 0, was " + replaced);
    }
  }

  /** A document of plain UTF-8 text with nothing replaced. */
  public Document(String name, String text, String language, String mediaType) {
    this(name, text, language, mediaType, "UTF-8", 0);
  }

  /** Plain text whose language is detected, for tests and callers that already hold a string. */
  public static Document of(String name, String text) {
    return new Document(name, text, Language.detect(text), Documents.PLAIN);
  }
}
