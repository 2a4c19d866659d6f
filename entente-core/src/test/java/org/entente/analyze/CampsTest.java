package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analyze.Sign.NEGATIVE;
import static org.entente.analyze.Sign.NEUTRAL;
import static org.entente.analyze.Sign.POSITIVE;
import static org.entente.analyze.Sign.UNKNOWN;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.domain.Dyad;
import org.junit.jupiter.api.Test;

/**
 * Camps on hand-built graphs, and the exact method against a plain minimisation over all 2^n splits
 * written here without any of {@link Camps}'s machinery.
 */
class CampsTest {

  private static final List<String> WEST = List.of("GBR", "JPN", "KOR", "USA");
  private static final List<String> EAST = List.of("CHN", "IRN", "PRK", "RUS");

  @Test
  void aCompleteBalancedGraphSplitsIntoItsTwoBlocs() {
    List<String> states = new ArrayList<>(WEST);
    states.addAll(EAST);
    CampSplit split = Camps.of(states, blocs(WEST, EAST, 1.0, new Random(1)));
    assertThat(split.campA()).containsExactlyElementsOf(EAST);
    assertThat(split.campB()).containsExactlyElementsOf(WEST);
    assertThat(split.balanced()).isTrue();
    assertThat(split.frustration()).isZero();
    assertThat(split.frustrated()).isEmpty();
    assertThat(split.balance()).hasValue(1.0);
    assertThat(split.ties()).isEqualTo(28);
    assertThat(split.groups()).isEqualTo(1);
    assertThat(split.method()).isEqualTo(CampMethod.EXACT);
  }

  @Test
  void aSparseBalancedGraphSplitsIntoItsBlocsThroughIndirectTies() {
    // USA–JPN +, JPN–CHN −, CHN–RUS +, RUS–PRK +, USA–PRK −: nothing else known
    Map<Dyad, Sign> signs =
        Map.of(
            Dyad.of("USA", "JPN"), POSITIVE,
            Dyad.of("JPN", "CHN"), NEGATIVE,
            Dyad.of("CHN", "RUS"), POSITIVE,
            Dyad.of("RUS", "PRK"), POSITIVE,
            Dyad.of("USA", "PRK"), NEGATIVE);
    CampSplit split = Camps.of(List.of("USA", "JPN", "CHN", "RUS", "PRK"), signs);
    assertThat(split.campA()).containsExactly("CHN", "PRK", "RUS");
    assertThat(split.campB()).containsExactly("JPN", "USA");
    assertThat(split.balanced()).isTrue();
  }

