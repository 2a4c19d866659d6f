package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente import-events} and {@code entente events} on the real ICEWS sample. */
class EventsCommandTest {

  @TempDir Path dir;

  private static Path fixture(String name) {
    return Path.of("..", "entente-core", "src", "test", "resources", "fixtures", "events", name);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db";
    all[args.length + 1] = dir.resolve("entente.duckdb").toString();
    return CliRun.of(all);
  }

  @Test
  void importsTheIcewsSampleAndCountsUsaPrkByDay() {
    String file = fixture("events.2018.sample.tab").toString();
    Path rejects = dir.resolve("rejects.csv");
    CliRun imported = run("import-events", "--rejects", rejects.toString(), file);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("Read 3705 rows from 1 file(s): 3705 imported, 0 duplicates, 0 rejected.");

    CliRun csv = run("events", "USA", "North Korea", "--by", "day", "--format", "csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    // 200 and 112 events, as EventImportTest counts them from the raw file.
    assertThat(csv.out())
        .isEqualTo(
            "a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                + "goldstein_sum,goldstein_mean\n"
                + "USA,PRK,2018-06-01,200,197,1,2,0,565.600000000000,2.828000000000\n"
                + "USA,PRK,2018-06-02,112,110,0,2,0,305.700000000000,2.729464285714\n");

    CliRun list = run("events", "USA", "PRK", "--list", "--from", "2018-06-02", "--format", "csv");
    assertThat(list.out().lines().count()).isEqualTo(113);
    assertThat(list.out()).contains("events.2018.sample.tab:");

    CliRun again = run("import-events", file);
    assertThat(again.out()).contains("Already imported");
  }

  @Test
  void badDatesAndEqualStatesAreRefusedBeforeTheStoreOpens() {
    CliRun date = run("events", "USA", "PRK", "--from", "2018-06");
    assertThat(date.exitCode()).isEqualTo(1);
    assertThat(date.err()).contains("--from '2018-06': expected a date YYYY-MM-DD");
    CliRun order = run("events", "USA", "PRK", "--from", "2018-06-02", "--to", "2018-06-01");
    assertThat(order.err()).contains("--to 2018-06-01 is before --from 2018-06-02");
    CliRun same = run("events", "USA", "United States");
    assertThat(same.err()).contains("not USA twice");
    assertThat(dir).isEmptyDirectory();
  }
}
