package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-votes} under the faults of issue 5: files broken midway, rejects files that cannot
 * be written or would collide, byte-order marks and bad numbers. Each case runs the jar as a user
 * would, and checks that the store is left exactly as it was whenever the import fails.
 */
class ImportFaultsIT {

  @TempDir static Path dir;
  private static Path db;
  private static Path home;

  /** Real votes of session 74 (rcid 9057–9059), already in the bundled data. */
  private static byte[] votes;

  @BeforeAll
  static void loadOnce() throws Exception {
    db = dir.resolve("import.duckdb");
    home = dir.resolve("home");
    JarRun first = JarRun.of(dir, env(), "status", "--db", db.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    votes = Files.readAllBytes(CoreFixtures.path("unvotes/votes_s74.csv"));
  }

  private static Map<String, String> env() {
    return Map.of("ENTENTE_HOME", home.toString());
  }

  private static JarRun entente(String... args) throws Exception {
    String[] withDb =
        Stream.concat(Arrays.stream(args), Stream.of("--db", db.toString())).toArray(String[]::new);
    return JarRun.of(dir, env(), withDb);
  }

  /** New votes for a roll call of session 74, so that an import has something to add. */
  private static Path newVotes(String name, String... rows) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "rcid,country,country_code,vote\n" + String.join("\n", rows) + "\n");
    return file;
  }

  @Test
  void halfAGzipFileIsRefusedWhateverMaxRejectsAllows() throws Exception {
    String before = StoreAccessIT.sha256(db);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(votes);
    }
    Path half = dir.resolve("half.csv.gz");
    Files.write(half, Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
    JarRun run = entente("import-votes", "--votes", half.toString(), "--max-rejects", "1");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(half + ": cannot be read to its end")
        .contains("last good line")
        .contains("refused whatever --max-rejects allows; nothing was imported")
        .doesNotContain("row(s) rejected");
    assertThat(StoreAccessIT.sha256(db)).isEqualTo(before);
  }

  @Test
  void anUnterminatedQuoteIsRefusedNotCountedAsOneRow() throws Exception {
    String before = StoreAccessIT.sha256(db);
    List<String> lines =
        new ArrayList<>(new String(votes, StandardCharsets.UTF_8).lines().toList());
    lines.add(10, "900003,\"Open quote,\"XX\",\"yes\"");
    Path file = dir.resolve("quote.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    JarRun run = entente("import-votes", "--votes", file.toString(), "--max-rejects", "1");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("quote.csv: cannot be read to its end: broken quoting after line 10")
        .contains("last good line 10");
    assertThat(StoreAccessIT.sha256(db)).isEqualTo(before);
  }

  @Test
  void rejectsFilesNeverOverwriteEachOther() throws Exception {
    Path bad = newVotes("bad.csv", "9058,China,CN,perhaps");
    for (int i = 0; i < 4; i++) {
      JarRun run = entente("import-votes", "--votes", bad.toString());
      assertThat(run.exitCode()).isEqualTo(1);
    }
    // Two at once: one waits for the other's write lock.
    Path out1 = dir.resolve("c1.out");
    Path err1 = dir.resolve("c1.err");
    Path out2 = dir.resolve("c2.out");
    Path err2 = dir.resolve("c2.err");
    String[] args = {
      "import-votes", "--votes", bad.toString(), "--wait", "120", "--db", db.toString()
    };
    Process p1 = JarRun.start(env(), out1, err1, args);
    Process p2 = JarRun.start(env(), out2, err2, args);
    JarRun r1 = JarRun.finish(p1, out1, err1);
    JarRun r2 = JarRun.finish(p2, out2, err2);
    assertThat(r1.exitCode()).as(r1.err()).isEqualTo(1);
    assertThat(r2.exitCode()).as(r2.err()).isEqualTo(1);
    assertThat(rejectsPath(r1.err())).isNotEqualTo(rejectsPath(r2.err()));
    try (Stream<Path> files = Files.list(home.resolve("rejects"))) {
      List<Path> written = files.toList();
      assertThat(written).hasSize(6);
      for (Path p : written) {
        assertThat(Files.readAllLines(p)).hasSize(2).last().asString().contains("perhaps");
      }
    }
  }

  private static String rejectsPath(String err) {
    return err.lines()
        .filter(l -> l.startsWith("All rejected rows: "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rejects path in: " + err));
  }

  @Test
  void aNamedRejectsFileIsNeverReplaced() throws Exception {
    Path existing = dir.resolve("mine.csv");
    Files.writeString(existing, "my own notes\n");
    Path bad = newVotes("bad2.csv", "9058,China,CN,perhaps");
    JarRun run =
        entente("import-votes", "--votes", bad.toString(), "--rejects", existing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("cannot write the rejects file " + existing, "never overwritten")
        .contains("nothing was imported");
    assertThat(Files.readString(existing)).isEqualTo("my own notes\n");
  }

  @Test
  void aRejectsFileThatCannotBeWrittenStopsTheImportFirst() throws Exception {
    String before = StoreAccessIT.sha256(db);
    Path bad = newVotes("bad3.csv", "9058,China,CN,perhaps", "9058,Russia,RU,yes");
    JarRun intoDirectory =
        entente(
            "import-votes",
            "--votes",
            bad.toString(),
            "--rejects",
            dir.toString(),
            "--max-rejects",
            "5");
    assertThat(intoDirectory.exitCode()).isEqualTo(1);
    assertThat(intoDirectory.err())
        .contains("cannot write the rejects file " + dir + ": it is a directory")
        .contains("nothing was imported");
    assertThat(intoDirectory.out()).doesNotContain("Imported");
    JarRun nowhere =
        entente(
            "import-votes",
            "--votes",
            bad.toString(),
            "--rejects",
            "/proc/nope/r.csv",
            "--max-rejects",
            "5");
    assertThat(nowhere.exitCode()).isEqualTo(1);
    assertThat(nowhere.err())
        .contains("cannot write the rejects file /proc/nope/r.csv: cannot create its directory")
        .contains("nothing was imported");
    assertThat(StoreAccessIT.sha256(db)).isEqualTo(before);
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    Path file = dir.resolve("excel.csv");
    byte[] header = "\uFEFFrcid,country,country_code,vote\n".getBytes(StandardCharsets.UTF_8);
    byte[] body = "9058,China,CN,yes\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(header, header.length + body.length);
    System.arraycopy(body, 0, all, header.length, body.length);
    Files.write(file, all);
    JarRun run = entente("import-votes", "--votes", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Imported 0 roll calls, 0 issue tags, 0 votes; 1 rows");
  }

  @Test
  void numericOptionsAreValidated() throws Exception {
    Path file = newVotes("ok.csv", "9058,China,CN,yes");
    JarRun negative = entente("import-votes", "--votes", file.toString(), "--max-rejects", "-1");
    assertThat(negative.exitCode()).isEqualTo(2);
    assertThat(negative.err())
        .contains("--max-rejects must be 0 or more, not -1")
        .doesNotContain("Exception");
    JarRun wait = entente("status", "--wait", "-5");
    assertThat(wait.exitCode()).isEqualTo(2);
    assertThat(wait.err()).contains("--wait must be 0 or more seconds, not -5");
    JarRun notANumber = entente("import-votes", "--votes", file.toString(), "--max-rejects", "x");
    assertThat(notANumber.exitCode()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--max-rejects", "'x'");
  }
}
