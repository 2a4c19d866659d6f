package org.entente.text.events;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the steering repository's {@code shared/} directory, beside the checkout. */
final class SharedFiles {

  private SharedFiles() {}

  /**
   * {@code shared/relative}, found in the nearest directory above the working directory that has it
   * (developers and CI have {@code ../shared} next to the repository).
   */
  static Path path(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "shared/"
            + relative
            + " not found above "
            + Path.of("").toAbsolutePath()
            + ": these tests need the shared directory next to the repository (see CONTRIBUTING)");
  }
}
