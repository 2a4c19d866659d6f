package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreatyRecordTest {

  private static TreatyRecord record(String signed, String inForce, String ended) {
    return new TreatyRecord(
        "rus-prk-1961",
        "Treaty of Friendship, Co-operation and Mutual Assistance",
        List.of("PRK", "RUS"),
        PartialDate.parse(signed),
        inForce == null ? null : PartialDate.parse(inForce),
        ended == null ? null : PartialDate.parse(ended),
        new Obligations(true, false, false, true, false),
        "UNTS No. 6045",
        "",
        "treaties.csv",
        3);
  }

  /** The Soviet-DPRK treaty: in force 1961-09-10, no longer in force from 1996-09-10. */
  private final TreatyRecord soviet = record("1961-07-06", "1961-09-10", "1996-09-10");

  @Test
  void inForceDuringEveryYearItHeldAnyDay() {
    assertThat(soviet.inForceDuring(1960)).isFalse();
    assertThat(soviet.inForceDuring(1961)).isTrue();
    assertThat(soviet.inForceDuring(1996)).isTrue();
    assertThat(soviet.inForceDuring(1997)).isFalse();
    // Ending on 1 January means not a day of that year.
    assertThat(record("1961", "1961", "1997-01-01").inForceDuring(1997)).isFalse();
    // Known only to the year, the end still counts for its year.
    assertThat(record("1961", "1961", "1996").inForceDuring(1996)).isTrue();
    assertThat(record("1961", null, null).inForceDuring(1990)).isFalse();
  }

  @Test
  void inForceOnADayOnlyWhenCertain() {
    assertThat(soviet.inForceOn(LocalDate.of(1961, 9, 9))).isFalse();
    assertThat(soviet.inForceOn(LocalDate.of(1961, 9, 10))).isTrue();
    assertThat(soviet.inForceOn(LocalDate.of(1996, 9, 9))).isTrue();
    assertThat(soviet.inForceOn(LocalDate.of(1996, 9, 10))).isFalse();
    TreatyRecord yearOnly = record("2000-02-09", "2000", "2024-12-04");
    assertThat(yearOnly.inForceDuring(2000)).isTrue();
    assertThat(yearOnly.inForceOn(LocalDate.of(2000, 6, 1))).isFalse();
    assertThat(yearOnly.inForceOn(LocalDate.of(2000, 12, 31))).isTrue();
    assertThat(yearOnly.inForceOn(LocalDate.of(2024, 12, 3))).isTrue();
    assertThat(yearOnly.inForceOn(LocalDate.of(2024, 12, 4))).isFalse();
  }

  @Test
  void bindsEveryPairOfItsParties() {
    assertThat(soviet.binds("RUS", "PRK")).isTrue();
    assertThat(soviet.binds("PRK", "RUS")).isTrue();
    assertThat(soviet.binds("CHN", "PRK")).isFalse();
    assertThat(soviet.binds("RUS", "RUS")).isFalse();
  }

  @Test
  void invariantsNameTheField() {
    assertThatThrownBy(() -> record("1961-07-06", "1961-01-01", null))
        .hasMessageContaining("in force of rus-prk-1961 (1961-01-01) must not be before signed");
    assertThatThrownBy(() -> record("1961-07-06", "1961-09-10", "1960"))
        .hasMessageContaining("ended of rus-prk-1961 (1960) must not be before in force");
    assertThatThrownBy(() -> record("1961-07-06", null, "1996"))
        .hasMessageContaining("needs an in force date");
    assertThatThrownBy(
            () ->
                new TreatyRecord(
                    "x",
                    "name",
                    List.of("RUS"),
                    PartialDate.parse("2000"),
                    null,
                    null,
                    Obligations.NONE,
                    "source",
                    "",
                    "f",
                    1))
        .hasMessageContaining("two or more different states");
  }

  @Test
  void obligationsReadAsAtopNamesThem() {
    assertThat(soviet.obligations()).hasToString("defense;nonagg");
    assertThat(Obligations.NONE).hasToString("none");
    assertThat(soviet.obligations().or(new Obligations(false, false, false, false, true)).names())
        .containsExactly("defense", "nonagg", "consul");
  }
}
