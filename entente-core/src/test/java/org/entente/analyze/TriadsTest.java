package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.analyze.Sign.NEGATIVE;
import static org.entente.analyze.Sign.NEUTRAL;
import static org.entente.analyze.Sign.POSITIVE;
import static org.entente.analyze.Sign.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.domain.Dyad;
import org.junit.jupiter.api.Test;

/**
 * Every combination of signs against a second, independent reading of Dittmer's types: by how many
 * positive ties each state has (the pivot has two, the pariah none) rather than by which tie is
 * negative, as {@link Triads} reads them.
 */
class TriadsTest {

  private static final List<String> STATES = List.of("CHN", "PRK", "RUS");

  private static final List<List<Integer>> PERMUTATIONS =
      List.of(
          List.of(0, 1, 2),
          List.of(0, 2, 1),
          List.of(1, 0, 2),
          List.of(1, 2, 0),
          List.of(2, 0, 1),
          List.of(2, 1, 0));

  @Test
  void everyCombinationOfSignsHasTheTypeRolesAndBalanceOfTheDegreeReading() {
    int combinations = 0;
    for (Sign ab : Sign.values()) {
      for (Sign ac : Sign.values()) {
        for (Sign bc : Sign.values()) {
          Map<Dyad, Sign> signs = signs(ab, ac, bc);
          Triad t = Triads.of("CHN", "PRK", "RUS", ab, ac, bc);
          assertThat(t.type()).as("%s%s%s", ab, ac, bc).isEqualTo(expectedType(signs));
          assertThat(t.roles()).as("%s%s%s", ab, ac, bc).isEqualTo(expectedRoles(signs));
          assertThat(t.balanced()).as("%s%s%s", ab, ac, bc).isEqualTo(expectedBalance(signs));
          combinations++;
        }
      }
    }
    assertThat(combinations).isEqualTo(64);
  }

  @Test
  void typeRolesAndBalanceDoNotDependOnTheOrderTheStatesAreGiven() {
    for (Sign ab : Sign.values()) {
      for (Sign ac : Sign.values()) {
        for (Sign bc : Sign.values()) {
          Map<Dyad, Sign> signs = signs(ab, ac, bc);
          Triad first = Triads.of("CHN", "PRK", "RUS", signs);
          for (List<Integer> p : PERMUTATIONS) {
            String x = STATES.get(p.get(0));
            String y = STATES.get(p.get(1));
            String z = STATES.get(p.get(2));
            Triad t =
                Triads.of(
                    x,
                    y,
                    z,
                    signs.get(Dyad.of(x, y)),
                    signs.get(Dyad.of(x, z)),
                    signs.get(Dyad.of(y, z)));
            String as = x + "," + y + "," + z + " " + ab + ac + bc;
            assertThat(t.type()).as(as).isEqualTo(first.type());
            assertThat(t.roles()).as(as).isEqualTo(first.roles());
            assertThat(t.balanced()).as(as).isEqualTo(first.balanced());
            assertThat(t.pivot()).as(as).isEqualTo(first.pivot());
            assertThat(t.wings()).as(as).isEqualTo(first.wings());
            assertThat(t.partners()).as(as).isEqualTo(first.partners());
            assertThat(t.pariah()).as(as).isEqualTo(first.pariah());
          }
        }
      }
    }
  }

  @Test
  void aRomanticTriangleNamesItsPivotAndWings() {
    Triad t = Triads.of("CHN", "RUS", "PRK", POSITIVE, POSITIVE, NEGATIVE);
    assertThat(t.type().key()).isEqualTo("romantic_triangle");
    assertThat(t.roles()).isEqualTo("pivot=CHN;wings=PRK,RUS");
    assertThat(t.pivot()).contains("CHN");
    assertThat(t.wings()).containsExactly("PRK", "RUS");
    assertThat(t.balanced()).contains(false);
    assertThat(t.pariah()).isEmpty();
    assertThat(t.partners()).isEmpty();
  }

  @Test
  void aStableMarriageNamesItsPartnersAndPariah() {
    Triad t = Triads.of("USA", "CHN", "RUS", NEGATIVE, NEGATIVE, POSITIVE);
    assertThat(t.type().key()).isEqualTo("stable_marriage");
    assertThat(t.roles()).isEqualTo("partners=CHN,RUS;pariah=USA");
    assertThat(t.pariah()).contains("USA");
    assertThat(t.partners()).containsExactly("CHN", "RUS");
    assertThat(t.balanced()).contains(true);
  }

  @Test
  void allPositiveAndAllNegativeTrianglesHaveNoRoles() {
    Triad menage = Triads.of("CHN", "RUS", "PRK", POSITIVE, POSITIVE, POSITIVE);
    assertThat(menage.type().key()).isEqualTo("menage_a_trois");
    assertThat(menage.roles()).isEmpty();
    assertThat(menage.balanced()).contains(true);
    Triad veto = Triads.of("CHN", "RUS", "USA", NEGATIVE, NEGATIVE, NEGATIVE);
    assertThat(veto.type().key()).isEqualTo("unit_veto");
    assertThat(veto.roles()).isEmpty();
    assertThat(veto.balanced()).contains(false);
  }

