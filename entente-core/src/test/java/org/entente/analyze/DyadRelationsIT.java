package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.ingest.Progress;
import org.entente.store.AllianceQueries;
import org.entente.store.BundledData;
import org.entente.store.EventQueries;
import org.entente.store.SanctionsQueries;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import org.entente.store.VetoQueries;
import org.entente.store.VoteQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relation on the bundled data, for pairs whose history is not in doubt (issue 9): allies
 * positive, rivals negative, and the Korean peninsula warmer around the 2018 summits than in 2010
 * (the Cheonan and Yeonpyeong attacks) and 2022.
 */
class DyadRelationsIT {

  @TempDir static Path dir;
  private static Store store;
  private static RelationSources sources;

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("relations.duckdb"), "1GB");
    BundledData.ensureLoaded(store, Progress.NONE, s -> {});
    sources =
        new RelationSources(
            new VoteQueries(store),
            new EventQueries(store),
            new ScoreQueries(store),
            new DyadTies(
                new AllianceTies(new AllianceQueries(store)),
                new UnscVetoes(new VetoQueries(store)),
                new SanctionsRelations(new SanctionsQueries(store))));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static DyadRelation year(String a, String b, int year) {
    return sources.relations(a, b, EventPeriod.YEAR, year, year).get(0);
  }

  private static List<DyadRelation> years(String a, String b, int from, int to) {
    return sources.relations(a, b, EventPeriod.YEAR, from, to);
  }

  @Test
  void alliesArePositive() {
    for (String ally : List.of("GBR", "JPN")) {
      for (DyadRelation r : years("USA", ally, 1995, 2024)) {
        assertThat(r.sign()).as("USA-%s %s: %s", ally, r.period(), r).isEqualTo(Sign.POSITIVE);
      }
    }
  }

  @Test
  void theUsaAndRussiaAreNegativeFrom2014() {
    for (DyadRelation r : years("USA", "RUS", 2014, 2025)) {
      assertThat(r.sign()).as("USA-RUS %s: %s", r.period(), r).isEqualTo(Sign.NEGATIVE);
    }
  }

  @Test
  void chinaAndNorthKoreaArePositive() {
    for (DyadRelation r : years("CHN", "PRK", 1992, 2025)) {
      assertThat(r.sign()).as("CHN-PRK %s: %s", r.period(), r).isEqualTo(Sign.POSITIVE);
    }
  }

  @Test
  void indiaAndPakistanAreNegativeWhenTheEventsSaySo() {
    // Before 2018 Entente has no bundled events for the pair, and in the General Assembly both
    // vote with the non-aligned majority: votes alone put them near 0. The 2019 Pulwama attack
    // and Balakot strikes are the sharpest year of the bundled GDELT series.
    for (int year : new int[] {2018, 2019, 2020}) {
      DyadRelation r = year("IND", "PAK", year);
      assertThat(r.sign()).as("IND-PAK %s: %s", year, r).isEqualTo(Sign.NEGATIVE);
    }
  }

  @Test
  void theKoreasAreNegativeIn2010And2022AndWarmerIn2018() {
    DyadRelation y2010 = year("KOR", "PRK", 2010);
    DyadRelation y2018 = year("KOR", "PRK", 2018);
    DyadRelation y2022 = year("KOR", "PRK", 2022);
    assertThat(y2010.sign()).as("%s", y2010).isEqualTo(Sign.NEGATIVE);
    assertThat(y2022.sign()).as("%s", y2022).isEqualTo(Sign.NEGATIVE);
    assertThat(y2018.index()).isGreaterThan(y2010.index()).isGreaterThan(y2022.index());
  }

  @Test
  void aYearWithoutVotesOrEventsHasNoIndexAndSaysWhatIsMissing() {
    DyadRelation r = year("USA", "GBR", 1930);
    assertThat(r.index()).isNaN();
    assertThat(r.sign()).isEqualTo(Sign.UNKNOWN);
    assertThat(r.missing()).contains("votes", "events");
  }

  @Test
  void theIndexIsTheWeightedMeanOfThePartsWithEvidence() {
    DyadRelation r = year("CHN", "RUS", 2019);
    double sum = 0;
    double weights = 0;
    for (RelationPart p : r.parts()) {
      if (p.present()) {
        sum += p.weight() * p.value();
        weights += p.weight();
      }
    }
    assertThat(r.index()).isCloseTo(sum / weights, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.coverage()).isEqualTo(1.0);
    assertThat(r.part(RelationComponent.JOINT_VETOES).applicable()).isTrue();
  }
}
