package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The probability of a triad's type ({@link Triads#probability}) against a brute-force enumeration
 * of the eight sign patterns, classified by {@link Triads#of}; against hand-computed products of Φ;
 * and against the frequencies of types in draws from the three posteriors.
 */
class TriadProbabilityTest {

  private static final double[] MEANS = {-0.4, -0.05, 0.0, 0.05, 0.3};
  private static final double[] SDS = {0.0, 0.05, 0.2, 0.5};

  /** The type with its roles: what p_type is the probability of. */
  private static String key(Triad t) {
    return t.type().key() + "|" + t.roles();
  }

  /** P(type and roles) for every type, by summing the eight patterns' probabilities. */
  private static Map<String, Double> enumerate(Estimate ab, Estimate ac, Estimate bc) {
    Map<String, Double> byType = new HashMap<>();
    Sign[] signs = {Sign.POSITIVE, Sign.NEGATIVE};
    for (Sign x : signs) {
      for (Sign y : signs) {
        for (Sign z : signs) {
          double p = chance(ab, x) * chance(ac, y) * chance(bc, z);
          byType.merge(key(Triads.of("CHN", "RUS", "PRK", x, y, z)), p, Double::sum);
        }
      }
    }
    return byType;
  }

  private static double chance(Estimate e, Sign s) {
    double positive = e.probabilityPositive();
    return s == Sign.POSITIVE ? positive : 1 - positive;
  }

  private static List<Estimate> grid() {
    List<Estimate> grid = new ArrayList<>();
    for (double m : MEANS) {
      for (double sd : SDS) {
        grid.add(new Estimate(m, sd));
      }
    }
    return grid;
  }

  @Test
  void theProbabilityIsTheSumOverThePatternsOfTheMostLikelyTypeWithItsRoles() {
    int cases = 0;
    for (Estimate ab : grid()) {
      for (Estimate ac : grid()) {
        for (Estimate bc : grid()) {
          Map<String, Double> byType = enumerate(ab, ac, bc);
          assertThat(byType.values().stream().mapToDouble(Double::doubleValue).sum())
              .isCloseTo(1, within(1e-12));
          double p = Triads.probability(ab, ac, bc);
          Triad likely = Triads.mostLikely("CHN", "RUS", "PRK", ab, ac, bc);
          String what = ab + " " + ac + " " + bc;
          if (likely.type() == TriadType.UNDETERMINED) {
            // a mean of exactly 0: two or more types tie, p is the probability of each of them
            assertThat(p).as(what).isLessThanOrEqualTo(0.5);
            assertThat(
                    byType.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .as(what)
                .isCloseTo(p, within(1e-12));
          } else {
            assertThat(p).as(what).isCloseTo(byType.get(key(likely)), within(1e-12));
            assertThat(byType.values())
                .as(what)
                .allSatisfy(q -> assertThat(q).isLessThanOrEqualTo(p));
          }
          cases++;
        }
      }
    }
    assertThat(cases).isEqualTo(8000);
  }

  @Test
  void handComputedCases() {
    // ++−: Φ(2) Φ(1) Φ(1) = 0.97725 · 0.84134 · 0.84134
    Estimate chnRus = new Estimate(0.4, 0.2);
    Estimate chnPrk = new Estimate(0.2, 0.2);
    Estimate rusPrk = new Estimate(-0.1, 0.1);
    assertThat(Triads.probability(chnRus, chnPrk, rusPrk)).isCloseTo(0.691757, within(1e-6));
    Triad romantic = Triads.mostLikely("CHN", "RUS", "PRK", chnRus, chnPrk, rusPrk);
    assertThat(romantic.type()).isEqualTo(TriadType.ROMANTIC_TRIANGLE);
    assertThat(romantic.roles()).isEqualTo("pivot=CHN;wings=PRK,RUS");

    // +−− with the USA the pariah: Φ(3) Φ(4) Φ(2) = 0.99865 · 0.99997 · 0.97725
    Estimate usaChn = new Estimate(-0.3, 0.1);
    Estimate usaRus = new Estimate(-0.4, 0.1);
    Estimate chnRusWarm = new Estimate(0.2, 0.1);
    assertThat(Triads.probability(usaChn, usaRus, chnRusWarm)).isCloseTo(0.975900, within(1e-6));
    assertThat(Triads.mostLikely("USA", "CHN", "RUS", usaChn, usaRus, chnRusWarm).roles())
        .isEqualTo("partners=CHN,RUS;pariah=USA");

    // +++ each at z = 1.5: Φ(1.5)³ = 0.93319³, just above the 0.8 from which a type is claimed
    Estimate z15 = new Estimate(0.15, 0.1);
    assertThat(Triads.probability(z15, z15, z15)).isCloseTo(0.812670, within(1e-6));

    // without uncertainty the type is certain; without an estimate it has no probability
    Estimate exact = new Estimate(0.03, 0);
    assertThat(Triads.probability(exact, exact, new Estimate(-0.2, 0))).isEqualTo(1.0);
    assertThat(Triads.probability(exact, Estimate.UNKNOWN, exact)).isNaN();
  }

  @Test
  void theProbabilityIsTheShareOfDrawsFromThePosteriorsThatHaveTheType() {
    Random random = new Random(19);
    Estimate ab = new Estimate(0.12, 0.15);
    Estimate ac = new Estimate(-0.05, 0.2);
    Estimate bc = new Estimate(0.3, 0.25);
    String likely = key(Triads.mostLikely("A", "B", "C", ab, ac, bc));
    int draws = 200_000;
    int hits = 0;
    for (int i = 0; i < draws; i++) {
      Sign x = draw(random, ab);
      Sign y = draw(random, ac);
      Sign z = draw(random, bc);
      if (key(Triads.of("A", "B", "C", x, y, z)).equals(likely)) {
        hits++;
      }
    }
    // binomial standard error about 0.0011 at p = Φ(0.8) Φ(0.25) Φ(1.2) ≈ 0.42: four of them
    assertThat((double) hits / draws).isCloseTo(Triads.probability(ab, ac, bc), within(0.0045));
  }

  private static Sign draw(Random random, Estimate e) {
    return e.mean() + e.sd() * random.nextGaussian() > 0 ? Sign.POSITIVE : Sign.NEGATIVE;
  }

  @Test
  void aTriadPeriodClaimsTheTypeFromEightyPercentAndShowsTheMostLikelyBelow() {
    List<TriadPeriod> periods =
        TriadPeriod.of(
            "CHN",
            "RUS",
            "PRK",
            List.of(
                relation("CHN", "RUS", "2024", 0.4, 0.2), relation("CHN", "RUS", "2025", 0.4, 0.1)),
            List.of(
                relation("CHN", "PRK", "2024", 0.2, 0.2),
                relation("CHN", "PRK", "2025", 0.2, 0.05)),
            List.of(
                relation("PRK", "RUS", "2024", -0.1, 0.1),
                relation("PRK", "RUS", "2025", -0.3, 0.1)));
    TriadPeriod uncertain = periods.get(0);
    assertThat(uncertain.pType()).isCloseTo(0.691757, within(1e-6));
    assertThat(uncertain.determined()).isFalse();
    assertThat(uncertain.type()).isEqualTo(TriadType.UNDETERMINED);
    assertThat(uncertain.triad().type()).isEqualTo(TriadType.ROMANTIC_TRIANGLE);
    TriadPeriod sure = periods.get(1);
    // Φ(4) Φ(4) Φ(3)
    assertThat(sure.pType()).isCloseTo(0.999968 * 0.999968 * 0.998650, within(1e-5));
    assertThat(sure.type()).isEqualTo(TriadType.ROMANTIC_TRIANGLE);
    assertThat(sure.triad().pivot()).hasValue("CHN");
  }

  /** A relation with only its relations dimension known (the components play no part here). */
  static DyadRelation relation(String a, String b, String period, double mean, double sd) {
    Estimate e = new Estimate(mean, sd);
    List<RelationPart> parts = new ArrayList<>();
    for (RelationComponent c : RelationComponent.values()) {
      parts.add(RelationPart.missing(c, "none"));
    }
    return new DyadRelation(
        a, b, period, e, Estimate.UNKNOWN, e.sign(), 0, Double.NaN, 0, List.of(), parts);
  }
}
