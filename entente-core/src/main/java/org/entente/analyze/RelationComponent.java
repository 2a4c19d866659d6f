package org.entente.analyze;

/**
 * The evidence a dyad relation combines, with its weight (README, "How to read a relation"). UN
 * votes measure general foreign-policy orientation in a multilateral forum more than the bilateral
 * relation: India and Pakistan, both of the non-aligned majority, agree beyond chance in most
 * years. What one state does to the other weighs as much or more: sanctions, a deliberate and
 * costly act of hostility, 0.25; events, the pair's own interactions, 0.20 (GDELT's scores lean
 * cooperative for every pair much in the news, so they cannot weigh more without making the USA and
 * Russia of 2018 friends); a defence or offence pact 0.15; vetoes cast together 0.15, for the pairs
 * that can cast them. The weights are the same for every pair and period, they were checked on
 * pairs whose history is not in doubt ({@code DyadRelationsIT}), and each component's value is
 * shown beside the index so that a reader can reweigh.
 */
public enum RelationComponent {
  /** UN General Assembly votes: κ relative to the two states' usual κ ({@link VoteAffinity}). */
  VOTES("votes", 0.25),
  /** Events: raw events' mean Goldstein weight, or the bundled GDELT scores scaled by the pair. */
  EVENTS("events", 0.20),
  /** Alliance obligations (ATOP and cited treaty records). */
  ALLIANCE("alliance", 0.15),
  /** Sanctions between the two (their own programmes, or a UN regime against one of them). */
  SANCTIONS("sanctions", 0.25),
  /** Security Council vetoes cast together, for two permanent members only. */
  JOINT_VETOES("joint_vetoes", 0.15);

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
