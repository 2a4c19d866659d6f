package org.entente.analyze;

import java.util.List;
import java.util.Objects;

/**
 * One component of a dyad's relation in one period: its value on −1 … +1 and what it rests on.
 *
 * @param component which evidence
 * @param value −1 (enmity) … +1 (amity), or NaN when the store holds no such evidence for the
 *     period (never counted as 0)
 * @param applicable false where the component cannot exist (joint vetoes of a pair that are not
 *     both permanent members of the Security Council): left out of coverage too
 * @param detail the figures behind the value, in words ("κ 0.62 over 97 roll calls; …")
 * @param evidence where to see the records: citations, dataset files and lines, commands
 */
public record RelationPart(
    RelationComponent component,
    double value,
    boolean applicable,
    String detail,
    List<String> evidence) {

  public RelationPart {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(detail, "detail");
    evidence = List.copyOf(evidence);
    if (!Double.isNaN(value) && (value < -1 || value > 1)) {
      throw new IllegalArgumentException(component + " value must be in -1..1, was " + value);
    }
  }

  /** A component with no evidence in the period. */
  static RelationPart missing(RelationComponent component, String why) {
    return new RelationPart(component, Double.NaN, true, why, List.of());
  }

  /** Whether it counts in the index: applicable and with evidence. */
  public boolean present() {
    return applicable && !Double.isNaN(value);
  }
}
