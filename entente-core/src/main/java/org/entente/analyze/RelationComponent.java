package org.entente.analyze;

/**
 * The evidence a relation shows beside its two dimensions, one value per period in the units an
 * analyst reads (README, "How to read a relation"). The dimensions themselves come from the
 * relation model, which reads the same records as its indicators ({@code measure.Indicator}) with
 * loadings it estimates; these values are what a reader checks them against.
 */
public enum RelationComponent {
  /** UN General Assembly votes: κ relative to the two states' usual κ ({@link VoteAffinity}). */
  VOTES("votes"),
  /** Events: raw events' mean Goldstein weight, or the bundled GDELT scores scaled by the pair. */
  EVENTS("events"),
  /** Alliance obligations (ATOP and cited treaty records). */
  ALLIANCE("alliance"),
  /** Sanctions between the two (their own programmes, or a UN regime against one of them). */
  SANCTIONS("sanctions"),
  /** Security Council vetoes cast together, for two permanent members only. */
  JOINT_VETOES("joint_vetoes");

  private final String label;

  RelationComponent(String label) {
    this.label = label;
  }

  /** The name in output: {@code votes}, {@code events}… */
  public String label() {
    return label;
  }
}
