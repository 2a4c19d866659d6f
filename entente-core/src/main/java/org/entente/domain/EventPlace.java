package org.entente.domain;

/**
 * Where an event took place, as the dataset gives it.
 *
 * @param name the place's name ({@code Mumbai, Maharashtra, India}), or empty when unknown
 * @param latitude degrees north, or NaN when unknown
 * @param longitude degrees east, or NaN when unknown
 */
public record EventPlace(String name, double latitude, double longitude) {

  /** No place given. */
  public static final EventPlace NONE = new EventPlace("", Double.NaN, Double.NaN);

  public EventPlace {
    name = name == null ? "" : name;
  }
}
