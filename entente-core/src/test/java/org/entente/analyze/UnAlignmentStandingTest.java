package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.store.PeriodUnit;
import org.entente.store.Store;
import org.entente.store.UnVotesFiles;
import org.entente.store.UnVotesImport;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.entente.store.VoteRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UnAlignment#standing} on sessions 74 and 80 as the UN's extracts have them (the fixtures
 * {@code unvotes-undl/74.json.gz}, all of session 74, and {@code 80-2026-02-15.json.gz}, session 80
 * to February 2026), checked against the ranking built the long way: each partner's value from the
 * pair computation {@link UnAlignment#dyad}, one pair at a time, sorted here; a range of periods
 * against {@link BruteForce} over the pooled vote vectors.
 */
class UnAlignmentStandingTest {

  private static final VoteQuery SESSION_74 =
      new VoteQuery(PeriodUnit.SESSION, false, false, null, 2019, 2019, Set.of());

  @TempDir static Path dir;
  private static Store store;
  private static UnAlignment alignment;
  private static List<String> states;

  @BeforeAll
  static void load() {
    store = Store.open(dir.resolve("standing.duckdb"), "1GB");
    new UnVotesImport(store, CountryCodes.bundled())
        .run(
            UnVotesFiles.extracts(
                List.of(
                    Fixtures.file("unvotes-undl/74.json.gz"),
                    Fixtures.file("unvotes-undl/80-2026-02-15.json.gz"))),
            "test",
            0,
            null,
            Progress.NONE);
    alignment = new UnAlignment(new VoteQueries(store));
    states = new VoteQueries(store).read(SESSION_74).countries().stream().sorted().toList();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** One partner's value and count, from the pair computation. */
  private record Pair(String state, double value, long n) {}

  /** Every partner of {@code with} in the session with its measure, pair by pair. */
  private static List<Pair> pairByPair(String with, Measure measure) {
    List<Pair> pairs = new ArrayList<>();
    for (String other : states) {
      if (other.equals(with)) {
        continue;
      }
      List<DyadAlignment> values = alignment.dyad(with, other, SESSION_74);
      assertThat(values).as(other).hasSizeLessThanOrEqualTo(1);
      if (!values.isEmpty()) {
        Alignment a = values.get(0).alignment();
        pairs.add(new Pair(other, a.measure(measure), a.n()));
      }
    }
    return pairs;
  }

  /** The pairs with a value and at least {@code minN} roll calls, highest first. */
  private static List<Pair> ranked(List<Pair> pairs, int minN) {
    return pairs.stream()
        .filter(p -> p.n() >= minN && !Double.isNaN(p.value()))
        .sorted(Comparator.comparingDouble(Pair::value).reversed().thenComparing(Pair::state))
        .toList();
  }

  @Test
  void theRankingIsEveryPairsKappaSortedHighestFirst() {
    assertThat(states).hasSizeGreaterThan(190);
    for (String with : List.of("CHN", "USA", "PRK")) {
      List<Pair> expected = ranked(pairByPair(with, Measure.KAPPA), 30);
      Standing standing = alignment.standing(with, SESSION_74, Measure.KAPPA, 30, 1_000);
      assertThat(standing.period()).isEqualTo("session 74 (2019)");
      assertThat(standing.ranked()).isEqualTo(expected.size());
      assertThat(standing.rows()).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Standing.Row row = standing.rows().get(i);
        assertThat(row.state()).as(with + " #" + (i + 1)).isEqualTo(expected.get(i).state());
        assertThat(row.value()).isCloseTo(expected.get(i).value(), within(1e-12));
        assertThat(row.n()).isEqualTo(expected.get(i).n());
        assertThat(row.index().known()).as("kappa has no interval").isFalse();
      }
      assertThat(standing.rows().get(0).rank()).isEqualTo(1);
    }
  }

  @Test
  void everyMeasureRanksAsItsPairValues() {
    for (Measure measure : Measure.values()) {
      List<Pair> expected = ranked(pairByPair("RUS", measure), 30);
      List<String> got =
          alignment.standing("RUS", SESSION_74, measure, 30, 1_000).rows().stream()
              .map(Standing.Row::state)
              .toList();
      assertThat(got).as(measure.key()).isEqualTo(expected.stream().map(Pair::state).toList());
    }
  }

  @Test
  void statesWithFewerThanMinNJointRollCallsAreLeftOutAndCounted() {
    List<Pair> all = pairByPair("CHN", Measure.KAPPA);
    for (int minN : List.of(1, 30, 60)) {
      Standing standing = alignment.standing("CHN", SESSION_74, Measure.KAPPA, minN, 1_000);
      long fewer = all.stream().filter(p -> p.n() < minN).count();
      assertThat(standing.belowMinN()).as("min-n " + minN).isEqualTo((int) fewer);
      assertThat(standing.rows()).allSatisfy(r -> assertThat(r.n()).isGreaterThanOrEqualTo(minN));
      assertThat(standing.ranked() + standing.belowMinN() + standing.withoutValue())
          .isEqualTo(all.size());
    }
    // Equatorial Guinea voted on 16 roll calls of the session, Somalia on 32, Guinea on 51.
    assertThat(alignment.standing("CHN", SESSION_74, Measure.KAPPA, 60, 1_000).belowMinN())
        .isGreaterThanOrEqualTo(3);
    assertThat(alignment.standing("CHN", SESSION_74, Measure.KAPPA, 1, 1_000).belowMinN()).isZero();
  }

  @Test
  void topKeepsTheFirstRowsOfTheWholeRanking() {
    Standing all = alignment.standing("CHN", SESSION_74, Measure.KAPPA, 30, 1_000);
    Standing top5 = alignment.standing("CHN", SESSION_74, Measure.KAPPA, 30, 5);
    assertThat(top5.rows()).isEqualTo(all.rows().subList(0, 5));
    assertThat(top5.ranked()).isEqualTo(all.ranked());
    assertThat(top5.belowMinN()).isEqualTo(all.belowMinN());
  }

  /**
   * Sessions 74 and 80 of the fixtures by year are two periods, 2019 and 2025: pooled, each pair's
   * value is that of one table over all their roll calls, as {@link BruteForce} computes it from
   * the two states' vote vectors; and by session (74 and 80) the same roll calls give the same
   * ranking.
   */
  @Test
  void aRangeOfPeriodsIsPooledIntoOneValuePerPair() {
    VoteQuery years = new VoteQuery(PeriodUnit.YEAR, false, false, null, 2019, 2026, Set.of());
    assertThat(alignment.dyad("CHN", "RUS", years)).hasSize(2);
    VoteRows rows = new VoteQueries(store).read(years);
    Map<Integer, Integer> column = new HashMap<>();
    for (int rcid : rows.rcid()) {
      column.putIfAbsent(rcid, column.size());
    }
    Map<String, int[]> votes = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      votes
              .computeIfAbsent(
                  rows.countries().get(rows.country()[i]), s -> new int[column.size()])[
              column.get(rows.rcid()[i])] =
          rows.vote()[i];
    }
    List<Pair> expected = new ArrayList<>();
    for (String other : votes.keySet()) {
      if (!other.equals("CHN")) {
        double[] m = BruteForce.measures(votes.get("CHN"), votes.get(other));
        if (m[0] > 0) {
          expected.add(new Pair(other, m[3], (long) m[0]));
        }
      }
    }
    // Brute force sums in floating point: equal values may differ in the last bit and swap places,
    // so each state's value is checked, and the order by value.
    Map<String, Pair> byState = new HashMap<>();
    ranked(expected, 30).forEach(p -> byState.put(p.state(), p));
    Standing pooled = alignment.standing("CHN", years, Measure.KAPPA, 30, 1_000);
    assertThat(pooled.period()).as("the periods with votes").isEqualTo("years 2019–2025");
    assertThat(pooled.rows()).extracting(Standing.Row::state).hasSameElementsAs(byState.keySet());
    assertThat(pooled.rows()).hasSize(byState.size());
    for (Standing.Row row : pooled.rows()) {
      assertThat(row.n()).as(row.state()).isEqualTo(byState.get(row.state()).n());
      assertThat(row.value())
          .as(row.state())
          .isCloseTo(byState.get(row.state()).value(), within(1e-9));
    }
    assertThat(pooled.rows())
        .extracting(Standing.Row::value)
        .isSortedAccordingTo(Comparator.reverseOrder());
    Standing sessions =
        alignment.standing(
            "CHN",
            new VoteQuery(PeriodUnit.SESSION, false, false, null, 2019, 2025, Set.of()),
            Measure.KAPPA,
            30,
            1_000);
    assertThat(sessions.period()).isEqualTo("sessions 74–80 (2019–2025)");
    assertThat(sessions.rows()).isEqualTo(pooled.rows());
  }

  @Test
  void equalValuesShareARank() {
    // agreement takes few distinct values on one session: ties are common among 190 states
    Standing agree = alignment.standing("CHN", SESSION_74, Measure.AGREE, 30, 1_000);
    List<Standing.Row> rows = agree.rows();
    boolean tie = false;
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).value() == rows.get(i - 1).value()) {
        tie = true;
        assertThat(rows.get(i).rank()).isEqualTo(rows.get(i - 1).rank());
        assertThat(rows.get(i).state()).isGreaterThan(rows.get(i - 1).state());
      } else {
        assertThat(rows.get(i).rank()).isEqualTo(i + 1);
      }
    }
    assertThat(tie).as("a tie in the data").isTrue();
  }

  @Test
  void aStateWithoutVotesInTheRangeHasAnEmptyRankingThatSaysWhy() {
    VoteQuery later = new VoteQuery(PeriodUnit.SESSION, false, false, null, 2030, 2030, Set.of());
    Standing none = alignment.standing("CHN", later, Measure.KAPPA, 30, 20);
    assertThat(none.rows()).isEmpty();
    assertThat(none.whyEmpty())
        .isEqualTo("no roll calls of CHN with another state in 2030 with these filters");
    Standing tooFew = alignment.standing("CHN", SESSION_74, Measure.KAPPA, 10_000, 20);
    assertThat(tooFew.rows()).isEmpty();
    assertThat(tooFew.whyEmpty())
        .startsWith("no state voted with CHN on 10000 or more roll calls in session 74 (2019) (");
  }
}
