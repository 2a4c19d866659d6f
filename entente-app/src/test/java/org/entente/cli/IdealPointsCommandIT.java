package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.testing.BundledStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code idealpoints} command end to end on the bundled votes of 2015–2019 (sessions 70–74), a
 * few seconds of estimation; outputs against golden files. The full comparison with the published
 * estimates is {@code IdealPointsIT} in entente-core.
 */
class IdealPointsCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = BundledStore.copyTo(dir.resolve("cli.duckdb")).toString();
  }

  @Test
  void csvHasExactlyTheContractColumns() {
    CliRun run =
        CliRun.of(
            "idealpoints",
            "USA",
            "Russia",
            "CHN",
            "--from",
            "2015",
            "--to",
            "2019",
            "--format",
            "csv",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("country,year,idealpoint,se");
    assertThat(lines).hasSize(1 + 3 * 5);
    assertThat(lines.stream().filter(l -> l.startsWith("USA,")))
        .allSatisfy(l -> assertThat(l.split(",")[2]).doesNotStartWith("-"));
    assertThat(run.err()).contains("Estimating ideal points");
    Golden.assertMatches("idealpoints-usa-rus-chn-2015-2019.csv", run.out());
  }

  @Test
  void tableShowsVotesAndHowToReadIt() {
    CliRun run = CliRun.of("idealpoints", "PRK", "--from", "2015", "--to", "2019", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Golden.assertMatches("idealpoints-prk-2015-2019.txt", run.out());
  }

  @Test
  void jsonLinesCarryTheSameFields() {
    CliRun run =
        CliRun.of(
            "idealpoints",
            "USA",
            "--from",
            "2015",
            "--to",
            "2019",
            "--format",
            "jsonl",
            "--db",
            db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .matches("\\{\"country\":\"USA\",\"year\":2015,\"idealpoint\":[0-9.]+,\"se\":0\\.[0-9]+}");
  }

  @Test
  void badInputIsAClearError() {
    CliRun unknown = CliRun.of("idealpoints", "Korea", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("did you mean").doesNotContain("Exception");

    CliRun empty = CliRun.of("idealpoints", "--from", "1900", "--to", "1910", "--db", db);
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("no contested roll calls in 1900–1910");
    assertThat(empty.out()).isEmpty();

    CliRun notThen = CliRun.of("idealpoints", "SSD", "--to", "2000", "--db", db);
    assertThat(notThen.exitCode()).isEqualTo(1);
    assertThat(notThen.err()).contains("SSD cast no contested votes in …–2000");
  }
}