  @Test
  void aBalancedGraphLargerThanTheEnumerationLimitIsStillSolvedExactly() {
    List<String> west = new ArrayList<>();
    List<String> east = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      west.add("W" + (char) ('A' + i));
      east.add("X" + (char) ('A' + i));
    }
    List<String> states = new ArrayList<>(west);
    states.addAll(east);
    CampSplit split = Camps.of(states, blocs(west, east, 0.3, new Random(2)));
    assertThat(split.campA()).containsExactlyElementsOf(west);
    assertThat(split.campB()).containsExactlyElementsOf(east);
    assertThat(split.method()).isEqualTo(CampMethod.EXACT);
    assertThat(split.balanced()).isTrue();
  }

  @Test
  void aRomanticTriangleFrustratesItsLightestTie() {
    List<SignedTie> ties =
        List.of(
            SignedTie.ofIndex("CHN", "RUS", POSITIVE, 0.9),
            SignedTie.ofIndex("CHN", "PRK", POSITIVE, 0.8),
            SignedTie.ofIndex("RUS", "PRK", NEGATIVE, -0.2));
    CampSplit split = Camps.of(List.of("CHN", "RUS", "PRK"), ties);
    assertThat(split.campA()).containsExactly("CHN", "PRK", "RUS");
    assertThat(split.campB()).isEmpty();
    assertThat(split.frustrated()).containsExactly(ties.get(2));
    assertThat(split.frustration()).isCloseTo(0.2, within(1e-12));
    assertThat(split.balance().getAsDouble()).isCloseTo(1 - 2 * 0.2 / 1.9, within(1e-12));
    assertThat(split.balanced()).isFalse();
  }

  @Test
  void aUnitVetoFrustratesOneTieInThreeAndHasABalanceOfOneThird() {
    Map<Dyad, Sign> signs =
        Map.of(
            Dyad.of("CHN", "RUS"), NEGATIVE,
            Dyad.of("CHN", "USA"), NEGATIVE,
            Dyad.of("RUS", "USA"), NEGATIVE);
    CampSplit split = Camps.of(List.of("USA", "CHN", "RUS"), signs);
    assertThat(split.frustratedCount()).isEqualTo(1);
    assertThat(split.balance().getAsDouble()).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void frustratedTiesComeHeaviestFirst() {
    // two blocs, with a strong + across them and a weak − inside one
    List<SignedTie> ties = new ArrayList<>();
    ties.add(SignedTie.ofIndex("USA", "JPN", POSITIVE, 0.9));
    ties.add(SignedTie.ofIndex("USA", "KOR", POSITIVE, 0.8));
    ties.add(SignedTie.ofIndex("JPN", "KOR", NEGATIVE, -0.1));
    ties.add(SignedTie.ofIndex("CHN", "RUS", POSITIVE, 0.7));
    ties.add(SignedTie.ofIndex("USA", "CHN", NEGATIVE, -0.9));
    ties.add(SignedTie.ofIndex("USA", "RUS", NEGATIVE, -0.9));
    ties.add(SignedTie.ofIndex("JPN", "CHN", NEGATIVE, -0.6));
    ties.add(SignedTie.ofIndex("KOR", "CHN", POSITIVE, 0.3));
    CampSplit split = Camps.of(List.of("USA", "JPN", "KOR", "CHN", "RUS"), ties);
    assertThat(split.campA()).containsExactly("CHN", "RUS");
    assertThat(split.campB()).containsExactly("JPN", "KOR", "USA");
    assertThat(split.frustrated()).containsExactly(ties.get(7), ties.get(2));
    assertThat(split.mostFrustrated(1)).containsExactly(ties.get(7));
    assertThat(split.frustration()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void neutralAndUnknownTiesAreLeftOutAndStatesWithoutTiesAreUnplaced() {
    List<SignedTie> ties =
        List.of(
            SignedTie.of("USA", "JPN", POSITIVE),
            SignedTie.of("CHN", "RUS", POSITIVE),
            SignedTie.of("USA", "CHN", NEUTRAL),
            SignedTie.of("JPN", "IND", UNKNOWN));
    CampSplit split = Camps.of(List.of("USA", "JPN", "CHN", "RUS", "IND"), ties);
    assertThat(split.unplaced()).containsExactly("IND");
    assertThat(split.groups()).isEqualTo(2);
    assertThat(split.ties()).isEqualTo(2);
    assertThat(split.campA()).containsExactly("CHN", "JPN", "RUS", "USA");
    assertThat(split.balanced()).isTrue();
    CampSplit none = Camps.of(List.of("USA", "CHN"), Map.of(Dyad.of("USA", "CHN"), NEUTRAL));
    assertThat(none.balance()).isEmpty();
    assertThat(none.unplaced()).containsExactly("CHN", "USA");
  }

  @Test
  void badInputIsRefusedByName() {
    assertThatThrownBy(() -> Camps.of(List.of("USA", "USA", "CHN"), Map.of()))
        .hasMessage("state USA is given twice");
    assertThatThrownBy(() -> Camps.of(List.of("USA"), Map.of()))
        .hasMessage("camps need at least two states, not [USA]");
    assertThatThrownBy(
            () -> Camps.of(List.of("USA", "CHN"), Map.of(Dyad.of("USA", "RUS"), POSITIVE)))
        .hasMessage("tie RUS–USA names RUS, which is not among the states [CHN, USA]");
    assertThatThrownBy(
            () ->
                Camps.of(
                    List.of("USA", "CHN"),
                    List.of(
                        SignedTie.of("USA", "CHN", POSITIVE),
                        SignedTie.of("CHN", "USA", NEGATIVE))))
        .hasMessage("tie CHN–USA is given twice");
    assertThatThrownBy(() -> SignedTie.ofIndex("USA", "CHN", NEGATIVE, 0))
        .hasMessage("weight of CHN–USA must be > 0 for a - tie");
  }

  @Test
  void theExactMethodFindsTheMinimumOfAPlainSearchOverAllSplits() {
    Random random = new Random(20240611);
    int unbalanced = 0;
    for (int graph = 0; graph < 400; graph++) {
      int n = 3 + random.nextInt(8);
      List<String> states = states(n);
      List<SignedTie> ties = randomTies(states, random, graph % 2 == 0);
      CampSplit split = Camps.of(states, ties);
      double minimum = plainMinimum(states, ties);
      assertThat(split.frustration())
          .as("graph %d: %s", graph, ties)
          .isCloseTo(minimum, within(1e-9));
      assertThat(split.method()).isEqualTo(CampMethod.EXACT);
      assertConsistent(split, ties);
      if (!split.balanced()) {
        unbalanced++;
      }
    }
    assertThat(unbalanced).isGreaterThan(100);
  }

  @Test
  void localSearchUsuallyFindsTheMinimumAndNeverReportsLess() {
    Random random = new Random(1981);
    int graphs = 200;
    int equal = 0;
    for (int graph = 0; graph < graphs; graph++) {
      int n = 12 + random.nextInt(5);
      List<String> states = states(n);
      List<SignedTie> ties = randomTies(states, random, graph % 2 == 0);
      CampSplit exact = Camps.exact(states, ties);
      CampSplit heuristic = Camps.localSearch(states, ties, Camps.RESTARTS, graph);
      assertConsistent(heuristic, ties);
      assertThat(heuristic.frustration())
          .as("graph %d", graph)
          .isGreaterThanOrEqualTo(exact.frustration() - 1e-9);
      if (heuristic.frustration() <= exact.frustration() + 1e-9) {
        equal++;
      }
    }
    assertThat(equal).isGreaterThanOrEqualTo(graphs * 95 / 100);
  }

  @Test
  void largeUnbalancedGraphsSayTheyWereSolvedByLocalSearch() {
    Random random = new Random(7);
    List<String> states = states(60);
    List<SignedTie> ties = randomTies(states, random, true);
    CampSplit split = Camps.of(states, ties);
    assertThat(split.method()).isEqualTo(CampMethod.LOCAL_SEARCH);
    assertThat(split.method().key()).isEqualTo("local_search");
    assertConsistent(split, ties);
    assertThat(split.balance().getAsDouble()).isBetween(0.0, 1.0);
    assertThatThrownBy(() -> Camps.exact(states, ties))
        .hasMessageContaining("too large to enumerate (at most 30)");
  }

  /** Two blocs: + within, − between, each tie present with the given probability. */
  private static Map<Dyad, Sign> blocs(
      List<String> west, List<String> east, double density, Random random) {
    List<String> all = new ArrayList<>(west);
    all.addAll(east);
    Map<Dyad, Sign> signs = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        if (density < 1 && random.nextDouble() >= density) {
          continue;
        }
        boolean same = west.contains(all.get(i)) == west.contains(all.get(j));
        signs.put(Dyad.of(all.get(i), all.get(j)), same ? POSITIVE : NEGATIVE);
      }
    }
    // a chain through each bloc and one tie across keep the graph connected
    for (List<String> bloc : List.of(west, east)) {
      for (int i = 1; i < bloc.size(); i++) {
        signs.put(Dyad.of(bloc.get(i - 1), bloc.get(i)), POSITIVE);
      }
    }
    signs.put(Dyad.of(west.get(0), east.get(0)), NEGATIVE);
    return signs;
  }

  private static List<String> states(int n) {
    List<String> states = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      states.add(String.format(java.util.Locale.ROOT, "S%02d", i));
    }
    return states;
  }

  /** Each pair: missing, neutral, unknown, + or −; weighted by a random index or of weight 1. */
  private static List<SignedTie> randomTies(List<String> states, Random random, boolean weighted) {
    List<SignedTie> ties = new ArrayList<>();
    double missing = random.nextDouble() * 0.6;
    double negative = random.nextDouble();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        double r = random.nextDouble();
        if (r < missing) {
          continue;
        }
        Sign sign;
        if (r < missing + 0.05) {
          sign = NEUTRAL;
        } else if (r < missing + 0.08) {
          sign = UNKNOWN;
        } else {
          sign = random.nextDouble() < negative ? NEGATIVE : POSITIVE;
        }
        double index = weighted ? 0.05 + random.nextDouble() * 0.95 : 1;
        ties.add(SignedTie.ofIndex(states.get(i), states.get(j), sign, index));
      }
    }
    return ties;
  }

  /** The least frustrated weight over all 2^n splits, tried one by one. */
  private static double plainMinimum(List<String> states, List<SignedTie> ties) {
    double minimum = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 1 << states.size(); mask++) {
      double sum = 0;
      for (SignedTie t : ties) {
        if (t.sign() != POSITIVE && t.sign() != NEGATIVE) {
          continue;
        }
        int a = (mask >> states.indexOf(t.dyad().a())) & 1;
        int b = (mask >> states.indexOf(t.dyad().b())) & 1;
        boolean frustrated = t.sign() == POSITIVE ? a != b : a == b;
        if (frustrated) {
          sum += t.weight();
        }
      }
      minimum = Math.min(minimum, sum);
    }
    return minimum;
  }

  /**
   * The frustrated ties and their weight are what the camps imply, and every state is placed once.
   */
  private static void assertConsistent(CampSplit split, List<SignedTie> ties) {
    Set<String> a = new HashSet<>(split.campA());
    Set<String> b = new HashSet<>(split.campB());
    assertThat(a.stream().filter(b::contains)).isEmpty();
    List<SignedTie> frustrated = new ArrayList<>();
    double weight = 0;
    for (SignedTie t : ties) {
      if (t.sign() != POSITIVE && t.sign() != NEGATIVE) {
        continue;
      }
      assertThat(a.contains(t.dyad().a()) || b.contains(t.dyad().a())).isTrue();
      boolean same = a.contains(t.dyad().a()) == a.contains(t.dyad().b());
      if (t.sign() == POSITIVE ? !same : same) {
        frustrated.add(t);
        weight += t.weight();
      }
    }
    assertThat(new HashSet<>(split.frustrated())).isEqualTo(new HashSet<>(frustrated));
    assertThat(split.frustrated()).hasSameSizeAs(frustrated);
    assertThat(split.frustration()).isCloseTo(weight, within(1e-9));
    for (int i = 1; i < split.frustrated().size(); i++) {
      assertThat(split.frustrated().get(i).weight())
          .isLessThanOrEqualTo(split.frustrated().get(i - 1).weight());
    }
  }
}
