package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Free space where the store lives, for the message that says the disk is full. */
final class DiskSpace {

  private DiskSpace() {}

  /** Free bytes on the file system of {@code file} (or its nearest existing parent), in words. */
  static String free(Path file) {
    Path existing = file.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return "unknown space";
    }
    try {
      return size(Files.getFileStore(existing).getUsableSpace());
    } catch (IOException e) {
      return "unknown space";
    }
  }

  static String size(long bytes) {
    if (bytes < 1 << 20) {
      return String.format(Locale.ROOT, "%,d KiB", bytes >> 10);
    }
    if (bytes < 1L << 30) {
      return String.format(Locale.ROOT, "%,.1f MiB", bytes / (double) (1 << 20));
    }
    return String.format(Locale.ROOT, "%,.1f GiB", bytes / (double) (1L << 30));
  }
}
