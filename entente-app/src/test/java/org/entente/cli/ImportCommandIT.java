package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.testing.CoreFixtures;
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

  private static Path fixture(String relative) {
    return CoreFixtures.path(relative);
  }

  @Test
  void unExtractsAreRecognisedByContentAndNeverCountTwice() throws Exception {
    String db = dir.resolve("undl.duckdb").toString();
    CliRun same =
        CliRun.of("import-votes", fixture("unvotes-undl/ES-11.json.gz").toString(), "--db", db);
    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.out()).contains("Already imported (same files, by SHA-256): nothing changed.");

    CliRun session74 =
        CliRun.of("import-votes", fixture("unvotes-undl/74.json.gz").toString(), "--db", db);
    assertThat(session74.exitCode()).as(session74.err()).isZero();
    assertThat(session74.out())
        .contains("Imported 0 roll calls, 0 issue tags, 0 votes")
        .contains("Note: 90 resolution(s) already in the store from another source")
        .contains("Note: 176 resolution(s) adopted without a recorded vote: not roll calls.");
  }

  @Test
  void aFileOfTheWrongFormatOrAnUnknownSpellingIsNamed() throws Exception {
    String db = dir.resolve("formats.duckdb").toString();
    CliRun csvAsUndl =
        CliRun.of(
            "import-votes",
            fixture("unvotes/votes_s74.csv").toString(),
            "--format",
            "undl",
            "--db",
            db);
    assertThat(csvAsUndl.exitCode()).isEqualTo(1);
    assertThat(csvAsUndl.err()).contains("votes_s74.csv does not look like --format undl");
    Path text = write("notes.txt", "Minutes of the meeting\n");
    CliRun unknown = CliRun.of("import-votes", text.toString(), "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("notes.txt:1: cannot tell what this file is");

    String line =
        new String(
                new java.util.zip.GZIPInputStream(
                        Files.newInputStream(fixture("unvotes-undl/ES-11.json.gz")))
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .findFirst()
            .orElseThrow();
    Path misspelt = write("misspelt.json", line.replace("\"UKRAINE\"", "\"UKRANE\"") + "\n");
    CliRun spelling =
        CliRun.of(
            "import-votes",
            misspelt.toString(),
            "--rejects",
            dir.resolve("misspelt-rejects.csv").toString(),
            "--db",
            db);
    assertThat(spelling.exitCode()).isEqualTo(1);
    assertThat(spelling.err())
        .contains("misspelt.json:1: column MS_in_favour: 'UKRANE': unknown member-state spelling")
        .contains("nothing was imported");
  }
}
