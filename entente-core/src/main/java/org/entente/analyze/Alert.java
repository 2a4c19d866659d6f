package org.entente.analyze;

import java.time.Instant;
import java.util.Objects;

/**
 * A turning point of a watched pair, kept when it was first found: what changed ({@link
 * DyadChange}, with its evidence) and when Entente found it.
 *
 * @param id the store's number of the alert, increasing
 * @param raisedAt when the change was first found
 * @param baseline whether it was found when the pair was first watched, and so not raised
 */
public record Alert(long id, Instant raisedAt, boolean baseline, DyadChange change) {

  public Alert {
    Objects.requireNonNull(raisedAt, "raisedAt");
    Objects.requireNonNull(change, "change");
  }
}
