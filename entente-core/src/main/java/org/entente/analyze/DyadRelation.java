package org.entente.analyze;

import java.util.List;
import java.util.Objects;

/**
 * How close two states were in one period: a weighted mean of the components with evidence ({@link
 * RelationComponent}), its sign within {@link DyadRelations#TOLERANCE}, and every component with
 * its value, detail and evidence.
 *
 * @param period {@code 2018} or {@code 2018-06}
 * @param index −1 … +1, or NaN when neither votes nor events say anything about the period
 * @param coverage the share of the applicable weight that had evidence, 0 … 1
 * @param kappa the pair's UN-vote κ of the year (not relative), NaN without joint votes
 * @param jointVetoes Security Council vetoes the two cast together in the period
 * @param parts one per component, in {@link RelationComponent} order
 */
public record DyadRelation(
    String a,
    String b,
    String period,
    double index,
    Sign sign,
    double coverage,
    double kappa,
    int jointVetoes,
    List<RelationPart> parts) {

  public DyadRelation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(sign, "sign");
    parts = List.copyOf(parts);
  }

  /** The part of one component. */
  public RelationPart part(RelationComponent component) {
    return parts.stream()
        .filter(p -> p.component() == component)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + component + " part"));
  }

  /** The components that had no evidence although they apply, by label. */
  public List<String> missing() {
    return parts.stream()
        .filter(p -> p.applicable() && Double.isNaN(p.value()))
        .map(p -> p.component().label())
        .toList();
  }
}
