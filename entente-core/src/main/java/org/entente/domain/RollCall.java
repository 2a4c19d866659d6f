package org.entente.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded vote of the UN General Assembly.
 *
 * @param rcid roll-call id of the Voeten data set
 * @param session General Assembly session (session s opens in year s + 1945)
 * @param important classified important by the US State Department; null where not coded
 * @param resolution resolution symbol, e.g. {@code A/RES/75/40}; may be empty
 * @param line 1-based line of the source file it was read from, for evidence
 */
public record RollCall(
    int rcid,
    int session,
    LocalDate date,
    Boolean important,
    String resolution,
    String title,
    String description,
    Set<Issue> issues,
    long line) {

  public RollCall {
    if (rcid <= 0) {
      throw new IllegalArgumentException("rcid must be positive, was " + rcid);
    }
    if (session <= 0) {
      throw new IllegalArgumentException("session must be positive, was " + session);
    }
    Objects.requireNonNull(date, "date");
    resolution = resolution == null ? "" : resolution;
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    issues = Set.copyOf(issues);
  }
}
