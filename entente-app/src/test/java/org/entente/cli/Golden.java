package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file in {@code src/test/resources/golden}. Run the tests with
 * {@code -Dentente.golden.update=true} to rewrite the files after an intended change, then review
 * the diff.
 */
public final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("entente.golden.update")) {
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual)
          .as("golden file " + file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "golden file " + file + " (create it with -Dentente.golden.update=true)", e);
    }
  }
}
