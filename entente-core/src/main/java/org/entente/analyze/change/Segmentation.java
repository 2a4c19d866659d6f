package org.entente.analyze.change;

import java.util.ArrayList;
import java.util.List;

/**
 * A series cut into segments at its change points. {@code cost} is the penalised cost that PELT
 * minimised: the segments' costs (twice the negative log-likelihood, MBIC's {@code log} of the
 * length included) plus {@code penalty} for every change point.
 */
public record Segmentation(List<Segment> segments, double cost, double penalty) {
  public Segmentation {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("segments: expected at least one");
    }
    if (segments.get(0).start() != 0) {
      throw new IllegalArgumentException(
          "segments: expected the first to start at 0, got " + segments.get(0).start());
    }
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).start() != segments.get(i - 1).end()) {
        throw new IllegalArgumentException(
            "segments: segment "
                + i
                + " starts at "
                + segments.get(i).start()
                + ", expected the previous end "
                + segments.get(i - 1).end());
      }
    }
  }

  /** The positions where a new segment starts, in order; empty when nothing changed. */
  public List<Integer> changes() {
    List<Integer> changes = new ArrayList<>(segments.size() - 1);
    for (int i = 1; i < segments.size(); i++) {
      changes.add(segments.get(i).start());
    }
    return changes;
  }
}
