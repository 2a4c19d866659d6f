package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code changes} end to end on the bundled data: the CHN–RUS example and bad input. */
class ChangesCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = BundledStore.copyTo(dir.resolve("changes.duckdb")).toString();
  }

  @Test
  void chinaRussiaKappaByYearFindsTheLateNinetiesRise() {
    CliRun run =
        CliRun.of(
            "changes",
            "CHN",
            "RUS",
            "--measure",
            "kappa",
            "--by",
            "year",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("a,b,measure,date,before,after,before_from,after_to,evidence\n")
        .contains("CHN,RUS,kappa,1998,")
        .contains("joined on R/53/");
    Golden.assertMatches("changes-chn-rus-kappa.csv", run.out());
  }

  @Test
  void tableShowsEachChangeWithItsEvidence() {
    CliRun run = CliRun.of("changes", "CHN", "RUS", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches("changes-chn-rus-kappa.txt", run.out());
  }

  @Test
  void sameStateTwiceIsAClearError() {
    CliRun run = CliRun.of("changes", "CHN", "China", "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("give two different states, not CHN twice");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aSeriesTooShortSaysHowLongItIsAndWhatIsNeeded() {
    CliRun run = CliRun.of("changes", "CHN", "RUS", "--from", "2020", "--to", "2022", "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("has 3 years with a value (2020 … 2022)", "need at least 4")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void periodsWithoutEvidenceAreClearErrors() {
    CliRun votes = CliRun.of("changes", "CHN", "RUS", "--from", "1950", "--to", "1960", "--db", db);
    assertThat(votes.exitCode()).isEqualTo(1);
    assertThat(votes.err()).contains("no jointly cast votes of CHN and RUS in 1950–1960");
    CliRun events =
        CliRun.of(
            "changes",
            "CHN",
            "RUS",
            "--measure",
            "events",
            "--from",
            "1995",
            "--to",
            "2000",
            "--db",
            db);
    assertThat(events.exitCode()).isEqualTo(1);
    assertThat(events.err()).contains("no event evidence for CHN–RUS in 1995–2000");
  }

  @Test
  void badOptionsAreUsageErrors() {
    String[][] cases = {
      {"--measure", "tau", "--measure takes kappa, index, alignment or events, not 'tau'"},
      {"--by", "week", "--by takes year or month, not 'week'"},
      {"--penalty", "-3", "--penalty takes mbic, bic or a number >= 0, not '-3'"},
    };
    for (String[] c : cases) {
      CliRun run = CliRun.of("changes", "CHN", "RUS", c[0], c[1], "--db", db);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).contains(c[2]).doesNotContain("Exception");
    }
    CliRun monthly = CliRun.of("changes", "CHN", "RUS", "--by", "month", "--db", db);
    assertThat(monthly.exitCode()).isEqualTo(2);
    assertThat(monthly.err()).contains("--measure kappa is by year");
  }
}
