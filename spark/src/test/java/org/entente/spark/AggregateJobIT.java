package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.entente.analyze.EventAggregation;
import org.entente.domain.DatePrecision;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.GdeltGenerator;
import org.entente.ingest.Progress;
import org.entente.report.EventWriter;
import org.entente.store.AggregateImportReport;
import org.entente.store.EventAggregateImport;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster job against the embedded path on the same files: real GDELT 2.0 and ICEWS rows, and
 * generated GDELT files with duplicates across files, compressed files, broken lines. The two paths
 * share the readers and the aggregation, and nothing else: the job finds duplicates in Spark's
 * shuffle, the store in DuckDB; one reads Parquet back through DuckDB, the other the store's rows.
 * They must give the same rows. A few dyad-days are also counted straight from the raw lines, with
 * a plain split and no Entente code.
 */
class AggregateJobIT {

  @TempDir static Path dir;

  /** Generated files, in the order a directory gives them: a, b, c, then d of duplicates. */
  private static Path generated;

  @BeforeAll
  static void generate() throws IOException {
    Path whole = dir.resolve("generated.CSV");
    GdeltGenerator.main(
        new String[] {SparkRuns.GDELT.toString(), "120000", whole.toString(), "20261202"});
    List<String> lines = Files.readAllLines(whole, StandardCharsets.UTF_8);
    generated = Files.createDirectories(dir.resolve("generated"));
    Files.write(generated.resolve("a-part.CSV"), lines.subList(0, 40_000), StandardCharsets.UTF_8);
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(generated.resolve("b-part.CSV.gz")))) {
      gz.write(join(lines.subList(40_000, 80_000)));
    }
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(generated.resolve("c-part.CSV.zip")))) {
      zip.putNextEntry(new ZipEntry("c-part.CSV"));
      zip.write(join(lines.subList(80_000, 120_000)));
      zip.closeEntry();
    }
    // d: 20,000 rows repeated from a and b, 5,000 rows with the ids of a's first rows but other
    // content (another seed), and broken lines.
    Path other = dir.resolve("other.CSV");
    GdeltGenerator.main(new String[] {SparkRuns.GDELT.toString(), "5000", other.toString(), "7"});
    List<String> d = new ArrayList<>(lines.subList(30_000, 50_000));
    d.addAll(Files.readAllLines(other, StandardCharsets.UTF_8));
    String good = lines.get(123);
    d.add(5, withField(withField(good, 0, "1999999990"), 26, "999"));
    d.add(500, "too\tfew\tcolumns");
    d.add(7000, withField(withField(good, 0, "1999999991"), 1, "20151399"));
    d.add(20_000, withField(good, 0, "x1999999992"));
    Files.write(generated.resolve("d-dups.CSV"), d, StandardCharsets.UTF_8);
  }

  private static String withField(String line, int i, String value) {
    String[] f = line.split("\t", -1);
    f[i] = value;
    return String.join("\t", f);
  }

  private static byte[] join(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void assertSameRows(String name, DatePrecision by, boolean oneADay, Path... in)
      throws IOException {
    Path out = dir.resolve(name + "-out");
    SparkRuns.Run run = SparkRuns.aggregate(out, by, oneADay, in);
    SparkRuns.Embedded embedded =
        SparkRuns.embedded(dir.resolve(name + ".duckdb"), by, oneADay, in);
    List<String> spark = SparkRuns.parquetRows(out);
    assertThat(spark).as(name + ": rows").isNotEmpty().containsExactlyElementsOf(embedded.rows());

    AggregateManifest.Rows rows = run.manifest().rows();
    assertThat(rows.read()).as(name + ": rows read").isEqualTo(embedded.report().rowsRead());
    assertThat(rows.rejected()).isEqualTo(embedded.report().rejects().size());
    assertThat(rows.duplicates()).isEqualTo(embedded.report().duplicates());
    assertThat(rows.kept()).isEqualTo(embedded.report().imported());
    assertThat(rows.aggregates()).isEqualTo(spark.size());
    assertThat(rows.aggregated())
        .isEqualTo(spark.stream().mapToLong(r -> Long.parseLong(r.split(",")[4])).sum());
  }

  @Test
  void gdeltSampleGivesTheEmbeddedRowsByDayAndByMonth() throws IOException {
    assertSameRows("gdelt-day", DatePrecision.DAY, false, SparkRuns.GDELT);
    assertSameRows("gdelt-month", DatePrecision.MONTH, false, SparkRuns.GDELT);
  }

  @Test
  void icewsSampleGivesTheEmbeddedRows() throws IOException {
    assertSameRows("icews-day", DatePrecision.DAY, false, SparkRuns.ICEWS);
    assertSameRows("icews-one-a-day", DatePrecision.DAY, true, SparkRuns.ICEWS);
  }

  @Test
  void generatedFilesWithDuplicatesCompressionAndBrokenLinesGiveTheEmbeddedRows()
      throws IOException {
    assertSameRows("generated-day", DatePrecision.DAY, false, generated);
    assertSameRows("generated-month-one-a-day", DatePrecision.MONTH, true, generated);
    // The duplicate rule ranks by the order of the files: given first, d's rows are the ones kept.
    Path[] dFirst = {
      generated.resolve("d-dups.CSV"),
      generated.resolve("a-part.CSV"),
      generated.resolve("b-part.CSV.gz"),
      generated.resolve("c-part.CSV.zip")
    };
    assertSameRows("generated-d-first", DatePrecision.DAY, false, dFirst);
  }

  @Test
  void theManifestAndRejectsAccountForEveryRow() throws IOException {
    Path out = dir.resolve("counted-out");
    SparkRuns.Run run = SparkRuns.aggregate(out, DatePrecision.DAY, false, generated);
    AggregateManifest m = AggregateManifest.read(out.resolve(AggregateManifest.FILE));
    assertThat(m).isEqualTo(run.manifest());
    AggregateManifest.Rows rows = m.rows();
    assertThat(rows.read()).isEqualTo(120_000 + 20_000 + 5_000 + 4);
    assertThat(rows.rejected()).isEqualTo(4);
    assertThat(rows.duplicates()).isEqualTo(25_000);
    assertThat(rows.kept()).isEqualTo(120_000);
    assertThat(m.inputs())
        .extracting(i -> Path.of(java.net.URI.create(i.path())).getFileName().toString())
        .containsExactly("a-part.CSV", "b-part.CSV.gz", "c-part.CSV.zip", "d-dups.CSV");
    for (AggregateManifest.Input i : m.inputs()) {
      Path file = Path.of(java.net.URI.create(i.path()));
      assertThat(i.size()).isEqualTo(Files.size(file));
      assertThat(i.sha256()).as(i.path()).isEqualTo(org.entente.ingest.EventLines.sha256(file));
    }
    assertThat(m.rejects()).isEqualTo("_rejects.csv");
    List<String> rejects = Files.readAllLines(out.resolve("_rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects.get(0)).isEqualTo("file,line,column,value,problem,record");
    assertThat(rejects.subList(1, rejects.size()))
        .hasSize(4)
        .allSatisfy(r -> assertThat(r).contains("d-dups.CSV"))
        .extracting(r -> r.split(",")[1] + " " + r.split(",")[2])
        .containsExactly("6 EventCode", "501 ", "7001 SQLDATE", "20001 GLOBALEVENTID");
    assertThat(m.code().spark()).isEqualTo(SparkRuns.spark().version());
    assertThat(m.code().master()).isEqualTo("local[2]");
    assertThat(m.outputs()).isNotEmpty().allSatisfy(o -> assertThat(o.path()).startsWith("year="));
    assertThat(Files.exists(out.resolve(FileReading.PARTS))).as("work files removed").isFalse();
    assertThat(run.log()).contains("read 145004 rows: 120000 kept, 25000 duplicates, 4 rejected");
  }

  /** Directed dyad-day → {events, q1..q4, Goldstein sum}, from the lines by a plain split. */
  private static Map<String, String> rawGdelt(List<String> pairs) throws IOException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (String line : Files.readAllLines(SparkRuns.GDELT, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      String key = f[7] + "," + f[17];
      if (!pairs.contains(key)) {
        continue;
      }
      String day = f[1].substring(0, 4) + "-" + f[1].substring(4, 6) + "-" + f[1].substring(6);
      String k = key + "," + day;
      counts.computeIfAbsent(k, x -> new long[4])[Integer.parseInt(f[29]) - 1]++;
      sums.merge(k, new BigDecimal(f[30]), BigDecimal::add);
    }
    return format(counts, sums);
  }

  private static Map<String, String> format(
      Map<String, long[]> counts, Map<String, BigDecimal> sums) {
    Map<String, String> rows = new TreeMap<>();
    counts.forEach(
        (k, q) ->
            rows.put(
                k,
                (q[0] + q[1] + q[2] + q[3])
                    + ","
                    + q[0]
                    + ","
                    + q[1]
                    + ","
                    + q[2]
                    + ","
                    + q[3]
                    + ","
                    + sums.get(k).setScale(6).toPlainString()));
    return rows;
  }

  /** The job's rows of those dyad-days: source,target,period → events … goldstein_sum. */
  private static Map<String, String> jobRows(Path out, Map<String, String> wanted) {
    Map<String, String> rows = new TreeMap<>();
    for (String r : SparkRuns.parquetRows(out)) {
      String[] f = r.split(",");
      String key = f[1] + "," + f[2] + "," + f[3];
      if (wanted.containsKey(key)) {
        rows.put(key, String.join(",", List.of(f).subList(4, 10)));
      }
    }
    return rows;
  }

  @Test
  void dyadDaysEqualACountOfTheRawGdeltLines() throws IOException {
    Path out = dir.resolve("gdelt-raw-out");
    SparkRuns.aggregate(out, DatePrecision.DAY, false, SparkRuns.GDELT);
    Map<String, String> raw =
        rawGdelt(List.of("USA,RUS", "RUS,USA", "CHN,RUS", "USA,CHN", "RUS,UKR"));
    assertThat(raw).hasSize(5);
    assertThat(jobRows(out, raw)).isEqualTo(raw);
  }

  @Test
  void dyadDaysEqualACountOfTheRawIcewsLines() throws IOException {
    Path out = dir.resolve("icews-raw-out");
    SparkRuns.aggregate(out, DatePrecision.DAY, false, SparkRuns.ICEWS);
    Map<String, String> iso = Map.of("United States", "USA", "North Korea", "PRK", "China", "CHN");
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, BigDecimal> sums = new TreeMap<>();
    List<String> lines = Files.readAllLines(SparkRuns.ICEWS, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      String a = iso.get(f[4]);
      String b = iso.get(f[10]);
      if (a == null || b == null || a.equals(b)) {
        continue;
      }
      int root = Integer.parseInt(f[6].substring(0, 2));
      int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      String k = a + "," + b + "," + f[1];
      counts.computeIfAbsent(k, x -> new long[4])[quad - 1]++;
      sums.merge(k, new BigDecimal(f[7]), BigDecimal::add);
    }
    Map<String, String> raw = format(counts, sums);
    assertThat(raw).containsKey("USA,PRK,2018-06-01");
    assertThat(jobRows(out, raw)).isEqualTo(raw);
  }

  @Test
  void eventsWithoutADyadWriteNoParquetAndImportAsNothing() throws IOException {
    Path file = dir.resolve("no-dyads.export.CSV");
    List<String> lines = new ArrayList<>();
    for (String line : SparkRuns.lines(SparkRuns.GDELT, 1, 50)) {
      String l = line;
      for (int actorField : new int[] {5, 6, 7, 15, 16, 17}) {
        l = withField(l, actorField, "");
      }
      lines.add(l);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    Path out = dir.resolve("no-dyads-out");
    AggregateManifest.Rows rows =
        SparkRuns.aggregate(out, DatePrecision.DAY, false, file).manifest().rows();
    assertThat(rows.kept()).isEqualTo(50);
    assertThat(rows.withoutDyad()).isEqualTo(50);
    assertThat(rows.aggregates()).isZero();
    assertThat(AggregateManifest.read(out.resolve(AggregateManifest.FILE)).outputs()).isEmpty();
    try (Store store = Store.open(dir.resolve("no-dyads.duckdb"), "512MB")) {
      AggregateImportReport r = new EventAggregateImport(store).run(out, 0, null, Progress.NONE);
      assertThat(r.imported()).isZero();
      assertThat(r.alreadyLoaded()).isFalse();
    }
  }

  @Test
  void theOutputImportedIntoTheStoreGivesTheSameRowsAsTheRawFiles() throws IOException {
    Path out = dir.resolve("imported-out");
    SparkRuns.aggregate(out, DatePrecision.DAY, false, generated);
    SparkRuns.Embedded raw =
        SparkRuns.embedded(dir.resolve("imported-raw.duckdb"), DatePrecision.DAY, false, generated);
    try (Store store = Store.open(dir.resolve("imported.duckdb"), "1GB")) {
      AggregateImportReport r = new EventAggregateImport(store).run(out, 0, null, Progress.NONE);
      assertThat(r.rejects()).isEmpty();
      EventAggregation agg = new EventAggregation(DatePrecision.DAY);
      new EventQueries(store).forEachAggregate(agg::add);
      assertThat(SparkRuns.csvRows(agg)).containsExactlyElementsOf(raw.rows());
      assertThat(r.events())
          .isEqualTo(raw.rows().stream().mapToLong(x -> Long.parseLong(x.split(",")[4])).sum());
    }
    assertThat(EventWriter.AGGREGATE_COLUMNS).hasSize(AggregateJob.schema().fields().length - 1);
  }
}
