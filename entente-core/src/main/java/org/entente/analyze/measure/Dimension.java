package org.entente.analyze.measure;

/**
 * The two things a dyad's relation measures, each a latent variable of the model ({@link
 * MeasurementModel}).
 */
public enum Dimension {
  /**
   * How the two treat each other, enmity (−1, severe rivalry) to amity (+1, security community), on
   * the scale of the Peace Scale (0 is its "negative peace").
   */
  RELATIONS("relations"),
  /**
   * Whether the two take the same positions, on the scale of UN-vote κ relative to the two states'
   * usual κ (0: as alike as they are with everyone).
   */
  ALIGNMENT("alignment");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  /** The name in output and in the store: {@code relations}, {@code alignment}. */
  public String label() {
    return label;
  }

  /** The dimension named {@code label}. */
  public static Dimension of(String label) {
    for (Dimension d : values()) {
      if (d.label.equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "dimension '" + label + "' is not one of relations, alignment");
  }
}
