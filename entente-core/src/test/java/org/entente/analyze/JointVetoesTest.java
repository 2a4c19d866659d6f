package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.entente.domain.Dyad;
import org.entente.domain.Veto;
import org.junit.jupiter.api.Test;

/** Joint vetoes counted by hand on small cases. */
class JointVetoesTest {

  private static Veto veto(String date, String draft, String... members) {
    return new Veto(
        LocalDate.parse(date),
        draft,
        "",
        "",
        "test",
        List.of(members),
        new Veto.Source("hand.csv", 2, ""));
  }

  /** 30 April 1981: France, the UK and the US vetoed four drafts on Namibia together. */
  private static final List<Veto> VETOES =
      List.of(
          veto("1981-04-30", "S/14459", "FRA", "GBR", "USA"),
          veto("1981-04-30", "S/14460/Rev.1", "FRA", "GBR", "USA"),
          veto("1981-08-31", "S/14664/Rev.2", "USA"),
          veto("1982-06-04", "S/15156/Rev.2", "GBR", "USA"),
          veto("1985-11-15", "S/17633", "GBR", "USA"));

  @Test
  void aVetoOfThreeMembersCountsForEachPairInIt() {
    SortedMap<Integer, List<Veto>> usGb =
        JointVetoes.byYear(VETOES, Dyad.of("USA", "GBR"), 1981, 1985);
    assertThat(usGb.get(1981)).hasSize(2);
    assertThat(usGb.get(1982)).hasSize(1);
    assertThat(usGb.get(1985)).hasSize(1);
    SortedMap<Integer, List<Veto>> frUs =
        JointVetoes.byYear(VETOES, Dyad.of("FRA", "USA"), 1981, 1985);
    assertThat(frUs.get(1981)).hasSize(2);
    assertThat(frUs.get(1982)).isEmpty();
  }

  @Test
  void everyYearOfTheRangeIsAKeyAndYearsOutsideAreLeftOut() {
    SortedMap<Integer, List<Veto>> years =
        JointVetoes.byYear(VETOES, Dyad.of("GBR", "USA"), 1982, 1984);
    assertThat(years.keySet()).containsExactly(1982, 1983, 1984);
    assertThat(years.get(1983)).isEmpty();
    assertThat(years.get(1982)).extracting(Veto::draft).containsExactly("S/15156/Rev.2");
  }

  @Test
  void aStateThatNeverVetoedHasNoJointVetoes() {
    SortedMap<Integer, List<Veto>> years =
        JointVetoes.byYear(VETOES, Dyad.of("CHN", "USA"), 1981, 1985);
    assertThat(years.values()).allSatisfy(list -> assertThat(list).isEmpty());
  }

  @Test
  void reversedYearsAreRefused() {
    assertThatThrownBy(() -> JointVetoes.byYear(VETOES, Dyad.of("GBR", "USA"), 1985, 1981))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1985");
  }
}
