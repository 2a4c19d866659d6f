package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user runs, as separate processes: {@code ./entente-spark aggregate} (Spark in-process),
 * the job jar on Spark's classpath alone (as {@code spark-submit} runs it), then {@code entente
 * import-events --dataset aggregate} and {@code entente events} from the app's jar, against the
 * same file imported one event at a time.
 */
class LaunchersIT {

  @TempDir Path dir;

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path APP = ROOT.resolve("entente-app/target/entente.jar");

  record Result(int exit, String out, String err) {}

  private Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile());
    pb.environment().put("ENTENTE_HOME", dir.resolve("home").toString());
    pb.environment().put("ENTENTE_SPARK_JAVA_OPTS", "-Xmx2g");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result entente(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-jar", APP.toString()));
    command.addAll(List.of(args));
    Result r = run(command);
    assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    return r;
  }

  @Test
  void aggregateLocallyThenImportAndQueryLikeTheRawFile() throws Exception {
    String gdelt =
        ROOT.resolve("entente-core/src/test/resources/fixtures/events")
            .resolve("20150218230000.export.CSV")
            .toString();
    Path agg = dir.resolve("agg");
    Result spark =
        run(
            List.of(
                "./entente-spark",
                "aggregate",
                "--master",
                "local[2]",
                "--out",
                agg.toString(),
                gdelt));
    assertThat(spark.exit()).as(spark.err()).isZero();
    assertThat(spark.err())
        .contains("entente-spark: 1 input file(s), 0.9 MB, gdelt2; counting by day")
        .contains("read 2271 rows: 2271 kept, 0 duplicates, 0 rejected")
        .doesNotContain("INFO");
    assertThat(agg.resolve("_manifest.json")).exists();

    String store = dir.resolve("agg.duckdb").toString();
    Result imported =
        entente("import-events", "--db", store, "--dataset", "aggregate", agg.toString());
    assertThat(imported.out())
        .contains(
            "Read 197 aggregate rows (by day) from 2 Parquet file(s): 197 imported, 0 rejected;"
                + " 470 events of 1 input file(s)");
    assertThat(
            entente("import-events", "--db", store, "--dataset", "aggregate", agg.toString()).out())
        .contains("Already imported (same manifest, by SHA-256): nothing changed.");

    String raw = dir.resolve("raw.duckdb").toString();
    entente("import-events", "--db", raw, gdelt);
    assertThat(entente("events", "--all", "--by", "day", "--format", "csv", "--db", store).out())
        .isEqualTo(entente("events", "--all", "--by", "day", "--format", "csv", "--db", raw).out());
    assertThat(
            entente(
                    "events",
                    "USA",
                    "RUS",
                    "--by",
                    "day",
                    "--plover",
                    "--format",
                    "csv",
                    "--db",
                    store)
                .out())
        .isEqualTo(
            entente(
                    "events",
                    "USA",
                    "RUS",
                    "--by",
                    "day",
                    "--plover",
                    "--format",
                    "csv",
                    "--db",
                    raw)
                .out())
        .contains("USA,RUS,2015-02-18,8,6,2,0,0,20.000000000000");
  }

  @Test
  void theJobJarRunsOnSparksClasspathAlone() throws Exception {
    Path target = ROOT.resolve("spark/target");
    String provided =
        Files.readString(target.resolve("provided-classpath.txt"), StandardCharsets.UTF_8).trim();
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(List.of(System.getProperty("entente.spark.jvm", "").split(" ")));
    command.removeIf(String::isBlank);
    command.addAll(
        List.of(
            "-cp",
            target.resolve("entente-spark-job.jar") + ":" + provided,
            "org.entente.spark.Main",
            "aggregate",
            "--master",
            "local[2]",
            "--by",
            "month",
            "--out",
            dir.resolve("agg-month").toString(),
            ROOT.resolve("entente-core/src/test/resources/fixtures/events/events.2018.sample.tab")
                .toString()));
    Result r = run(command);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("icews; counting by month").contains("read 3705 rows");
    assertThat(SparkRuns.parquetRows(dir.resolve("agg-month")))
        .containsExactlyElementsOf(
            SparkRuns.embedded(
                    dir.resolve("icews.duckdb"),
                    org.entente.domain.DatePrecision.MONTH,
                    false,
                    SparkRuns.ICEWS)
                .rows());
  }
}
