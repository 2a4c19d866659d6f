package org.entente.text;

import java.util.Objects;

/**
 * A text after width normalisation, with the way back: every offset into {@link #text()} maps to an
 * offset into {@link #original()}, so evidence spans found on the normalised text point into the
 * article as written. Most normalisation keeps the length (full-width {@code Ａ１} → {@code A1}, one
 * character for one) and then the map is the identity and costs nothing; only half-width katakana
 * with a separate voicing mark ({@code ｶﾞ} → {@code ガ}) shortens the text, and only then is an
 * offset table kept.
 */
public final class NormalisedText {

  private final String original;
  private final String text;

  /** Original offset where normalised character i starts; null for the identity. */
  private final int[] starts;

  /** Original offset where normalised character i ends; null for the identity. */
  private final int[] ends;

  NormalisedText(String original, String text, int[] starts, int[] ends) {
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    if ((starts == null) != (ends == null)
        || (starts == null && original.length() != text.length())
        || (starts != null && (starts.length != text.length() || ends.length != text.length()))) {
      throw new IllegalArgumentException("offset map does not fit the texts");
    }
    this.starts = starts;
    this.ends = ends;
  }

  /** An unchanged text: the identity map. */
  public static NormalisedText identity(String text) {
    return new NormalisedText(text, text, null, null);
  }

  /** The text as written. */
  public String original() {
    return original;
  }

  /** The normalised text: what sentence splitting, tokenisation and actor resolution read. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Whether the normalised text has the original's length, offsets being equal. */
  public boolean isLengthPreserving() {
    return starts == null;
  }

  /** The original offset at which normalised offset {@code i} (0 ≤ i ≤ length) starts. */
  public int originalStart(int i) {
    check(i);
    if (starts == null) {
      return i;
    }
    return i == text.length() ? original.length() : starts[i];
  }

  /** The original offset at which a normalised span ending at {@code end} ends (exclusive). */
  public int originalEnd(int end) {
    check(end);
    if (ends == null) {
      return end;
    }
    return end == 0 ? 0 : ends[end - 1];
  }

  /** The part {@code [start, end)} of the normalised text, its original offsets made relative. */
  public NormalisedText slice(int start, int end) {
    check(start);
    check(end);
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " after end " + end);
    }
    int from = originalStart(start);
    int to = originalEnd(end);
    if (starts == null) {
      return identity(original.substring(from, to)).withText(text.substring(start, end));
    }
    int[] s = new int[end - start];
    int[] e = new int[end - start];
    for (int i = start; i < end; i++) {
      s[i - start] = starts[i] - from;
      e[i - start] = ends[i] - from;
    }
    return new NormalisedText(original.substring(from, to), text.substring(start, end), s, e);
  }

  private NormalisedText withText(String normalised) {
    return new NormalisedText(original, normalised, null, null);
  }

  private void check(int i) {
    if (i < 0 || i > text.length()) {
      throw new IndexOutOfBoundsException("offset " + i + " outside 0.." + text.length());
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
