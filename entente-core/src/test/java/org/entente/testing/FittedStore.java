package org.entente.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.analyze.RelationModel;
import org.entente.analyze.measure.MeasurementModel;
import org.entente.ingest.Progress;
import org.entente.store.BundledData;
import org.entente.store.Store;

/**
 * A store holding all the bundled data and the relation model fitted to it, as a first use leaves
 * it: loaded and fitted once per test JVM (about a minute), then copied for each test class that
 * asks. Tests of the load or the fit themselves make their own store instead.
 */
public final class FittedStore {

  private static Path template;

  private FittedStore() {}

  /** Writes the fitted store to {@code file}, which must not exist, and opens it for writing. */
  public static Store openCopy(Path file) {
    try {
      Files.copy(template(), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Store.open(file, "1GB");
  }

  private static synchronized Path template() throws IOException {
    if (template == null) {
      Path dir = Files.createTempDirectory("entente-fitted-");
      Path file = dir.resolve("fitted.duckdb");
      try (Store store = Store.open(file, "1GB")) {
        BundledData.ensureLoaded(store, Progress.NONE, what -> {});
        RelationModel.refit(store, what -> {});
      } catch (MeasurementModel.NotConverged e) {
        throw new IllegalStateException("the bundled data must fit: " + e.getMessage(), e);
      }
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      template = file;
    }
    return template;
  }
}
