package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.ingest.AtopReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled alliance data in a store: exactly the rows and rejects that an independent count of
 * the raw ATOP file gives, every treaty record, and loading again changes nothing.
 */
class BundledAlliancesIT {

  @TempDir static Path dir;
  private static Store store;

  /** COW codes of states that ended before ISO 3166 without a successor code (data/atop/README). */
  private static final Set<Integer> NO_ISO =
      Set.of(240, 245, 267, 269, 271, 273, 275, 280, 300, 327, 329, 332, 335, 337, 347, 730, 817);

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("bundled.duckdb"), "1GB");
    assertThat(BundledAlliances.ensureLoaded(store, Progress.NONE)).isTrue();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** The raw file's data lines, split on commas, read without Entente's reader. */
  static List<String[]> rawRows() throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("atop/atop5_1_ddyr.csv.gz")))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0])
          .isEqualTo(
              "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\","
                  + "\"atop_nonagg\",\"atop_consul\"");
      return Arrays.stream(lines).skip(1).map(l -> l.split(",")).toList();
    }
  }

  @Test
  void everyRowLoadsButThoseOfStatesWithoutAnIsoCode() throws Exception {
    List<String[]> raw = rawRows();
    assertThat(raw).hasSize(273_296);
    long noIso =
        raw.stream()
            .filter(
                r ->
                    NO_ISO.contains(Integer.parseInt(r[0]))
                        || NO_ISO.contains(Integer.parseInt(r[1])))
            .count();
    assertThat(noIso).isEqualTo(5_448).isEqualTo(BundledAlliances.ATOP_REJECTS);
    StoreSummary.Source atop =
        StoreSummary.of(store).sources().stream()
            .filter(s -> s.name().equals("atop5_1_ddyr.csv.gz"))
            .findFirst()
            .orElseThrow();
    assertThat(atop.rows()).isEqualTo(raw.size() - noIso).isEqualTo(267_848);
    assertThat(atop.rejects()).isEqualTo(noIso);
    assertThat(atop.kind()).isEqualTo("bundled");
    assertThat(AllianceSnapshot.of(store).get(0)).isEqualTo(267_848);
    assertThat(AllianceSnapshot.consistent(store)).isTrue();
  }

  @Test
  void theRejectsAreExactlyTheRowsOfStatesWithoutAnIsoCode() throws Exception {
    Rejects rejects = new Rejects();
    new AtopReader(CowCodes.bundled()).read(BundledAlliances.atopFile(), rejects, Progress.NONE);
    Map<String, Long> byCode =
        rejects.all().stream()
            .collect(Collectors.groupingBy(Reject::value, TreeMap::new, Collectors.counting()));
    Map<String, Long> expected = new TreeMap<>();
    for (String[] r : rawRows()) {
      int c1 = Integer.parseInt(r[0]);
      int c2 = Integer.parseInt(r[1]);
      // The reader names the first column without an actor.
      int named = NO_ISO.contains(c1) ? c1 : NO_ISO.contains(c2) ? c2 : 0;
      if (named != 0) {
        expected.merge(Integer.toString(named), 1L, Long::sum);
      }
    }
    assertThat(byCode).isEqualTo(expected);
    assertThat(rejects.all())
        .allSatisfy(
            r -> {
              assertThat(r.column()).isIn("ccode1", "ccode2");
              assertThat(r.problem()).contains("has no ISO-3 code in cow-country-codes.csv");
              assertThat(r.file()).isEqualTo("atop5_1_ddyr.csv.gz");
            });
  }

  @Test
  void everyTreatyRecordLoads() {
    assertThat(new AllianceQueries(store).treatyRecords()).hasSize(11);
    assertThat(new AllianceQueries(store).lastAtopYear()).hasValue(2018);
  }

  @Test
  void loadingAgainChangesNothing() throws Exception {
    List<Long> before = AllianceSnapshot.of(store);
    assertThat(BundledAlliances.isLoaded(store)).isTrue();
    assertThat(BundledAlliances.ensureLoaded(store, Progress.NONE)).isFalse();
    assertThat(AllianceSnapshot.of(store)).isEqualTo(before);
  }

  /** A store holding an earlier release of treaties.csv takes the current one in its place. */
  @Test
  void anEarlierReleaseOfTheTreatyRecordsIsReplaced() throws Exception {
    try (Store old = Store.open(dir.resolve("old.duckdb"), "512MB")) {
      String current = new String(BundledAlliances.treatyFile().bytes(), StandardCharsets.UTF_8);
      SourceFile earlier =
          new SourceFile(
              "treaties.csv",
              current
                  .replace("PAK;SAU,2025-09-17,2025-09-17", "PAK;SAU,2025-09-17,2025-09")
                  .getBytes(StandardCharsets.UTF_8));
      new TreatyImport(old, CountryCodes.bundled()).run(earlier, "bundled", 0, null, Progress.NONE);
      assertThat(BundledAlliances.isLoaded(old)).isFalse();
      assertThat(BundledAlliances.ensureLoaded(old, Progress.NONE)).isTrue();
      assertThat(BundledAlliances.isLoaded(old)).isTrue();
      assertThat(StoreSummary.of(old).sources())
          .extracting(StoreSummary.Source::sha256)
          .doesNotContain(earlier.sha256());
      assertThat(new AllianceQueries(old).treatyRecords())
          .filteredOn(r -> r.id().equals("pak-sau-2025"))
          .singleElement()
          .satisfies(r -> assertThat(r.inForce()).hasToString("2025-09-17"));
      assertThat(AllianceSnapshot.consistent(old)).isTrue();
    }
  }
}
