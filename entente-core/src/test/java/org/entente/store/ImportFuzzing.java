package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import org.entente.Fixtures;
import org.entente.ingest.FuzzTries;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Reject;
import org.entente.ingest.SourceFile;

/**
 * What the import fuzz tests share: one store for all tries of a property (a copy of a template, so
 * that later tries meet what earlier ones left, and a copy per property so properties stay apart),
 * the generators, and the fixtures' content.
 */
@AddLifecycleHook(FuzzTries.class)
abstract class ImportFuzzing {

  private static Path dir;
  private static Path empty;
  private Store store;

  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("import-fuzz");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** A store without data, to copy. */
  static synchronized Path emptyStore() {
    if (empty == null) {
      empty = dir().resolve("empty.duckdb");
      Store.open(empty, "256MB").close();
    }
    return empty;
  }

  /** This property's store: a copy of {@code template} on the first try. */
  Store store(Path template) {
    if (store == null) {
      store = FuzzedImport.copyOf(template, dir());
    }
    return store;
  }

  @AfterProperty
  void discardStore() {
    if (store != null) {
      FuzzedImport.discard(store);
      store = null;
    }
  }

  @AfterContainer
  static synchronized void deleteDir() throws IOException {
    if (dir != null) {
      FuzzedImport.deleteTree(dir);
      dir = null;
      empty = null;
    }
  }

  @Provide
  Arbitrary<Damage> damage() {
    return HostileInput.damage();
  }

  /** What readers of {@link SourceFile} take: plain or gzip, whole or cut. */
  @Provide
  Arbitrary<Packing> packing() {
    return Arbitraries.of(Packing.PLAIN, Packing.GZIP, Packing.GZIP_CUT);
  }

  /** None, a few, or any number of rejects accepted. */
  @Provide
  Arbitrary<Integer> maxRejects() {
    return Arbitraries.of(0, 5, Integer.MAX_VALUE);
  }

  /** The damaged content as {@code name}, or {@code name.gz} when packed so. */
  static SourceFile file(String name, byte[] content, Packing packing, double cut) {
    return new SourceFile(
        packing == Packing.PLAIN ? name : name + ".gz",
        HostileInput.pack(content, packing, name, cut));
  }

  /** A fixture's content, decompressed when its name ends in {@code .gz}. */
  static byte[] content(SourceFile file) {
    try (InputStream in = file.open(n -> {})) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] fixture(String relative) {
    return content(Fixtures.file(relative));
  }

  static byte[] bundled(String relative) {
    return content(SourceFile.of(Fixtures.bundled(relative)));
  }

  /** Lines a record was rejected on (a record rejected for two reasons counts once). */
  static long rejectedLines(List<Reject> rejects) {
    return rejects.stream().map(r -> r.file() + ":" + r.line()).distinct().count();
  }
}
