package org.entente;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.ingest.SourceFile;

/** Test fixtures under {@code src/test/resources/fixtures} and the bundled data. */
public final class Fixtures {

  private Fixtures() {}

  public static Path path(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static SourceFile file(String relative) {
    return SourceFile.of(path(relative));
  }

  /** An example article of the README, in {@code examples/} at the repository root. */
  public static Path example(String name) {
    Path file = Path.of("..", "examples").resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no example " + file.toAbsolutePath());
    }
    return file;
  }

  /** A file of the bundled data directory at the repository root ({@code data/}). */
  public static Path bundled(String relative) {
    return Path.of("..", "data").resolve(relative);
  }
}
