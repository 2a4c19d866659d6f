package org.entente.analyze;

/**
 * A state's UN General Assembly ideal point in one session.
 *
 * @param country ISO-3 code
 * @param year the session's year (session s is year s + 1945)
 * @param idealPoint posterior mean; positive is closer to the United States' positions
 * @param se posterior standard deviation, given the roll calls' estimated parameters
 * @param votes contested votes the state cast in the session
 */
public record IdealPoint(String country, int year, double idealPoint, double se, int votes) {

  public IdealPoint {
    if (country == null || country.length() != 3) {
      throw new IllegalArgumentException("country must be an ISO-3 code, got " + country);
    }
    if (!(se >= 0)) {
      throw new IllegalArgumentException("se must be 0 or more, got " + se);
    }
    if (votes < 1) {
      throw new IllegalArgumentException("votes must be at least 1, got " + votes);
    }
  }
}
