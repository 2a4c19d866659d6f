package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code entente vetoes} reads its options. States and years are checked before the store is
 * opened, so these runs load no data.
 */
class VetoesCommandTest {

  @TempDir Path dir;

  private CliRun vetoes(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "vetoes";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--db";
    all[args.length + 2] = dir.resolve("entente.duckdb").toString();
    CliRun run = CliRun.of(all);
    assertThat(dir).isEmptyDirectory();
    assertThat(run.out()).isEmpty();
    return run;
  }

  @Test
  void anUnknownMemberOffersTheClosestNames() {
    CliRun run = vetoes("--member", "Korea");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "entente: unknown country 'Korea': did you mean PRK (North Korea), KOR (South Korea)?"
                + " 'entente countries' lists them all");
    CliRun code = vetoes("--member", "SUN");
    assertThat(code.exitCode()).isEqualTo(1);
    assertThat(code.err()).contains("unknown country 'SUN'");
  }

  @Test
  void withNeedsMemberAndAnotherState() {
    CliRun alone = vetoes("--with", "RUS");
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.err()).contains("--with needs --member");
    CliRun twice = vetoes("--member", "Russia", "--with", "rus");
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("not RUS twice");
  }

  @Test
  void yearsOutOfOrderOrRangeAreErrors() {
    CliRun reversed = vetoes("--from", "2025", "--to", "2020");
    assertThat(reversed.exitCode()).isEqualTo(1);
    assertThat(reversed.err()).contains("--from 2025 is after --to 2020");
    CliRun zero = vetoes("--from", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--from takes a year such as 1991, not 0");
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    CliRun run = vetoes("--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("xml");
  }
}
