package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The triangle of three states in one period under the relation model: the most likely triad (from
 * the signs of the three pairs' posterior means), the probability of its type and roles, and the
 * three relations it comes from.
 *
 * @param triad Dittmer's type, roles and balance of the most likely signs
 * @param pType the probability under the model of {@code triad}'s type with its roles ({@link
 *     Triads#probability}), NaN when a pair has no estimate
 * @param ab the relation of the first two states, and so on
 */
public record TriadPeriod(
    String period, Triad triad, double pType, DyadRelation ab, DyadRelation ac, DyadRelation bc) {

  /**
   * The probability from which a type is claimed: below it the triangle is {@code undetermined}. As
   * a sign is claimed when its 80 % interval excludes 0, a type is claimed when the model gives it
   * 80 % or more.
   */
  public static final double DETERMINED = 0.8;

  public TriadPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(triad, "triad");
    if (!Double.isNaN(pType) && !(pType >= 0 && pType <= 1)) {
      throw new IllegalArgumentException("pType must be a probability or NaN, was " + pType);
    }
  }

  /** Whether the model is sure enough of the most likely type to claim it. */
  public boolean determined() {
    return pType >= DETERMINED && triad.type() != TriadType.UNDETERMINED;
  }

  /** The type claimed: the most likely one when {@link #determined}, else {@code UNDETERMINED}. */
  public TriadType type() {
    return determined() ? triad.type() : TriadType.UNDETERMINED;
  }

  /**
   * Lines up three relation series of the same periods (A–B, A–C, B–C) into triads.
   *
   * @throws IllegalArgumentException if the series do not cover the same periods
   */
  public static List<TriadPeriod> of(
      String a,
      String b,
      String c,
      List<DyadRelation> ab,
      List<DyadRelation> ac,
      List<DyadRelation> bc) {
    if (ab.size() != ac.size() || ab.size() != bc.size()) {
      throw new IllegalArgumentException("the three relations must cover the same periods");
    }
    List<TriadPeriod> periods = new ArrayList<>();
    for (int i = 0; i < ab.size(); i++) {
      String period = ab.get(i).period();
      if (!period.equals(ac.get(i).period()) || !period.equals(bc.get(i).period())) {
        throw new IllegalArgumentException("the three relations must cover the same periods");
      }
      Estimate xy = ab.get(i).relations();
      Estimate xz = ac.get(i).relations();
      Estimate yz = bc.get(i).relations();
      periods.add(
          new TriadPeriod(
              period,
              Triads.mostLikely(a, b, c, xy, xz, yz),
              Triads.probability(xy, xz, yz),
              ab.get(i),
              ac.get(i),
              bc.get(i)));
    }
    return periods;
  }
}
