package org.entente.analyze;

import java.util.Locale;

/** The series of a pair in which {@link DyadChanges} looks for turning points. */
public enum ChangeMeasure {
  /** UN-vote Cohen's κ per calendar year ({@link UnAlignment#dyad}). */
  KAPPA,
  /**
   * The relations dimension's posterior mean ({@link DyadRelation#index()}), periods without one
   * left out.
   */
  INDEX,
  /**
   * The alignment dimension's posterior mean ({@link DyadRelation#alignment()}), periods without
   * one left out.
   */
  ALIGNMENT,
  /**
   * Event evidence: the machine-coded events' net Goldstein per period when the store holds events
   * of the pair (imported one by one, or as aggregates of the cluster job), otherwise the
   * relation's events component (the aggregated GDELT scores scaled by the pair's mean absolute
   * month).
   */
  EVENTS;

  /**
   * {@code kappa}, {@code index}, {@code alignment}, {@code events}: the option value and the CSV
   * cell.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
