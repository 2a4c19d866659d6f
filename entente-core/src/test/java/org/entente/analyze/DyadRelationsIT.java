package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.store.RelationFits;
import org.entente.store.Store;
import org.entente.testing.FittedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relation model fitted to the bundled data, on pairs whose history is not in doubt (issue 19):
 * a sign is asserted only where the 80 % interval must exclude 0 — allies positive, strategic
 * rivals negative (Thompson, Sakuwa & Suhas: the USA and China since 1996, the USA and Russia since
 * 2007), North Korea's partners positive once Pyongyang's 2023–24 rapprochement with Moscow is on
 * the record.
 */
class DyadRelationsIT {

  @TempDir static Path dir;
  private static Store store;
  private static RelationSources sources;

  @BeforeAll
  static void load() {
    store = FittedStore.openCopy(dir.resolve("relations.duckdb"));
    sources = RelationSources.of(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<DyadRelation> years(String a, String b, int from, int to) {
    return sources.relations(a, b, EventPeriod.YEAR, from, to);
  }

  private static void allOf(String a, String b, int from, int to, Sign sign) {
    for (DyadRelation r : years(a, b, from, to)) {
      assertThat(r.sign())
          .as(
              "%s-%s %s: %s [%s, %s]",
              a, b, r.period(), r.index(), r.relations().lo(), r.relations().hi())
          .isEqualTo(sign);
    }
  }

  @Test
  void theUsaAndChinaAreNegativeEveryYearFrom2018() {
    allOf("USA", "CHN", 2018, 2026, Sign.NEGATIVE);
  }

  @Test
  void theUsaAndRussiaAreNegativeFrom2014() {
    allOf("USA", "RUS", 2014, 2026, Sign.NEGATIVE);
  }

  @Test
  void alliesArePositive() {
    allOf("USA", "GBR", 1992, 2026, Sign.POSITIVE);
    allOf("USA", "JPN", 1992, 2026, Sign.POSITIVE);
  }

  @Test
  void theKoreasAreNegativeIn2010And2022() {
    allOf("KOR", "PRK", 2010, 2010, Sign.NEGATIVE);
    allOf("KOR", "PRK", 2022, 2022, Sign.NEGATIVE);
  }

  @Test
  void northKoreasPartnersArePositiveFrom2023() {
    allOf("CHN", "PRK", 2023, 2026, Sign.POSITIVE);
    allOf("RUS", "PRK", 2023, 2026, Sign.POSITIVE);
  }

  @Test
  void indiaAndPakistanAreNegative() {
    allOf("IND", "PAK", 1992, 2026, Sign.NEGATIVE);
  }

  /**
   * Issue 20: the autonomous regimes and counter-sanctions in the sanctions indicator. Whatever the
   * model of the day, the indicator must push the right way (a negative loading: sanctions lower
   * the index), and the pairs of the Tokyo analyst's question read as the sanctions say.
   */
  @Test
  void sanctionsPushTheIndexDownAndTheirRegimesAreRead() {
    assertThat(new RelationFits(store).parameters())
        .filteredOn(p -> p.indicator().equals("own_sanctions") && p.group().isEmpty())
        .singleElement()
        .satisfies(p -> assertThat(p.loading()).isNegative());
    allOf("KOR", "RUS", 2022, 2025, Sign.NEGATIVE);
    allOf("JPN", "RUS", 2022, 2026, Sign.NEGATIVE);
    for (DyadRelation r : years("KOR", "RUS", 2022, 2025)) {
      assertThat(r.part(RelationComponent.SANCTIONS).value()).as("%s", r.period()).isEqualTo(-1);
    }
  }

  /** The six states of the seed's question split into two camps with no positive tie across. */
  @Test
  void in2024TheUsaJapanAndKoreaFaceChinaRussiaAndNorthKorea() {
    YearCamps camps = sources.camps(List.of("USA", "JPN", "KOR", "CHN", "RUS", "PRK"), 2024);
    CampSplit split = camps.split();
    assertThat(List.of(split.campA(), split.campB()))
        .containsExactlyInAnyOrder(List.of("CHN", "PRK", "RUS"), List.of("JPN", "KOR", "USA"));
    List<String> east = List.of("CHN", "PRK", "RUS");
    for (DyadRelation r : camps.relations()) {
      boolean across = east.contains(r.a()) != east.contains(r.b());
      if (across) {
        assertThat(r.sign()).as("%s-%s", r.a(), r.b()).isNotEqualTo(Sign.POSITIVE);
      }
    }
  }

  /**
   * The USA is the pariah of the triangle in every year from 2018: negative with both. China and
   * Russia are never negative, but their interval holds 0 (MID incidents of 2009 and 2012, no
   * defence pact): the model calls the triangle a stable marriage only as its most likely type.
   */
  @Test
  void inTheTriangleOfTheUsaChinaAndRussiaTheUsaIsThePariah() {
    for (TriadPeriod p : sources.triad("USA", "CHN", "RUS", EventPeriod.YEAR, 2018, 2026)) {
      assertThat(p.ab().sign()).as("%s", p).isEqualTo(Sign.NEGATIVE);
      assertThat(p.ac().sign()).as("%s", p).isEqualTo(Sign.NEGATIVE);
      assertThat(p.bc().sign()).as("%s", p).isNotEqualTo(Sign.NEGATIVE);
    }
  }

  @Test
  void theIndexIsTheStoredEstimateAndItsIntervalHoldsTheMean() {
    RelationFits.Row stored = new RelationFits(store).pair("CHN", "RUS", 2019, 2019).get(2019);
    DyadRelation r = years("CHN", "RUS", 2019, 2019).get(0);
    assertThat(r.index()).isEqualTo(stored.relationsMean());
    assertThat(r.relations().sd()).isEqualTo(stored.relationsSd());
    assertThat(r.relations().lo()).isLessThan(r.index());
    assertThat(r.relations().hi()).isGreaterThan(r.index());
    assertThat(r.alignment().mean()).isEqualTo(stored.alignmentMean());
    assertThat(r.basis()).contains("un-votes");
  }

  @Test
  void aYearBeforeAnyEvidenceHasNoIndexAndSaysWhatIsMissing() {
    DyadRelation r = years("USA", "GBR", 1930, 1930).get(0);
    assertThat(r.index()).isNaN();
    assertThat(r.sign()).isEqualTo(Sign.UNKNOWN);
    assertThat(r.missing()).contains("votes", "events");
  }
}
