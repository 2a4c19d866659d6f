package org.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.entente.domain.PartialDate.Precision;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void readsTheThreePrecisions() {
    PartialDate day = PartialDate.parse("1961-07-11");
    assertThat(day.precision()).isEqualTo(Precision.DAY);
    assertThat(day.first()).isEqualTo(LocalDate.of(1961, 7, 11));
    assertThat(day.last()).isEqualTo(LocalDate.of(1961, 7, 11));

    PartialDate month = PartialDate.parse("2022-02");
    assertThat(month.precision()).isEqualTo(Precision.MONTH);
    assertThat(month.first()).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(month.last()).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(PartialDate.parse("2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));

    PartialDate year = PartialDate.parse("2000");
    assertThat(year.precision()).isEqualTo(Precision.YEAR);
    assertThat(year.first()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(year.last()).isEqualTo(LocalDate.of(2000, 12, 31));
  }

  @Test
  void writesWhatItRead() {
    for (String text : new String[] {"1961-07-11", "2022-02", "2000", "0987"}) {
      assertThat(PartialDate.parse(text)).hasToString(text);
    }
  }

  @Test
  void oddFormsAreRefused() {
    for (String text :
        new String[] {
          "11/07/1961",
          "1961-7-11",
          "July 1961",
          "61",
          "1961-07-11T00:00",
          " 1961",
          "1961-13",
          "1961-00",
          "1961-02-00",
          ""
        }) {
      assertThatThrownBy(() -> PartialDate.parse(text)).as(text).hasMessageContaining(text);
    }
    assertThatThrownBy(() -> PartialDate.parse("1960-02-30")).hasMessageContaining("no such day");
  }

  @Test
  void ordersByEarliestThenLatestDay() {
    assertThat(PartialDate.parse("2000")).isLessThan(PartialDate.parse("2000-02-09"));
    assertThat(PartialDate.parse("2000-01-01")).isLessThan(PartialDate.parse("2000"));
    assertThat(PartialDate.parse("1999-12-31")).isLessThan(PartialDate.parse("2000"));
  }
}
