package org.entente.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The triangle of three states in one period, with the three relations its signs come from.
 *
 * @param triad Dittmer's type, roles and balance from the three signs
 * @param ab the relation of the first two states, and so on
 */
public record TriadPeriod(
    String period, Triad triad, DyadRelation ab, DyadRelation ac, DyadRelation bc) {

  public TriadPeriod {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(triad, "triad");
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
      periods.add(
          new TriadPeriod(
              period,
              Triads.of(a, b, c, ab.get(i).sign(), ac.get(i).sign(), bc.get(i).sign()),
              ab.get(i),
              ac.get(i),
              bc.get(i)));
    }
    return periods;
  }
}
