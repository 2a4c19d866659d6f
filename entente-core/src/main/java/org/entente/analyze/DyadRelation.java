package org.entente.analyze;

import java.util.List;
import java.util.Objects;

/**
 * How close two states were in one period: the two dimensions of the relation model with their
 * uncertainty ({@code relations}, how the two treat each other; {@code alignment}, whether they
 * take the same positions), the sign of {@code relations} from its 80 % interval, and every
 * component of the evidence with its value, detail and evidence.
 *
 * @param period {@code 2018} or {@code 2018-06}
 * @param relations the relations dimension (the index): amity +, enmity −, on the Peace Scale's
 *     range (−1 severe rivalry … 0 negative peace … +1 security community); unknown without
 *     evidence
 * @param alignment the alignment dimension, on the scale of UN-vote κ relative to the two states'
 *     usual κ; unknown without evidence
 * @param sign the sign of {@code relations}: {@code +}/{@code −} only when its 80 % interval
 *     excludes 0
 * @param basis the sources behind the period's estimates ("un-votes", "gdelt", "mid", …)
 * @param coverage the share of the applicable weight that had evidence, 0 … 1
 * @param kappa the pair's UN-vote κ of the year (not relative), NaN without joint votes
 * @param jointVetoes Security Council vetoes the two cast together in the period
 * @param parts one per component, in {@link RelationComponent} order
 */
public record DyadRelation(
    String a,
    String b,
    String period,
    Estimate relations,
    Estimate alignment,
    Sign sign,
    double coverage,
    double kappa,
    int jointVetoes,
    List<String> basis,
    List<RelationPart> parts) {

  public DyadRelation {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(relations, "relations");
    Objects.requireNonNull(alignment, "alignment");
    Objects.requireNonNull(sign, "sign");
    basis = List.copyOf(basis);
    parts = List.copyOf(parts);
  }

  /** The index: the mean of the relations dimension, NaN without evidence. */
  public double index() {
    return relations.mean();
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
