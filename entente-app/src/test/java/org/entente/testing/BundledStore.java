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
 * A store holding all the bundled data and the relation model fitted to it, for tests that query
 * it: loaded by the real first-use load and fitted once per test JVM (about a minute), then copied
 * file for file for each test that asks (a fraction of a second). Tests of the first-use load
 * itself make their own store instead.
 */
public final class BundledStore {

  private static Path template;

  private BundledStore() {}

  /** Writes a store with every bundled source loaded to {@code file}, which must not exist. */
  public static Path copyTo(Path file) {
    try {
      Files.copy(template(), file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path template() throws IOException {
    if (template == null) {
      Path dir = Files.createTempDirectory("entente-bundled-");
      Path file = dir.resolve("bundled.duckdb");
      try (Store store = Store.open(file, "1GB")) {
        BundledData.ensureLoaded(store, Progress.NONE, what -> {});
        // and the relation model fitted, as a first use leaves the store
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
