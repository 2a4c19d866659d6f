package org.entente.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * entente-core's test fixtures ({@code entente-core/src/test/resources/fixtures}, each with its
 * provenance in a README there), as files: the app's tests run from {@code entente-app/}, and a
 * command is given paths, not class-path resources.
 */
public final class CoreFixtures {

  private static final Path ROOT =
      Path.of("..", "entente-core", "src", "test", "resources", "fixtures");

  private CoreFixtures() {}

  /**
   * A fixture by its path under {@code fixtures/}, e.g. {@code events/20150218230000.export.CSV}.
   */
  public static Path path(String relative) {
    Path file = ROOT.resolve(relative);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("no fixture " + file.toAbsolutePath());
    }
    return file;
  }
}
