package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code entente eval petrarch} on PETRARCH2's unit records (core's fixture). */
class EvalCommandIT {

  private static final String RECORDS =
      "../entente-core/src/test/resources/fixtures/petrarch2-unit/PETR.UnitTest.records.xml";

  @Test
  void endsWithTheCountsAndListsEachFailedRecord() {
    CliRun run = CliRun.of("eval", "petrarch", RECORDS);

    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines[lines.length - 1]).matches("\\d+ passed, \\d+ failed");
    long failed = Long.parseLong(lines[lines.length - 1].replaceAll(".* (\\d+) failed", "$1"));
    assertThat(lines).hasSize((int) failed + 1);
    assertThat(run.out()).contains("ACTOR-01  expected: ");
    assertThat(run.err()).contains("records/s");
  }

  @Test
  void aMissingFileIsAnError() {
    CliRun run = CliRun.of("eval", "petrarch", "no-such-records.xml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-records.xml: no such file");
  }
}
