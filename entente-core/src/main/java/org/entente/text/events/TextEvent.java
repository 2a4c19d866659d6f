package org.entente.text.events;

import java.util.Objects;
import org.entente.domain.PartialDate;
import org.entente.text.Span;

/**
 * An event coded from a sentence of an article, with the sentence and the characters it rests on.
 *
 * @param doc the document's name
 * @param date when, at the precision the text gives
 * @param dateTo the end of a range the text gives, or null
 * @param source who acted: an ISO-3 state or an organisation's CAMEO code ({@code IGOUNO})
 * @param target on whom
 * @param cameo the CAMEO event code
 * @param plover its PLOVER type
 * @param sentence the sentence as written
 * @param span the characters of the sentence the event rests on (the predicate), in the document
 * @param confidence 0 … 1, from the pattern that coded it
 * @param pattern the pattern's id, for the evidence
 * @param line the line of the document the predicate is on, from 1
 */
public record TextEvent(
    String doc,
    PartialDate date,
    PartialDate dateTo,
    String source,
    String target,
    String cameo,
    String plover,
    String sentence,
    Span span,
    double confidence,
    String pattern,
    int line) {

  public TextEvent {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(span, "span");
    if (source.equals(target)) {
      throw new IllegalArgumentException("an event needs two actors, not " + source + " twice");
    }
  }
}