  @Test
  void aNeutralOrUnknownTieLeavesTypeAndBalanceUndetermined() {
    Triad neutral = Triads.of("CHN", "RUS", "PRK", POSITIVE, NEUTRAL, NEGATIVE);
    assertThat(neutral.type().key()).isEqualTo("undetermined");
    assertThat(neutral.roles()).isEmpty();
    assertThat(neutral.balanced()).isEmpty();
    Triad missing =
        Triads.of(
            "CHN",
            "RUS",
            "PRK",
            Map.of(Dyad.of("CHN", "RUS"), POSITIVE, Dyad.of("CHN", "PRK"), POSITIVE));
    assertThat(missing.bc()).isEqualTo(UNKNOWN);
    assertThat(missing.type()).isEqualTo(TriadType.UNDETERMINED);
    assertThat(missing.balanced()).isEmpty();
  }

  @Test
  void threeStatesThatAreNotAllDifferentAreRefusedByName() {
    assertThatThrownBy(() -> Triads.of("CHN", "RUS", "CHN", POSITIVE, POSITIVE, POSITIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a triad needs three different states, not CHN, RUS, CHN");
    assertThatThrownBy(() -> Triads.of("CHN", "CHN", "RUS", Map.of()))
        .hasMessage("a triad needs three different states, not CHN, CHN, RUS");
  }

  @Test
  void aTriadThatContradictsItsSignsCannotBeMade() {
    assertThatThrownBy(
            () ->
                new Triad(
                    "CHN",
                    "RUS",
                    "PRK",
                    POSITIVE,
                    POSITIVE,
                    POSITIVE,
                    TriadType.UNIT_VETO,
                    "",
                    Optional.of(true)))
        .hasMessageContaining("type unit_veto does not follow from the signs +++");
    assertThatThrownBy(
            () ->
                new Triad(
                    "CHN",
                    "RUS",
                    "PRK",
                    POSITIVE,
                    POSITIVE,
                    NEGATIVE,
                    TriadType.ROMANTIC_TRIANGLE,
                    "pivot=RUS;wings=CHN,PRK",
                    Optional.of(false)))
        .hasMessageContaining("roles 'pivot=RUS;wings=CHN,PRK' do not follow");
  }

  private static Map<Dyad, Sign> signs(Sign ab, Sign ac, Sign bc) {
    return Map.of(
        Dyad.of(STATES.get(0), STATES.get(1)), ab,
        Dyad.of(STATES.get(0), STATES.get(2)), ac,
        Dyad.of(STATES.get(1), STATES.get(2)), bc);
  }

  private static int positiveTiesOf(String state, Map<Dyad, Sign> signs) {
    int n = 0;
    for (Map.Entry<Dyad, Sign> e : signs.entrySet()) {
      if (e.getKey().contains(state) && e.getValue() == POSITIVE) {
        n++;
      }
    }
    return n;
  }

  private static boolean allDefinite(Map<Dyad, Sign> signs) {
    return signs.values().stream().allMatch(s -> s == POSITIVE || s == NEGATIVE);
  }

  private static TriadType expectedType(Map<Dyad, Sign> signs) {
    if (!allDefinite(signs)) {
      return TriadType.UNDETERMINED;
    }
    long positive = signs.values().stream().filter(s -> s == POSITIVE).count();
    return List.of(
            TriadType.UNIT_VETO,
            TriadType.STABLE_MARRIAGE,
            TriadType.ROMANTIC_TRIANGLE,
            TriadType.MENAGE_A_TROIS)
        .get((int) positive);
  }

  private static String expectedRoles(Map<Dyad, Sign> signs) {
    TriadType type = expectedType(signs);
    List<String> two = new ArrayList<>();
    List<String> zero = new ArrayList<>();
    List<String> one = new ArrayList<>();
    for (String s : STATES) {
      switch (positiveTiesOf(s, signs)) {
        case 2 -> two.add(s);
        case 1 -> one.add(s);
        default -> zero.add(s);
      }
    }
    if (type == TriadType.ROMANTIC_TRIANGLE) {
      return "pivot=" + two.get(0) + ";wings=" + String.join(",", one);
    }
    if (type == TriadType.STABLE_MARRIAGE) {
      return "partners=" + String.join(",", one) + ";pariah=" + zero.get(0);
    }
    return "";
  }

  private static Optional<Boolean> expectedBalance(Map<Dyad, Sign> signs) {
    if (!allDefinite(signs)) {
      return Optional.empty();
    }
    long negative = signs.values().stream().filter(s -> s == NEGATIVE).count();
    return Optional.of(negative % 2 == 0);
  }
}
