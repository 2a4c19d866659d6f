package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PermanentMembersTest {

  private final PermanentMembers seats = PermanentMembers.bundled();

  @Test
  void theSovietUnionAndRussiaAreOneSeat() {
    assertThat(seats.byName("USSR", LocalDate.of(1946, 2, 16))).contains("RUS");
    assertThat(seats.byName("USSR", LocalDate.of(1991, 12, 23))).contains("RUS");
    assertThat(seats.byName("Russia", LocalDate.of(1991, 12, 24))).contains("RUS");
    assertThat(seats.byName("Russia", LocalDate.of(2024, 3, 28))).contains("RUS");
  }

  @Test
  void eachNameHoldsOnlyForItsOwnYears() {
    assertThat(seats.byName("USSR", LocalDate.of(1993, 5, 11))).isEmpty();
    assertThat(seats.byName("Russia", LocalDate.of(1946, 6, 18))).isEmpty();
  }

  /** GA resolution 2758 (XXVI) of 25 October 1971 gave the China seat to the PRC. */
  @Test
  void theChinaSeatChangesHandsOn25October1971() {
    assertThat(seats.byName("China", LocalDate.of(1955, 12, 13))).contains("TWN");
    assertThat(seats.byName("China", LocalDate.of(1971, 10, 24))).contains("TWN");
    assertThat(seats.byName("China", LocalDate.of(1971, 10, 25))).contains("CHN");
    assertThat(seats.byName("China", LocalDate.of(1972, 8, 25))).contains("CHN");
    assertThat(seats.holdsSeat("CHN", LocalDate.of(1970, 1, 1))).isFalse();
    assertThat(seats.holdsSeat("TWN", LocalDate.of(1971, 10, 25))).isFalse();
  }

  @Test
  void theWesternSeatsAreConstant() {
    assertThat(seats.byName("USA", LocalDate.of(1970, 3, 17))).contains("USA");
    assertThat(seats.byName("UK", LocalDate.of(1963, 9, 13))).contains("GBR");
    assertThat(seats.byName("France", LocalDate.of(1956, 10, 30))).contains("FRA");
  }

  @Test
  void otherNamesAndStatesAreNeverGuessed() {
    assertThat(seats.byName("Soviet Union", LocalDate.of(1950, 1, 1))).isEmpty();
    assertThat(seats.byName("usa", LocalDate.of(1990, 1, 1))).isEmpty();
    assertThat(seats.isPermanentMember("JPN")).isFalse();
    assertThat(seats.isPermanentMember("TWN")).isTrue();
    assertThat(seats.holdsSeat("SUN", LocalDate.of(1950, 1, 1))).isFalse();
  }

  @Test
  void messagesListWhatTheTableAcceptsThatDay() {
    assertThat(seats.namesOn(LocalDate.of(1946, 2, 16))).isEqualTo("USSR, China, USA, UK, France");
    assertThat(seats.codesOn(LocalDate.of(2024, 1, 1))).isEqualTo("RUS, CHN, USA, GBR, FRA");
  }
}
