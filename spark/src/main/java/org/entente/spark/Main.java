package org.entente.spark;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.entente.domain.DatePrecision;
import org.entente.ingest.EventFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente-spark aggregate}: the cluster job's command line, the same under {@code
 * spark-submit} (the cluster's master and settings) and under {@code ./entente-spark} (Spark in
 * this process, {@code local[*]} unless {@code --master} says otherwise).
 *
 * <pre>{@code
 * ./entente-spark aggregate --by day --out out/agg \
 *     entente-core/src/test/resources/fixtures/events/20150218230000.export.CSV
 * }</pre>
 */
@Command(
    name = "entente-spark",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {Main.Aggregate.class},
    description = "Entente's event aggregation on Apache Spark.")
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a command: aggregate");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (e instanceof IllegalArgumentException || e instanceof IOException) {
            commandLine.getErr().println("entente-spark: " + e.getMessage());
            return 1;
          }
          // A task's failure reaches here wrapped by Spark: its first cause is what to say.
          Throwable cause = e;
          while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
          }
          commandLine.getErr().println("entente-spark: the job failed: " + cause);
          e.printStackTrace(commandLine.getErr());
          return 1;
        });
    return cli.execute(args);
  }

  /** The version of the build, as in every manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"entente-spark " + JobVersion.version()};
    }
  }

  /** How events are grouped in time. */
  enum By {
    DAY,
    MONTH;

    DatePrecision unit() {
      return this == DAY ? DatePrecision.DAY : DatePrecision.MONTH;
    }
  }

  @Command(
      name = "aggregate",
      mixinStandardHelpOptions = true,
      description = {
        "Reads GDELT 2.0/1.0, ICEWS or POLECAT event files (plain, .gz or .zip; directories"
            + " recursively) on any Hadoop file system (local paths, hdfs://, s3a://, gs://),"
            + " counts each event once (by dataset and id, the first by file and line; also once"
            + " a day with --one-a-day), and writes each directed dyad's counts per dataset and"
            + " day or month: QuadClass counts, Goldstein sums, PLOVER type counts.",
        "Output: Parquet partitioned by year, _manifest.json (inputs with sizes and SHA-256,"
            + " rows read, kept, duplicates and rejected, the code that ran) and _rejects.csv"
            + " (file, line, reason) when rows were rejected. Load it with"
            + " `entente import-events --dataset aggregate DIR`."
      },
      footer = {
        "",
        "Examples:",
        "  ./entente-spark aggregate --out out/agg 20150218230000.export.CSV",
        "  ./entente-spark aggregate --master 'local[2]' --by month --out out/icews icews/",
        "  spark-submit --class org.entente.spark.Main entente-spark-job.jar \\",
        "      aggregate --out s3a://bucket/entente/agg s3a://bucket/gdelt/events/"
      })
  static final class Aggregate implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--master",
        paramLabel = "URL",
        description =
            "Spark master (local[2], yarn, k8s://…, spark://…). Default: the one spark-submit"
                + " gives, else local[*].")
    String master;

    @Option(
        names = "--by",
        paramLabel = "PERIOD",
        defaultValue = "day",
        description = "day or month. Default: ${DEFAULT-VALUE}.")
    By by;

    @Option(
        names = "--dataset",
        paramLabel = "NAME",
        defaultValue = "auto",
        description =
            "auto (each file by its first line), gdelt, icews or polecat. Default:"
                + " ${DEFAULT-VALUE}.")
    String dataset;

    @Option(
        names = "--one-a-day",
        description =
            "Count one event per dataset, day, source and target actor (as written) and CAMEO"
                + " code, as the Phoenix pipeline does.")
    boolean oneADay;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        defaultValue = "0",
        description = "Shuffle partitions. Default: one per 128 MiB of input, at least 4 per core.")
    int partitions;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "DIR",
        description = "Output directory (any Hadoop file system); must not exist or be empty.")
    String out;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Event files or directories.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
      if (!EventFiles.DATASETS.contains(dataset.toLowerCase(Locale.ROOT))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--dataset '"
                + dataset
                + "': expected one of "
                + String.join(", ", EventFiles.DATASETS));
      }
      if (partitions < 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--partitions must be 0 or more, not " + partitions);
      }
      AggregateJob.Settings settings =
          new AggregateJob.Settings(
              inputs, out, by.unit(), dataset.toLowerCase(Locale.ROOT), oneADay, partitions);
      try (SparkSession spark = session(master)) {
        AggregateJob.run(spark, settings, System.err);
      }
      return 0;
    }
  }

  /**
   * The session: Kryo with Entente's serializers, Java time types in rows; in local mode a quiet
   * log and no web UI, since the command prints its own lines.
   */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf(true);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "entente-spark aggregate");
    conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.set("spark.kryo.registrator", EntenteKryo.class.getName());
    conf.set("spark.sql.datetime.java8API.enabled", "true");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      // Spark's stage bar is progress on a terminal, and noise in a log file.
      conf.setIfMissing("spark.ui.showConsoleProgress", Boolean.toString(System.console() != null));
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
