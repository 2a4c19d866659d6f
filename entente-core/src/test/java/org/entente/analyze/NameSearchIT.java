package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Progress;
import org.entente.store.BundledData;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name search over the whole bundled lists (UN + SDN) against the evaluation set: floors for recall
 * and precision. Speed is measured by bench/names.sh, not here.
 */
class NameSearchIT {

  @TempDir static Path dir;
  private static Store store;
  private static NameSearch search;

  @BeforeAll
  static void index() {
    store = Store.open(dir.resolve("names.duckdb"), "1GB");
    BundledData.all().stream()
        .filter(s -> s.description().startsWith("Sanctions"))
        .forEach(s -> s.load(store, Progress.NONE));
    SanctionsQueries queries = new SanctionsQueries(store);
    search = new NameSearch(new SanctionsCatalog(queries), queries.names());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void indexesEveryNameAndAliasOfBothLists() {
    // 1,003 UN entries and 14,965 SDN records, with their aliases (counted in BundledSanctionsIT).
    assertThat(search.size()).isGreaterThan(20_000);
  }

  @Test
  void meetsTheRecallAndPrecisionFloorsOnTheEvaluationSet() {
    List<NameSearchEvaluation.Case> cases = NameSearchEvaluation.cases();
    assertThat(cases).hasSizeGreaterThan(300);
    NameSearchEvaluation.Result result = NameSearchEvaluation.run(cases, search::search);
    String misses = String.join("\n", result.misses());
    assertThat(result.recall()).as("recall; misses:\n" + misses).isGreaterThanOrEqualTo(0.95);
    assertThat(result.precision()).as("precision; misses:\n" + misses).isGreaterThanOrEqualTo(0.9);
    for (String set : List.of("dev", "held-out")) {
      NameSearchEvaluation.Result part =
          NameSearchEvaluation.run(
              cases.stream().filter(c -> c.set().equals(set)).toList(), search::search);
      assertThat(part.recall()).as(set + " recall").isGreaterThanOrEqualTo(0.95);
      assertThat(part.precision()).as(set + " precision").isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void theIndexLosesNothingTheLinearScanFinds() {
    LinearNameScan scan = new LinearNameScan(search);
    // Every other case: the scan scores all 22,000 names per query, which takes a while.
    List<NameSearchEvaluation.Case> all = NameSearchEvaluation.cases();
    List<NameSearchEvaluation.Case> cases =
        java.util.stream.IntStream.range(0, all.size())
            .filter(i -> i % 2 == 0)
            .mapToObj(all::get)
            .toList();
    NameSearchEvaluation.Result indexed = NameSearchEvaluation.run(cases, search::search);
    NameSearchEvaluation.Result linear = NameSearchEvaluation.run(cases, scan::search);
    // Lucene only gathers candidates; the scores are the same, so it can only miss what its
    // candidate queries fail to gather.
    assertThat(indexed.right()).isGreaterThanOrEqualTo(linear.right() - 1);
  }

  @Test
  void kimJongUnIsFoundFirstWhateverTheForm() {
    for (String query : List.of("kim jong un", "KIM Jong-un", "Jong Un Kim", "Kim Jong-Eun")) {
      List<NameMatch> matches = search.search(query, 3);
      assertThat(matches).as(query).isNotEmpty();
      assertThat(matches.get(0).designated().entry().name()).as(query).isEqualTo("KIM, Jong Un");
    }
  }
}
