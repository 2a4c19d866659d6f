package org.entente.text.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The pass rate on PETRARCH2's own unit records (284, with the validation dictionaries beside them)
 * as a regression floor: 256 passed when this floor was set (issue 10 asks for at least 70%).
 */
class PetrarchEvaluationIT {

  @Test
  void passesAtLeastTheRateReachedOnPetrarchsUnitRecords() throws IOException {
    PetrarchEvaluation.Result r =
        PetrarchEvaluation.run(Fixtures.path("petrarch2-unit/PETR.UnitTest.records.xml"));

    assertThat(r.outcomes()).hasSize(284);
    assertThat(r.notes()).isEmpty();
    assertThat(r.passed()).isGreaterThanOrEqualTo(256);
    assertThat(r.passRate()).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void refusedAndDiscardedRecordsCodeNothing() throws IOException {
    PetrarchEvaluation.Result r =
        PetrarchEvaluation.run(Fixtures.path("petrarch2-unit/PETR.UnitTest.records.xml"));

    assertThat(r.outcomes())
        .filteredOn(o -> o.record().expectation() == PetrarchUnitRecords.Expectation.NOT_CODED)
        .filteredOn(o -> !o.record().error().equals("dateline"))
        .allSatisfy(o -> assertThat(o.got()).isEmpty())
        .hasSize(6);
  }
}
