package org.entente.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.entente.analyze.EventAggregation;
import org.entente.analyze.EventTally;
import org.entente.domain.DatePrecision;
import org.entente.domain.EventCounts;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.EventLines;
import org.entente.ingest.RejectsFile;
import org.entente.report.EventWriter;
import scala.Tuple2;

/**
 * The cluster job: event files of any size on any Hadoop file system → the dyad-period aggregates
 * of the embedded store, as Parquet partitioned by year, with a manifest. Each stage is
 * entente-core's code where the embedded path has code: its line reader and readers parse the files
 * (one task per file: line numbers and checksums need the file in order, and the archives come as
 * many files), {@link EventAggregation.Count} says what an event adds, {@link EventTally} adds it
 * up. Spark supplies what one machine cannot: the shuffle that finds an event's duplicates in any
 * other file (the first occurrence by file and line is kept, as a local import keeps it) and the
 * merge of the tallies.
 *
 * <pre>{@code
 * AggregateManifest m = AggregateJob.run(spark, new AggregateJob.Settings(
 *     List.of("s3a://bucket/gdelt/"), "s3a://bucket/agg", DatePrecision.DAY, "auto", false, 0),
 *     System.err);
 * }</pre>
 */
public final class AggregateJob {

  /** Bytes of input per shuffle partition when the run does not say: Spark's own split size. */
  static final long BYTES_PER_PARTITION = 128L << 20;

