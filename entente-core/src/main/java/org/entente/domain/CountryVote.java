package org.entente.domain;

import java.util.Objects;

/**
 * One state's vote on one roll call, with the line of the source file it came from.
 *
 * @param country ISO 3166 alpha-3 actor code
 * @param line 1-based line of the source file, for evidence
 */
public record CountryVote(int rcid, String country, VoteChoice vote, long line) {

  public CountryVote {
    if (rcid <= 0) {
      throw new IllegalArgumentException("rcid must be positive, was " + rcid);
    }
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(vote, "vote");
  }
}
