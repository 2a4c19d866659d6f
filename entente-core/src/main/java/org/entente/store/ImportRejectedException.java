package org.entente.store;

import java.util.List;
import org.entente.ingest.Reject;

/** An import found more bad rows than allowed and was rolled back: the store is as it was. */
public final class ImportRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Reject> rejects;

  ImportRejectedException(List<Reject> rejects, int maxRejects) {
    super(
        rejects.size()
            + " row(s) rejected (at most "
            + maxRejects
            + " allowed); nothing was imported. First: "
            + rejects.get(0).describe());
    this.rejects = List.copyOf(rejects);
  }

  public List<Reject> rejects() {
    return rejects;
  }
}