  /**
   * What a run is asked to do.
   *
   * @param inputs files and directories, Hadoop paths or URIs
   * @param out the output directory: must not exist, or be empty
   * @param by {@link DatePrecision#DAY} or {@link DatePrecision#MONTH}
   * @param dataset {@code auto}, {@code gdelt}, {@code icews} or {@code polecat}
   * @param oneADay count one event per dataset, day, actors as written and code as well
   * @param partitions shuffle partitions, or 0 for one per 128 MiB of input (at least four per
   *     core)
   */
  public record Settings(
      List<String> inputs,
      String out,
      DatePrecision by,
      String dataset,
      boolean oneADay,
      int partitions) {

    public Settings {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      EventAggregation.checkUnit(by);
      Objects.requireNonNull(dataset, "dataset");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be 0 or more, was " + partitions);
      }
    }
  }

  private AggregateJob() {}

  /**
   * Runs the job and writes its output and manifest.
   *
   * @param log where the stages are told, one line each
   * @return the manifest written
   * @throws IllegalArgumentException for inputs or an output that cannot be used, before the job
   *     reads anything
   */
  public static AggregateManifest run(SparkSession spark, Settings s, PrintStream log)
      throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
    Path out = new Path(s.out());
    FileSystem outFs = out.getFileSystem(conf.get());
    checkOutput(outFs, out);
    String outPath = outFs.makeQualified(out).toString();

    List<InputFile> files = Inputs.resolve(sc, conf, s.inputs(), s.dataset());
    long bytes = files.stream().mapToLong(InputFile::size).sum();
    int partitions =
        s.partitions() > 0
            ? s.partitions()
            : (int)
                Math.max(
                    sc.defaultParallelism() * 4L, Math.min(100_000, bytes / BYTES_PER_PARTITION));
    log.printf(
        java.util.Locale.ROOT,
        "entente-spark: %d input file(s), %.1f MB, %s; counting by %s in %d partitions%n",
        files.size(),
        bytes / 1e6,
        String.join(", ", files.stream().map(InputFile::dataset).distinct().toList()),
        s.by().name().toLowerCase(java.util.Locale.ROOT),
        partitions);

    JavaPairRDD<EventAggregation.Key, EventTally> tallies =
        tallies(sc, conf, files, s, outPath, partitions)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // The first action runs the whole read; what it leaves is small (one tally per dyad-period):
    // [events without a dyad, aggregate rows, events in them].
    long[] counted =
        tallies
            .map(
                t ->
                    isUncounted(t._1())
                        ? new long[] {t._2().events(), 0, 0}
                        : new long[] {0, 1, t._2().events()})
            .fold(new long[3], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
    long withoutDyad = counted[0];
    long aggregates = counted[1];
    long aggregated = counted[2];
    write(spark, tallies.filter(t -> !isUncounted(t._1())), s.by(), outPath);
    tallies.unpersist(false);
    checkWritten(spark, outPath, aggregates, aggregated);

    List<AggregateManifest.Input> inputs = FileReading.inputs(outFs, outPath, files);
    long read = inputs.stream().mapToLong(AggregateManifest.Input::rows).sum();
    long rejected = inputs.stream().mapToLong(AggregateManifest.Input::rejected).sum();
    long kept = withoutDyad + aggregated;
    String rejects = rejected == 0 ? null : mergeRejects(outFs, outPath, files);
    AggregateManifest manifest =
        new AggregateManifest(
            AggregateManifest.FORMAT,
            AggregateManifest.VERSION,
            s.by().name().toLowerCase(java.util.Locale.ROOT),
            s.dataset(),
            s.oneADay(),
            JobVersion.code(spark),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            inputs,
            new AggregateManifest.Rows(
                read, rejected, read - rejected - kept, kept, withoutDyad, aggregated, aggregates),
            outputs(outFs, new Path(outPath)),
            rejects);
    try (OutputStream o = outFs.create(new Path(outPath, AggregateManifest.FILE), false)) {
      o.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
    }
    outFs.delete(new Path(outPath, FileReading.PARTS), true);
    AggregateManifest.Rows r = manifest.rows();
    log.printf(
        java.util.Locale.ROOT,
        "entente-spark: read %d rows: %d kept, %d duplicates, %d rejected%s; %d events between"
            + " two states in %d aggregate rows (%d without a dyad); wrote %s%n",
        r.read(),
        r.kept(),
        r.duplicates(),
        r.rejected(),
        rejects == null ? "" : " (" + outPath + "/" + rejects + ")",
        r.aggregated(),
        r.aggregates(),
        r.withoutDyad(),
        outPath);
    return manifest;
  }

  /** The key under which a task hands on its count of events without a dyad. */
  private static final EventAggregation.Key UNCOUNTED =
      new EventAggregation.Key("", "", "", LocalDate.EPOCH);

  private static boolean isUncounted(EventAggregation.Key k) {
    return k.dataset().isEmpty();
  }

  /** Read, keep each event once, add up: the job's three stages. */
  static JavaPairRDD<EventAggregation.Key, EventTally> tallies(
      JavaSparkContext sc,
      HadoopConf conf,
      List<InputFile> files,
      Settings s,
      String out,
      int partitions) {
    DatePrecision by = s.by();
    boolean oneADay = s.oneADay();
    JavaRDD<InputFile> byFile = sc.parallelize(files, Math.max(1, Math.min(files.size(), 100_000)));
    JavaPairRDD<String, Occurrence> occurrences =
        byFile.flatMapToPair(f -> FileReading.occurrences(f, conf, by, oneADay, out));
    JavaPairRDD<String, Occurrence> unique = firstOfEach(occurrences, partitions);
    if (oneADay) {
      unique = firstOfEach(unique.mapToPair(t -> new Tuple2<>(t._2().oneADay, t._2())), partitions);
    }
    return unique
        .mapPartitionsToPair(AggregateJob::addUp)
        .reduceByKey(EventTally::merge, partitions);
  }

  /**
   * The first occurrence of each key. Without a combine before the shuffle: nearly every key is
   * unique, so combining would only hold every event of a file in a map before sending it on.
   */
  private static JavaPairRDD<String, Occurrence> firstOfEach(
      JavaPairRDD<String, Occurrence> occurrences, int partitions) {
    return occurrences.combineByKey(
        o -> o,
        Occurrence::first,
        Occurrence::first,
        new org.apache.spark.HashPartitioner(partitions),
        false,
        null);
  }

  /** One partition's events, added up by entente-core's aggregation. */
  private static Iterator<Tuple2<EventAggregation.Key, EventTally>> addUp(
      Iterator<Tuple2<String, Occurrence>> events) {
    Map<EventAggregation.Key, EventTally> tallies = new HashMap<>();
    long withoutDyad = 0;
    while (events.hasNext()) {
      EventAggregation.Count c = events.next()._2().count();
      if (c.key() == null) {
        withoutDyad++;
      } else {
        tallies.computeIfAbsent(c.key(), k -> new EventTally()).add(c);
      }
    }
    List<Tuple2<EventAggregation.Key, EventTally>> out = new ArrayList<>(tallies.size() + 1);
    tallies.forEach((k, t) -> out.add(new Tuple2<>(k, t)));
    out.add(
        new Tuple2<>(
            UNCOUNTED,
            new EventTally().add(new EventCounts(withoutDyad, 0, 0, 0, 0, new long[16]))));
    return out.iterator();
  }

  /** The Parquet schema: {@link EventWriter#AGGREGATE_COLUMNS}, then the partition column. */
  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : EventWriter.AGGREGATE_COLUMNS) {
      fields.add(
          DataTypes.createStructField(
              c,
              switch (c) {
                case "dataset", "source", "target" -> DataTypes.StringType;
                case "period" -> DataTypes.DateType;
                case "goldstein_sum" -> DataTypes.createDecimalType(18, 6);
                default -> DataTypes.LongType;
              },
              false));
    }
    fields.add(DataTypes.createStructField("year", DataTypes.IntegerType, false));
    return DataTypes.createStructType(fields);
  }

  private static Row row(EventAggregation.Key k, EventTally t) {
    EventCounts c = t.counts();
    List<Object> v = new ArrayList<>(EventWriter.AGGREGATE_COLUMNS.size() + 1);
    v.add(k.dataset());
    v.add(k.sourceState());
    v.add(k.targetState());
    v.add(k.period());
    v.add(c.events());
    v.add(c.verbalCoop());
    v.add(c.materialCoop());
    v.add(c.verbalConflict());
    v.add(c.materialConflict());
    v.add(BigDecimal.valueOf(c.goldsteinMicros(), 6));
    for (long n : c.plover()) {
      v.add(n);
    }
    v.add(k.period().getYear());
    return RowFactory.create(v.toArray());
  }

  /** Tasks that write the Parquet. */
  static final int WRITE_PARTITIONS = 8;

  /** One file per year, rows sorted by dyad and period (a reader skips row groups by pair). */
  private static void write(
      SparkSession spark,
      JavaPairRDD<EventAggregation.Key, EventTally> tallies,
      DatePrecision by,
      String out) {
    Dataset<Row> rows = spark.createDataFrame(tallies.map(t -> row(t._1(), t._2())), schema());
    // A few tasks, each writing whole years: the rows are few by now, and Spark's default of 200
    // shuffle partitions would cost more than the writing.
    rows.repartition(WRITE_PARTITIONS, functions.col("year"))
        .sortWithinPartitions("dataset", "source", "target", "period")
        .write()
        .mode(SaveMode.Append)
        .partitionBy("year")
        .parquet(out);
  }

  /** Reads the Parquet back: a write that lost rows must not pass for a whole output. */
  private static void checkWritten(
      SparkSession spark, String out, long aggregates, long aggregated) {
    if (aggregates == 0) {
      return;
    }
    Row written =
        spark.read().parquet(out).agg(functions.count("*"), functions.sum("events")).first();
    if (written.getLong(0) != aggregates || written.getLong(1) != aggregated) {
      throw new IllegalStateException(
          out
              + " holds "
              + written.getLong(0)
              + " aggregate rows of "
              + written.getLong(1)
              + " events, not the "
              + aggregates
              + " of "
              + aggregated
              + " counted: the write is incomplete; no manifest was written");
    }
  }

  /** The output must be new: another run's files beside this one's would be imported with it. */
  private static void checkOutput(FileSystem fs, Path out) throws IOException {
    if (!fs.exists(out)) {
      return;
    }
    FileStatus status = fs.getFileStatus(out);
    if (!status.isDirectory()) {
      throw new IllegalArgumentException(
          out + " exists and is a file: give a new output directory");
    }
    if (fs.listStatus(out).length > 0) {
      throw new IllegalArgumentException(
          out + " exists and is not empty: give a new output directory (nothing was read)");
    }
  }

  /** The Parquet files written, with sizes and checksums, relative to the output. */
  private static List<AggregateManifest.Output> outputs(FileSystem fs, Path out)
      throws IOException {
    String base = fs.makeQualified(out).toUri().getPath();
    List<AggregateManifest.Output> outputs = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(out, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String name = f.getPath().getName();
      String path = f.getPath().toUri().getPath();
      if (!name.endsWith(".parquet") || path.contains("/" + FileReading.PARTS + "/")) {
        continue;
      }
      String sha256;
      try (InputStream in = fs.open(f.getPath())) {
        sha256 = EventLines.sha256(in);
      }
      outputs.add(
          new AggregateManifest.Output(path.substring(base.length() + 1), f.getLen(), sha256));
    }
    outputs.sort((a, b) -> a.path().compareTo(b.path()));
    return outputs;
  }

  /** The rejects of every input, in the run's order, as one rejects file beside the output. */
  private static String mergeRejects(FileSystem fs, String out, List<InputFile> files)
      throws IOException {
    String name = "_rejects.csv";
    try (OutputStream o = fs.create(new Path(out, name), false)) {
      o.write((RejectsFile.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
      for (InputFile f : files) {
        Path part = FileReading.rejects(fs, out, f.index());
        if (part != null) {
          try (InputStream in = fs.open(part)) {
            in.transferTo(o);
          }
        }
      }
    }
    return name;
  }
}
