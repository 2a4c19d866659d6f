package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-votes} end to end: bad files are reported and leave the store as it was. */
class ImportCommandIT {

  @TempDir Path dir;

  /** Real rows of session 74 with one vote changed, as a correction file would bring. */
  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void badFileIsRejectedWithLineAndValueAndTheStoreIsUnchanged() throws Exception {
    String db = dir.resolve("import.duckdb").toString();
    CliRun before = CliRun.of("alignment", "CHN", "RUS", "--format", "csv", "--db", db);
    assertThat(before.exitCode()).isZero();

    Path bad =
        write(
            "bad-votes.csv",
            "rcid,country,country_code,vote\n"
                + "9058,\"China\",\"CN\",\"yes\"\n"
                + "9058,\"Russia\",\"RU\",\"perhaps\"\n"
                + "9058,\"United States\",\"US\",\"yes\"\n"
                + "9058,\"Japan\",\"JP\"\n");
    Path rejects = dir.resolve("rejects.csv");
    CliRun run =
        CliRun.of(
            "import-votes", "--votes", bad.toString(), "--rejects", rejects.toString(), "--db", db);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("bad-votes.csv:3: column vote: 'perhaps': expected yes, no or abstain")
        .contains(
            "bad-votes.csv:4: column vote: 'yes': USA on roll call 9058 is already in the store as no")
        .contains("bad-votes.csv:5: '3 fields': expected 4 fields as in the header")
        .contains("3 row(s) rejected", "nothing was imported", rejects.toString());
    List<String> lines = Files.readAllLines(rejects);
    assertThat(lines.get(0)).isEqualTo("file,line,column,value,problem,record");
    assertThat(lines).hasSize(4);

    CliRun after = CliRun.of("alignment", "CHN", "RUS", "--format", "csv", "--db", db);
    assertThat(after.out()).isEqualTo(before.out());
  }

  @Test
  void importingAgainChangesNothing() throws Exception {
    String db = dir.resolve("again.duckdb").toString();
    Path rollCalls =
        write(
            "rc.csv",
            "rcid,session,importantvote,date,unres,amend,para,short,descr\n"
                + "99001,76,NA,2021-12-01,A/RES/76/1,0,0,Test resolution,Test resolution\n");
    Path votes =
        write(
            "v.csv",
            "rcid,country,country_code,vote\n99001,China,CN,yes\n99001,Russia,RU,no\n99001,United States,US,no\n");
    String[] importBoth = {
      "import-votes", "--roll-calls", rollCalls.toString(), "--votes", votes.toString(), "--db", db
    };
    CliRun first = CliRun.of(importBoth);
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("Imported 1 roll calls, 0 issue tags, 3 votes");
    CliRun second = CliRun.of(importBoth);
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("nothing changed");
    CliRun status = CliRun.of("status", "--db", db);
    assertThat(status.out()).contains("982,337 votes", "sessions 1–80");
  }

  @Test
  void missingFileIsAClearError() {
    CliRun run =
        CliRun.of(
            "import-votes",
            "--votes",
            dir.resolve("nope.csv").toString(),
            "--db",
            dir.resolve("m.duckdb").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("file not found", "nope.csv");
  }
}
