package org.entente.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a set of events adds up to: counts per QuadClass and PLOVER type and the sum of their
 * Goldstein weights. The sum is kept exactly, in millionths ({@code goldsteinMicros}): Goldstein
 * weights have one decimal, so any order of adding gives the same sum, and an aggregate computed on
 * a cluster equals one computed here to the last digit.
 *
 * @param verbalCoop QuadClass 1
 * @param materialCoop QuadClass 2
 * @param verbalConflict QuadClass 3
 * @param materialConflict QuadClass 4
 * @param goldsteinMicros sum of the Goldstein weights, in millionths
 * @param plover events per {@link PloverType}, by ordinal; events whose CAMEO code has no PLOVER
 *     type are in no count
 */
public record EventCounts(
    long verbalCoop,
    long materialCoop,
    long verbalConflict,
    long materialConflict,
    long goldsteinMicros,
    long[] plover) {

  /** Millionths in one Goldstein point. */
  public static final long MICROS = 1_000_000L;

  public static final EventCounts NONE = new EventCounts(0, 0, 0, 0, 0, new long[16]);

  public EventCounts {
    Objects.requireNonNull(plover, "plover");
    if (plover.length != PloverType.values().length) {
      throw new IllegalArgumentException(
          "plover must have " + PloverType.values().length + " counts, had " + plover.length);
    }
    if (verbalCoop < 0 || materialCoop < 0 || verbalConflict < 0 || materialConflict < 0) {
      throw new IllegalArgumentException("QuadClass counts must not be negative");
    }
    long typed = 0;
    for (long n : plover) {
      if (n < 0) {
        throw new IllegalArgumentException("PLOVER counts must not be negative");
      }
      typed += n;
    }
    if (typed > verbalCoop + materialCoop + verbalConflict + materialConflict) {
      throw new IllegalArgumentException("PLOVER counts must not add up to more than the events");
    }
    plover = plover.clone();
  }

  /** A Goldstein weight in millionths, rounded: exact for the one-decimal weights of CAMEO. */
  public static long micros(double goldstein) {
    return Math.round(goldstein * MICROS);
  }

  /** All events: the four QuadClass counts. */
  public long events() {
    return verbalCoop + materialCoop + verbalConflict + materialConflict;
  }

  /** The count of QuadClass {@code quadClass} (1–4). */
  public long quadClass(int quadClass) {
    return switch (quadClass) {
      case 1 -> verbalCoop;
      case 2 -> materialCoop;
      case 3 -> verbalConflict;
      case 4 -> materialConflict;
      default -> throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
    };
  }

  /** The count of one PLOVER type. */
  public long plover(PloverType type) {
    return plover[type.ordinal()];
  }

  /** The PLOVER counts, by ordinal: a copy. */
  @Override
  public long[] plover() {
    return plover.clone();
  }

  /** Sum of the Goldstein weights. */
  public double goldsteinSum() {
    return goldsteinMicros / (double) MICROS;
  }

  /** Mean Goldstein weight, 0 without events. */
  public double goldsteinMean() {
    long n = events();
    return n == 0 ? 0 : goldsteinMicros / (double) MICROS / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventCounts c
        && verbalCoop == c.verbalCoop
        && materialCoop == c.materialCoop
        && verbalConflict == c.verbalConflict
        && materialConflict == c.materialConflict
        && goldsteinMicros == c.goldsteinMicros
        && Arrays.equals(plover, c.plover);
  }

  @Override
  public int hashCode() {
    return Objects.hash(verbalCoop, materialCoop, verbalConflict, materialConflict, goldsteinMicros)
            * 31
        + Arrays.hashCode(plover);
  }

  @Override
  public String toString() {
    return "EventCounts[quad="
        + verbalCoop
        + "/"
        + materialCoop
        + "/"
        + verbalConflict
        + "/"
        + materialConflict
        + ", goldsteinMicros="
        + goldsteinMicros
        + ", plover="
        + Arrays.toString(plover)
        + "]";
  }
}
