package org.entente.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The five obligations of an alliance in the terms of ATOP (Leeds et al. 2002, codebook): defence
 * (assistance if a partner is attacked), offence, neutrality (no aid to a partner's attacker),
 * non-aggression, and consultation in a crisis.
 */
public record Obligations(
    boolean defense, boolean offense, boolean neutral, boolean nonagg, boolean consul) {

  /** No obligation at all. */
  public static final Obligations NONE = new Obligations(false, false, false, false, false);

  /** The names used in data files and output, in ATOP's order. */
  public static final List<String> NAMES =
      List.of("defense", "offense", "neutral", "nonagg", "consul");

  /** The obligations of either: what two alliances in force at once give together. */
  public Obligations or(Obligations other) {
    return new Obligations(
        defense || other.defense,
        offense || other.offense,
        neutral || other.neutral,
        nonagg || other.nonagg,
        consul || other.consul);
  }

  public boolean isNone() {
    return equals(NONE);
  }

  /** The value of one obligation by its name in {@link #NAMES}. */
  public boolean get(String name) {
    return switch (name) {
      case "defense" -> defense;
      case "offense" -> offense;
      case "neutral" -> neutral;
      case "nonagg" -> nonagg;
      case "consul" -> consul;
      default ->
          throw new IllegalArgumentException(
              "unknown obligation '" + name + "'; expected one of " + NAMES);
    };
  }

  /** The names of the obligations present, in ATOP's order: {@code [defense, nonagg]}. */
  public List<String> names() {
    List<String> present = new ArrayList<>();
    for (String name : NAMES) {
      if (get(name)) {
        present.add(name);
      }
    }
    return present;
  }

  /** {@code defense;nonagg}, or {@code none}. */
  @Override
  public String toString() {
    return isNone() ? "none" : String.join(";", names());
  }
}
