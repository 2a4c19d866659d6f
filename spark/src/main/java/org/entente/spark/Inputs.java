package org.entente.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.entente.ingest.EventFiles;

/**
 * Finds a run's event files on any Hadoop file system and checks them before the job starts, so
 * that what can be told early is: a path that does not exist, a directory without event files, an
 * empty input, a file that cannot be read, a first line no reader knows, two formats in one
 * directory. Directories are walked recursively and their files taken in name order, the files
 * named like event data only ({@link EventFiles#looksLikeEvents}), as a local import takes them.
 * The first lines are read by a small Spark job of their own, so that a run of a million files is
 * not probed one by one from the driver.
 */
final class Inputs {

  private Inputs() {}

  /**
   * The files of the run, each with the dataset its first line shows.
   *
   * @param dataset {@code auto}, {@code gdelt}, {@code icews} or {@code polecat}
   * @throws IllegalArgumentException naming every path or file at fault
   */
  static List<InputFile> resolve(
      JavaSparkContext sc, HadoopConf conf, List<String> paths, String dataset) throws IOException {
    List<InputFile> files = list(conf, paths);
    List<InputFile> probed = probe(sc, conf, files, dataset);
    checkOneFormatPerDirectory(probed);
    return probed;
  }

  /** The files under {@code paths}, in order, each once. */
  static List<InputFile> list(HadoopConf conf, List<String> paths) throws IOException {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("give at least one input file or directory");
    }
    Map<String, InputFile> files = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String given : paths) {
      Path path = new Path(given);
      FileSystem fs = path.getFileSystem(conf.get());
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        missing.add(given);
        continue;
      }
      if (status.isDirectory()) {
        List<FileStatus> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (f.isFile() && EventFiles.looksLikeEvents(f.getPath().getName())) {
            found.add(f);
          }
        }
        if (found.isEmpty()) {
          throw new IllegalArgumentException(
              given
                  + ": no event files in this directory (looked for names ending .csv, .tab, .tsv"
                  + " or .txt, each also .gz or .zip)");
        }
        found.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        for (FileStatus f : found) {
          String p = f.getPath().toString();
          files.putIfAbsent(p, new InputFile(files.size(), p, f.getLen(), null, given));
        }
      } else {
        String p = status.getPath().toString();
        files.putIfAbsent(p, new InputFile(files.size(), p, status.getLen(), null, null));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          (missing.size() == 1 ? "no such file or directory: " : "no such files or directories: ")
              + String.join(", ", missing));
    }
    long bytes = files.values().stream().mapToLong(InputFile::size).sum();
    if (bytes == 0) {
      throw new IllegalArgumentException(
          "the input is empty: "
              + files.size()
              + " file(s), 0 bytes ("
              + String.join(", ", paths)
              + ")");
    }
    return List.copyOf(files.values());
  }

  /** Reads every file's first line, in parallel, and picks its reader as a local import would. */
  private static List<InputFile> probe(
      JavaSparkContext sc, HadoopConf conf, List<InputFile> files, String dataset) {
    int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    List<String[]> results =
        sc.parallelize(files, slices)
            .map(
                f -> {
                  try {
                    Path p = new Path(f.path());
                    try (InputStream in = p.getFileSystem(conf.get()).open(p)) {
                      String first = EventFiles.firstLine(in, f.path());
                      return new String[] {
                        f.path(), EventFiles.reader(dataset, first, f.path()).dataset(), null
                      };
                    }
                  } catch (IOException e) {
                    return new String[] {f.path(), null, "cannot read " + f.path() + ": " + e};
                  } catch (IllegalArgumentException e) {
                    return new String[] {f.path(), null, e.getMessage()};
                  }
                })
            .collect();
    List<String> problems =
        results.stream().filter(r -> r[2] != null).map(r -> r[2]).collect(Collectors.toList());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.size()
              + " input file(s) cannot be read as event data (nothing was aggregated):\n  "
              + problems.stream().limit(10).collect(Collectors.joining("\n  "))
              + (problems.size() > 10 ? "\n  … and " + (problems.size() - 10) + " more" : ""));
    }
    List<InputFile> probed = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      probed.add(files.get(i).withDataset(results.get(i)[1]));
    }
    return probed;
  }

  /** Refuses a directory holding two formats: a mix-up, not a run. */
  private static void checkOneFormatPerDirectory(List<InputFile> files) {
    Map<String, Map<String, String>> byDirectory = new LinkedHashMap<>();
    for (InputFile f : files) {
      if (f.directory() != null) {
        byDirectory
            .computeIfAbsent(f.directory(), d -> new LinkedHashMap<>())
            .putIfAbsent(f.dataset(), f.path());
      }
    }
    for (Map.Entry<String, Map<String, String>> d : byDirectory.entrySet()) {
      if (d.getValue().size() > 1) {
        Set<String> examples = new LinkedHashSet<>();
        d.getValue().forEach((dataset, path) -> examples.add(path + " is " + dataset));
        throw new IllegalArgumentException(
            d.getKey()
                + " mixes event formats ("
                + String.join("; ", examples)
                + "): give each format its own directory or run; nothing was aggregated");
      }
    }
  }
}
