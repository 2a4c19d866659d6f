package org.entente.text;

/**
 * Characters {@code [start, end)} of a document's text as written ({@link Document#text()}): the
 * evidence span.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a span");
    }
  }

  /** The spanned characters of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
