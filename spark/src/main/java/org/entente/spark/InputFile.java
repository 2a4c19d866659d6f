package org.entente.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One event file of a run, as the driver found it: its place in the run (which ranks its events for
 * the duplicate rule, as the order of files does in a local import), where it is, its size and the
 * dataset its first line shows.
 *
 * @param index 0-based position in the run
 * @param path a Hadoop path or URI
 * @param size bytes
 * @param dataset the dataset its reader gives ({@code gdelt2}, {@code icews}…)
 * @param directory the input directory it was found in, or null for a file given by name
 */
record InputFile(int index, String path, long size, String dataset, String directory)
    implements Serializable {

  InputFile {
    Objects.requireNonNull(path, "path");
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, was " + index);
    }
  }

  InputFile withDataset(String detected) {
    return new InputFile(index, path, size, detected, directory);
  }
}
