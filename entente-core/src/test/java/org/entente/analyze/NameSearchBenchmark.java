package org.entente.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.entente.ingest.Progress;
import org.entente.store.BundledSanctions;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;

/**
 * Measures name search on the bundled lists (run by {@code bench/names.sh}, never as a test):
 * precision and recall on the evaluation set, and time per query for the Lucene index and for the
 * linear scan over all names, after warm-up, in one JVM. Prints a Markdown table.
 */
public final class NameSearchBenchmark {

  private static final int WARMUP_ROUNDS = 3;
  private static final int ROUNDS = 5;
  private static final int LINEAR_ROUNDS = 1;

  private NameSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("entente-names");
    Path db = dir.resolve("bench.duckdb");
    try (Store store = Store.open(db, "1GB")) {
      BundledSanctions.SOURCE.load(store, Progress.NONE);
      SanctionsQueries queries = new SanctionsQueries(store);
      long start = System.nanoTime();
      NameSearch search = new NameSearch(new SanctionsCatalog(queries), queries.names());
      double buildMs = (System.nanoTime() - start) / 1e6;
      LinearNameScan scan = new LinearNameScan(search);
      List<NameSearchEvaluation.Case> cases = NameSearchEvaluation.cases();

      System.out.printf(
          Locale.ROOT, "names indexed: %,d; evaluation queries: %d%n", search.size(), cases.size());
      System.out.printf(Locale.ROOT, "index build (first, cold JVM): %.0f ms%n%n", buildMs);
      System.out.println(
          "| search | set | queries | listed | right | wrong | precision | recall |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
      for (String set : List.of("dev", "held-out", "scripts", "all")) {
        List<NameSearchEvaluation.Case> part =
            set.equals("all") ? cases : cases.stream().filter(c -> c.set().equals(set)).toList();
        row("Lucene index", set, NameSearchEvaluation.run(part, search::search));
        row("linear scan", set, NameSearchEvaluation.run(part, scan::search));
      }
      System.out.println();
      System.out.println("| search | mean ms/query | median | p95 | p99 | max |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      time("Lucene index", cases, search::search, WARMUP_ROUNDS, ROUNDS);
      time("linear scan", cases, scan::search, 1, LINEAR_ROUNDS);
    } finally {
      for (Path p : List.of(db, dir.resolve("bench.duckdb.wal"), dir)) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void row(String name, String set, NameSearchEvaluation.Result r) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %d | %d | %d | %.3f | %.3f |%n",
        name,
        set,
        r.queries(),
        r.listed(),
        r.right(),
        r.wrong(),
        r.precision(),
        r.recall());
  }

  private static void time(
      String name,
      List<NameSearchEvaluation.Case> cases,
      BiFunction<String, Integer, List<NameMatch>> search,
      int warmup,
      int rounds) {
    for (int i = 0; i < warmup; i++) {
      cases.forEach(c -> search.apply(c.query(), 10));
    }
    double[] ms = new double[cases.size() * rounds];
    int k = 0;
    for (int i = 0; i < rounds; i++) {
      for (NameSearchEvaluation.Case c : cases) {
        long t = System.nanoTime();
        search.apply(c.query(), 10);
        ms[k++] = (System.nanoTime() - t) / 1e6;
      }
    }
    Arrays.sort(ms);
    double mean = Arrays.stream(ms).average().orElse(0);
    System.out.printf(
        Locale.ROOT,
        "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
        name,
        mean,
        ms[ms.length / 2],
        ms[(int) (ms.length * 0.95)],
        ms[(int) (ms.length * 0.99)],
        ms[ms.length - 1]);
  }
}
