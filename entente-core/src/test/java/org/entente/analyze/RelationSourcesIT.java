package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.Fixtures;
import org.entente.domain.DatePrecision;
import org.entente.domain.Dyad;
import org.entente.ingest.Progress;
import org.entente.store.EventAggregateImport;
import org.entente.store.EventAggregateImportTest;
import org.entente.store.EventImport;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.entente.store.TextImport;
import org.entente.text.Document;
import org.entente.text.Documents;
import org.entente.text.events.TextEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relations of many pairs read in bulk ({@link RelationSources#relationsAmong}, what camps and
 * triads use) against the same pairs read one by one ({@link RelationSources#relations}, one query
 * per pair and kind of evidence): every number the same. The store holds every kind of evidence —
 * the bundled votes, alliances, treaties, vetoes, sanctions and GDELT scores, raw GDELT 2.0 and
 * ICEWS events, stored aggregates and events coded from two articles.
 */
class RelationSourcesIT {

  private static final List<String> STATES =
      List.of(
          "USA", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "CHN", "RUS", "IND", "PAK", "IRN", "ISR",
          "GEO", "UKR", "SYR", "CUB", "BRA", "NGA", "TWN");

  @TempDir static Path dir;
  private static Store store;
  private static RelationSources sources;

  @BeforeAll
  static void load() throws Exception {
    // fitted before the imports: the bulk and single reads must agree on the stored estimates too
    store = org.entente.testing.FittedStore.openCopy(dir.resolve("relations.duckdb"));
    new EventImport(store)
        .run(
            List.of(Fixtures.path("events/events.2018.sample.tab")),
            "auto",
            false,
            EventImport.UNLIMITED,
            null,
            Progress.NONE);
    Path aggregates =
        EventAggregateImportTest.writeOutput(
            dir.resolve("aggregates"),
            EventAggregateImportTest.sampleAggregates(DatePrecision.MONTH),
            "month");
    new EventAggregateImport(store).run(aggregates, 0, null, Progress.NONE);
    importArticle(Fixtures.path("text-gold/en-japan-korea-us.txt"));
    importArticle(Fixtures.path("text-gold/ja-japan-korea.txt"));
    sources = RelationSources.of(store);
  }

  private static void importArticle(Path file) throws IOException {
    Document document = Documents.read(file);
    new TextImport(store).run(file, document, TextEvents.bundled().extract(document, "auto", null));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static void assertSameAsOneByOne(
      List<String> states, EventPeriod unit, int from, int to) {
    Map<Dyad, List<DyadRelation>> bulk = sources.relationsAmong(states, unit, from, to);
    assertThat(bulk.keySet()).containsExactlyElementsOf(Dyad.pairsOf(states));
    int i = 0;
    for (int x = 0; x < states.size(); x++) {
      for (int y = x + 1; y < states.size(); y++) {
        String a = states.get(x);
        String b = states.get(y);
        List<DyadRelation> one = sources.relations(a, b, unit, from, to);
        assertThat(bulk.get(Dyad.of(a, b)))
            .as("%s-%s %s %d-%d", a, b, unit, from, to)
            .isEqualTo(one);
        i++;
      }
    }
    assertThat(i).isEqualTo(bulk.size());
  }

  @Test
  void everyPairOfTwentyStatesIsTheSameReadInBulkAsOneByOne() {
    for (int year : new int[] {2012, 2015, 2018, 2023, 2025}) {
      assertSameAsOneByOne(STATES, EventPeriod.YEAR, year, year);
    }
  }

  @Test
  void yearRangesAndMonthsAreTheSameReadInBulk() {
    assertSameAsOneByOne(STATES.subList(0, 12), EventPeriod.YEAR, 1992, 2025);
    assertSameAsOneByOne(List.of("USA", "RUS", "GEO", "UKR"), EventPeriod.MONTH, 2012, 2012);
    assertSameAsOneByOne(List.of("KOR", "JPN", "USA", "CHN"), EventPeriod.MONTH, 2023, 2023);
    assertSameAsOneByOne(List.of("CHN", "RUS", "PRK"), EventPeriod.YEAR, 1950, 1960);
  }

  @Test
  void theEvidenceIsTheSameReadInBulkAndHoldsEveryKind() {
    List<String> states = List.of("USA", "RUS", "GEO", "JPN", "KOR", "CHN", "PRK", "IND", "PAK");
    for (int year : new int[] {2012, 2015, 2018, 2023}) {
      Map<Dyad, DyadRelations.Evidence> bulk =
          sources.evidenceAmong(states, EventPeriod.YEAR, year, year);
      List<DyadRelations.Evidence> one = new ArrayList<>();
      for (int x = 0; x < states.size(); x++) {
        for (int y = x + 1; y < states.size(); y++) {
          one.add(sources.evidence(states.get(x), states.get(y), EventPeriod.YEAR, year, year));
        }
      }
      assertThat(List.copyOf(bulk.values())).isEqualTo(one);
    }
    // The comparison means something only if the reads found each kind of evidence.
    Map<Dyad, DyadRelations.Evidence> all =
        sources.evidenceAmong(STATES, EventPeriod.YEAR, 2012, 2025);
    assertThat(all.values()).anyMatch(e -> e.events().stream().anyMatch(p -> p.events() > 0));
    assertThat(all.values()).anyMatch(e -> e.textEvents().stream().anyMatch(p -> p.events() > 0));
    assertThat(all.values()).anyMatch(e -> !e.scores().isEmpty());
    assertThat(all.values())
        .anyMatch(e -> e.ties().stream().anyMatch(t -> !t.jointVetoes().isEmpty()));
    assertThat(all.values())
        .anyMatch(e -> e.ties().stream().anyMatch(t -> !t.sanctions().isEmpty()));
    assertThat(all.values())
        .anyMatch(e -> e.ties().stream().anyMatch(t -> !t.obligations().evidence().isEmpty()));
    assertThat(
            new EventQueries(store)
                .aggregatesAmong(STATES, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)))
        .isNotEmpty();
  }

  @Test
  void campsAndTriadsUseTheRelationsOfEachPair() {
    YearCamps camps = sources.camps(STATES, 2023);
    List<DyadRelation> one = new ArrayList<>();
    for (int x = 0; x < STATES.size(); x++) {
      for (int y = x + 1; y < STATES.size(); y++) {
        one.add(
            sources.relations(STATES.get(x), STATES.get(y), EventPeriod.YEAR, 2023, 2023).get(0));
      }
    }
    assertThat(camps.relations()).isEqualTo(one);
    List<TriadPeriod> triad = sources.triad("CHN", "RUS", "PRK", EventPeriod.YEAR, 2000, 2025);
    assertThat(triad)
        .isEqualTo(
            TriadPeriod.of(
                "CHN",
                "RUS",
                "PRK",
                sources.relations("CHN", "RUS", EventPeriod.YEAR, 2000, 2025),
                sources.relations("CHN", "PRK", EventPeriod.YEAR, 2000, 2025),
                sources.relations("RUS", "PRK", EventPeriod.YEAR, 2000, 2025)));
  }
}
