package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Two camps of states that leave the fewest (or lightest) ties frustrated, with those ties. Made by
 * {@link Camps}.
 *
 * @param campA the camp of the alphabetically first placed state, in alphabetical order
 * @param campB the other camp, in alphabetical order
 * @param unplaced states without a positive or negative tie to any other: nothing puts them in
 *     either camp
 * @param groups how many groups the positive and negative ties connect the placed states into; with
 *     more than one, each group is split on its own and camp A holds the alphabetically first state
 *     of each, so being in one camp with a state of another group says nothing
 * @param ties positive and negative ties (neutral and unknown ones are left out)
 * @param tieWeight their total weight
 * @param frustrated the ties the split frustrates (a positive tie across the camps, a negative one
 *     within a camp), heaviest first, then by dyad
 * @param frustration total weight of the frustrated ties
 * @param method whether the frustration is the proven minimum
 */
public record CampSplit(
    List<String> campA,
    List<String> campB,
    List<String> unplaced,
    int groups,
    int ties,
    double tieWeight,
    List<SignedTie> frustrated,
    double frustration,
    CampMethod method) {

  public CampSplit {
    campA = List.copyOf(campA);
    campB = List.copyOf(campB);
    unplaced = List.copyOf(unplaced);
    frustrated = List.copyOf(frustrated);
    Objects.requireNonNull(method, "method");
    if (ties < frustrated.size()) {
      throw new IllegalArgumentException(
          "frustrated ties (" + frustrated.size() + ") cannot outnumber ties (" + ties + ")");
    }
    if (!(frustration >= 0) || frustration > tieWeight * (1 + 1e-12)) {
      throw new IllegalArgumentException(
          "frustration must lie in [0, " + tieWeight + "], not " + frustration);
    }
  }

  /**
   * Whether the split frustrates no tie: the graph is balanced in Cartwright and Harary's sense
   * (1956), positive ties only within and negative ties only between the two camps.
   */
  public boolean balanced() {
    return frustrated.isEmpty();
  }

  /** Number of frustrated ties. */
  public int frustratedCount() {
    return frustrated.size();
  }

  /**
   * Degree of balance 1 − 2·frustration / tie weight, Aref and Wilson's normalised frustration
   * index F(G) = 1 − 2L(G)/m ("Measuring partial balance in signed networks", <i>Journal of Complex
   * Networks</i> 6(4), 2018, 566–595), weighted: 1 for a balanced graph, 0 when the best split
   * still frustrates half of the weight (no split can do worse than half). Empty without positive
   * or negative ties.
   */
  public OptionalDouble balance() {
    if (ties == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(0, 1 - 2 * frustration / tieWeight));
  }

  /** The {@code n} heaviest frustrated ties. */
  public List<SignedTie> mostFrustrated(int n) {
    return frustrated.subList(0, Math.min(n, frustrated.size()));
  }
}
