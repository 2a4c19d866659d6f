package org.entente.analyze;

/**
 * How closely two states voted over a period, by the four measures of DESIGN.md "Measures". With
 * votes coded yes 1, abstain 2, no 3 and distance d(a,b) = |a − b| / 2 over n jointly cast votes:
 *
 * <ul>
 *   <li>agreement A = 1 − mean d (Voeten, {@code DyadicAgreementScores.R});
 *   <li>S = 2A − 1 (Signorino &amp; Ritter 1999, absolute distance);
 *   <li>Cohen's κ = 1 − D_o / D_e, D_e = Σ_a Σ_b p_i(a) p_j(b) d(a,b) with each state's own vote
 *       shares over the same n roll calls (Häge 2011);
 *   <li>Scott's π: as κ, with the two states' pooled shares.
 * </ul>
 *
 * κ and π are {@code NaN} where D_e = 0 (both states cast one and the same vote throughout).
 *
 * @param n jointly cast votes
 */
public record Alignment(long n, double agree, double s, double kappa, double pi) {

  public Alignment {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive, was " + n);
    }
  }

  /**
   * Computes the measures from a joint table. The sums are kept in integers and divided once: with
   * K = Σ c(a,b)|a − b|, marginals r (first state) and c (second), m = r + c, D_o = K / 2n, D_e(κ)
   * = Σ r_a c_b |a − b| / 2n², D_e(π) = Σ m_a m_b |a − b| / 8n².
   *
   * @return the measures, or null when the states have no joint vote
   */
  public static Alignment of(JointVotes joint) {
    long n = joint.n();
    if (n == 0) {
      return null;
    }
    long[] first = new long[3];
    long[] second = new long[3];
    long disagreement = 0;
    for (int a = 1; a <= 3; a++) {
      for (int b = 1; b <= 3; b++) {
        long c = joint.count(a, b);
        first[a - 1] += c;
        second[b - 1] += c;
        disagreement += c * Math.abs(a - b);
      }
    }
    long expectedKappa = 0;
    long expectedPi = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        long distance = Math.abs(a - b);
        expectedKappa += first[a] * second[b] * distance;
        expectedPi += (first[a] + second[a]) * (first[b] + second[b]) * distance;
      }
    }
    double agree = (double) (2 * n - disagreement) / (2 * n);
    double s = (double) (n - disagreement) / n;
    double kappa =
        expectedKappa == 0 ? Double.NaN : 1.0 - (double) (n * disagreement) / expectedKappa;
    double pi = expectedPi == 0 ? Double.NaN : 1.0 - (double) (4 * n * disagreement) / expectedPi;
    return new Alignment(n, agree, s, kappa, pi);
  }

  /** The named measure: {@code agree}, {@code s}, {@code kappa} or {@code pi}. */
  public double measure(Measure measure) {
    return switch (measure) {
      case AGREE -> agree;
      case S -> s;
      case KAPPA -> kappa;
      case PI -> pi;
    };
  }
}
