package org.entente.text.english;

import java.util.Objects;

/**
 * One event the English coder found: CAMEO actor codes as PETRARCH2 gives them ({@code RUSGOV},
 * {@code USA}, {@code IGOUNO}; {@code ---} for an unknown actor, {@code ---GOV} for an agent of no
 * known state), the CAMEO event code, the verb phrase's character span in the sentence, {@code
 * [start, end)}, and a confidence in (0, 1].
 */
public record CodedEvent(
    String source, String target, String cameo, int start, int end, double confidence) {

  public CodedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span: [" + start + ", " + end + ") is not a span");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence: " + confidence + " is not in (0, 1]");
    }
  }
}
