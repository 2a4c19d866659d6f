package org.entente.analyze;

/**
 * The evidence a dyad relation combines, with its weight. Direct, structural ties (alliances,
 * sanctions) and the pair's own interactions (events) weigh beside UN votes, which measure general
 * foreign-policy orientation in a multilateral forum rather than the bilateral relation itself; the
 * weights are a documented choice (README, "How to read a relation"), the same for every pair and
 * period, and each component's value is shown beside the index so that a reader can reweigh.
 */
public enum RelationComponent {
  /** UN General Assembly votes: κ relative to the two states' usual κ ({@link VoteAffinity}). */
  VOTES("votes", 0.35),
  /** Events: raw events' mean Goldstein weight, or the bundled GDELT scores scaled by the pair. */
  EVENTS("events", 0.20),
  /** Alliance obligations (ATOP and cited treaty records). */
  ALLIANCE("alliance", 0.20),
  /** Sanctions between the two (their own programmes, or a UN regime against one of them). */
  SANCTIONS("sanctions", 0.15),
  /** Security Council vetoes cast together, for two permanent members only. */
  JOINT_VETOES("joint_vetoes", 0.10);

  private final String label;
  private final double weight;

  RelationComponent(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }

  /** The name in output: {@code votes}, {@code events}… */
  public String label() {
    return label;
  }

  public double weight() {
    return weight;
  }
}
