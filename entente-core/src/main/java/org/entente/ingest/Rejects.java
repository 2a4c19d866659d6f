package org.entente.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the rows an import could not load; {@link RejectsFile} writes them. */
public final class Rejects {

  private final List<Reject> rejects = new ArrayList<>();

  public void add(Reject reject) {
    rejects.add(reject);
  }

  public int count() {
    return rejects.size();
  }

  public boolean isEmpty() {
    return rejects.isEmpty();
  }

  public List<Reject> all() {
    return List.copyOf(rejects);
  }
}
