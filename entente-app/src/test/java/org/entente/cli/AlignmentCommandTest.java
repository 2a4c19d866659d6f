package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code entente alignment} reads state names. Names are resolved before the store is opened,
 * so these runs load no data.
 */
class AlignmentCommandTest {

  @TempDir Path dir;

  private CliRun alignment(String a, String b) {
    CliRun run = CliRun.of("alignment", a, b, "--db", dir.resolve("entente.duckdb").toString());
    assertThat(dir).isEmptyDirectory();
    return run;
  }

  @Test
  void ambiguousNameOffersBothStates() {
    CliRun run = alignment("Korea", "RUS");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "entente: unknown country 'Korea': did you mean PRK (North Korea), KOR (South Korea)?"
                + " 'entente countries' lists them all");
  }

  @Test
  void misspeltNameOffersTheClosestAndNothingCloseKeepsTheCodeHint() {
    CliRun misspelt = alignment("CHN", "Turky");
    assertThat(misspelt.exitCode()).isEqualTo(1);
    assertThat(misspelt.err()).contains("unknown country 'Turky': did you mean TUR (Turkey)?");
    CliRun unknown = alignment("ZZZ", "RUS");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err())
        .contains("unknown country 'ZZZ': expected an ISO 3166 alpha-3 code")
        .doesNotContain("did you mean");
  }

  @Test
  void curlyApostropheAndNoAccentsNameTheSameState() {
    CliRun run = alignment("Côte d’Ivoire", "cote d'ivoire");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("give two different states, not CIV twice");
  }

  /** Numbers out of range are usage errors that name the option, before any store is opened. */
  @Test
  void numericOptionsOutOfRangeAreUsageErrors() {
    String db = dir.resolve("entente.duckdb").toString();
    String[][] cases = {
      {"--from", "-5", "--from takes a year such as 1991, not -5"},
      {"--to", "0", "--to takes a year such as 1991, not 0"},
      {"--evidence", "0", "--evidence takes a session number (1 or more)"},
      {"--wait", "-1", "--wait must be 0 or more seconds, not -1"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of("alignment", "CHN", "RUS", c[0], c[1], "--db", db);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[2]).doesNotContain("Exception");
    }
    assertThat(dir).isEmptyDirectory();
  }
}
