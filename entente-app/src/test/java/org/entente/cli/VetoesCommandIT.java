package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code vetoes} command end to end on the bundled data, outputs against golden files. */
class VetoesCommandIT {

  @TempDir static Path dir;
  private static String db;

  @BeforeAll
  static void loadOnce() {
    db = dir.resolve("cli.duckdb").toString();
    CliRun first = CliRun.of("status", "--db", db);
    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).contains("UN Security Council vetoes (1946–2025)");
    assertThat(first.out())
        .contains("unsc_vetoes_1946_sept2022.csv.gz", "vetoes-2022-2025.csv", "Carlos L. Yordan");
  }

  @Test
  void jointChinaRussiaVetoesAsCsv() {
    CliRun run =
        CliRun.of("vetoes", "--member", "CHN", "--with", "RUS", "--format", "csv", "--db", db);
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("date,draft,topic,members,source");
    // The 14 of Yordan's list, the last S/2022/431, and the two added (Gaza, 2023 and 2024).
    assertThat(lines).hasSize(1 + 16);
    assertThat(lines.get(14)).startsWith("2022-05-26,S/2022/431,North Korea,CHN;RUS,");
    Golden.assertMatches("vetoes-chn-rus.csv", run.out());
  }

  @Test
  void jointChinaRussiaVetoesAsATable() {
    CliRun run =
        CliRun.of("vetoes", "--member", "China", "--with", "Russian Federation", "--db", db);
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("vetoes-chn-rus.txt", run.out());
  }

  @Test
  void russiasVetoesSince2024IncludeThePanelOfExperts() {
    CliRun run =
        CliRun.of("vetoes", "--member", "RUS", "--from", "2024", "--format", "csv", "--db", db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "\n2024-03-28,S/2024/255,North Korea,RUS,\"vetoes-2022-2025.csv:11; UN press release SC/15648");
    assertThat(run.out().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("202"));
    Golden.assertMatches("vetoes-rus-from-2024.csv", run.out());
  }

  @Test
  void jsonLinesHaveOneVetoPerLine() {
    CliRun run =
        CliRun.of(
            "vetoes",
            "--member",
            "USA",
            "--from",
            "2023",
            "--to",
            "2023",
            "--format",
            "jsonl",
            "--db",
            db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(3)
        .allSatisfy(
            l -> assertThat(l).startsWith("{\"date\":\"2023-").contains("\"members\":[\"USA\"]"));
  }

  @Test
  void everyVetoByDefault() {
    CliRun run = CliRun.of("vetoes", "--format", "csv", "--db", db);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1 + 214 + 18);
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "jsonl"})
  void noVetoesIsAClearErrorAndPrintsNothing(String format) {
    CliRun run =
        CliRun.of("vetoes", "--member", "FRA", "--with", "CHN", "--format", format, "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "entente: no vetoes cast by France (FRA) and China (CHN) on the same draft; the veto"
                + " list covers 1946–2025\n");
  }

  @Test
  void aStateWithoutAPermanentSeatHasNoVetoes() {
    CliRun run = CliRun.of("vetoes", "--member", "Japan", "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("only the permanent members of the Security Council cast vetoes");
  }

  @Test
  void yearsWithoutVetoesAreAClearError() {
    CliRun run = CliRun.of("vetoes", "--from", "2030", "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no vetoes in 2030–…; the veto list covers 1946–2025");
  }
}
