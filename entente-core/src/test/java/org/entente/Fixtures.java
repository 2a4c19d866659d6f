package org.entente;

import java.net.URISyntaxException;
import java.net.URL;
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

  /** A file of the bundled data directory at the repository root ({@code data/}). */
  public static Path bundled(String relative) {
    return Path.of("..", "data").resolve(relative);
  }
}
