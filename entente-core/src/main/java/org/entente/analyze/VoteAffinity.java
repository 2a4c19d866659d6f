package org.entente.analyze;

/**
 * A pair's UN-vote κ in one period beside each state's usual κ (its mean κ with every other state
 * voting then), from {@link UnAlignment#affinity}.
 *
 * @param period the year (or session) of the votes
 * @param kappa Cohen's κ of the pair
 * @param votes the roll calls both cast a vote on
 * @param usualA the first state's mean κ with all others
 * @param usualB the second state's
 */
public record VoteAffinity(int period, double kappa, long votes, double usualA, double usualB) {

  /**
   * How far the pair's κ stands above (+) or below (−) what the two states usually reach: κ less
   * the mean of their usual κ. Two states of a large voting bloc (India and Pakistan, κ 0.55 while
   * each reaches 0.55 with everyone) come out near 0; the USA and the UK (κ 0.45 against usual 0.0
   * and 0.3) above it.
   */
  public double relative() {
    return kappa - (usualA + usualB) / 2;
  }
}
