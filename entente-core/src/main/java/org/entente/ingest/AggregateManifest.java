package org.entente.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an aggregation of event files made and from what: written as {@code _manifest.json} beside
 * the cluster job's Parquet (the leading underscore makes Spark, Hive and other Parquet readers
 * skip it, so the directory still reads as one table) ({@code entente-spark aggregate}), read by
 * {@code entente import-events --dataset aggregate}. It names every input with its size and SHA-256
 * (so that the store knows those files are in, and never counts their events twice), every output
 * file with its checksum (so that a damaged or half-copied output is refused), the row counts and
 * the code that ran.
 *
 * <pre>{@code
 * AggregateManifest m = AggregateManifest.read(dir.resolve(AggregateManifest.FILE));
 * m.by(); // "day"
 * }</pre>
 *
 * @param format always {@link #FORMAT}
 * @param version the manifest's layout, {@link #VERSION}
 * @param by {@code day} or {@code month}
 * @param dataset the {@code --dataset} the job was given ({@code auto}, {@code gdelt}…)
 * @param oneADay whether events were also counted once per day, actors as written, and code
 * @param code what ran: Entente's version and commit, Spark's version, the master
 * @param created when the job finished, ISO-8601 UTC
 * @param inputs the files read, in the order their events were ranked for duplicates
 * @param rows what happened to the rows read
 * @param outputs the Parquet files, relative to the manifest's directory
 * @param rejects the rejects file relative to the manifest's directory, or null for none
 */
public record AggregateManifest(
    String format,
    int version,
    String by,
    String dataset,
    @JsonProperty("one_a_day") boolean oneADay,
    Code code,
    String created,
    List<Input> inputs,
    Rows rows,
    List<Output> outputs,
    String rejects) {

  /** The manifest's file name in an output directory; Parquet readers skip names with "_". */
  public static final String FILE = "_manifest.json";

  public static final String FORMAT = "entente-event-aggregates";

  public static final int VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public AggregateManifest {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "format is '" + format + "', expected '" + FORMAT + "' (the output of entente-spark)");
    }
    if (version != VERSION) {
      throw new IllegalArgumentException(
          "manifest version "
              + version
              + " is not one this Entente reads (version "
              + VERSION
              + "); aggregate again with this version's entente-spark");
    }
    if (!"day".equals(by) && !"month".equals(by)) {
      throw new IllegalArgumentException("by is '" + by + "', expected day or month");
    }
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(created, "created");
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    Objects.requireNonNull(rows, "rows");
    outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs"));
    dataset = dataset == null ? "auto" : dataset;
  }

  /**
   * What ran.
   *
   * @param entente Entente's version
   * @param commit the git commit it was built from, or {@code unknown}
   * @param spark Spark's version
   * @param master the Spark master ({@code local[2]}, {@code yarn}…)
   */
  public record Code(String entente, String commit, String spark, String master) {}

  /**
   * One input file.
   *
   * @param path as given (any Hadoop file system URI)
   * @param size bytes
   * @param sha256 of its raw bytes, lower-case hex
   * @param dataset the dataset its reader gives ({@code gdelt2}, {@code icews}…)
   * @param lines lines read
   * @param rows event rows read (header lines not counted)
   * @param rejected rows that could not be read
   */
  public record Input(
      String path, long size, String sha256, String dataset, long lines, long rows, long rejected) {

    public Input {
      Objects.requireNonNull(path, "path");
      if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("input " + path + ": sha256 is not a SHA-256 checksum");
      }
    }
  }

  /**
   * Where the rows went: every row read is rejected, a duplicate or kept; a kept event is
   * aggregated or has no dyad.
   *
   * @param read event rows read
   * @param rejected rows that could not be read
   * @param duplicates events counted before, by the duplicate rule
   * @param kept events counted
   * @param withoutDyad kept events without two different states
   * @param aggregated kept events in the aggregates
   * @param aggregates aggregate rows written
   */
  public record Rows(
      long read,
      long rejected,
      long duplicates,
      long kept,
      long withoutDyad,
      long aggregated,
      long aggregates) {

    public Rows {
      if (read != rejected + duplicates + kept) {
        throw new IllegalArgumentException(
            "rows: read ("
                + read
                + ") must equal rejected + duplicates + kept ("
                + (rejected + duplicates + kept)
                + ")");
      }
      if (kept != withoutDyad + aggregated) {
        throw new IllegalArgumentException("rows: kept must equal without_dyad + aggregated");
      }
    }
  }

  /**
   * One Parquet file of the output.
   *
   * @param path relative to the manifest's directory ({@code year=2015/part-00000-….parquet})
   * @param size bytes
   * @param sha256 of its bytes
   */
  public record Output(String path, long size, String sha256) {

    public Output {
      Objects.requireNonNull(path, "path");
      if (path.startsWith("/") || path.contains("..")) {
        throw new IllegalArgumentException(
            "output " + path + ": must be a path inside the output directory");
      }
      if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("output " + path + ": sha256 is not a SHA-256 checksum");
      }
    }
  }

  /**
   * Reads a manifest.
   *
   * @throws UncheckedIOException if the file is missing or unreadable
   * @throws IllegalArgumentException if it is not a manifest this version reads, naming the file,
   *     and the line and column of a JSON error
   */
  public static AggregateManifest read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(
          file
              + " not found: expected the output directory of entente-spark aggregate, which"
              + " holds "
              + FILE
              + " beside its Parquet files",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Parses a manifest's text; {@code name} is the file in messages. */
  public static AggregateManifest parse(String text, String name) {
    try {
      return JSON.readValue(text, AggregateManifest.class);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException bad) {
        throw new IllegalArgumentException(name + ": " + bad.getMessage(), e);
      }
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new IllegalArgumentException(
          name
              + ": not a manifest of entente-spark aggregate"
              + where
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** The manifest as JSON text, indented, ending with a line break. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest: " + e.getMessage(), e);
    }
  }
}
