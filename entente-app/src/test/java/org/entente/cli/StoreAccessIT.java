package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.entente.store.Store;
import org.entente.store.Store.Access;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How commands share one store file: readers at once, a writer alone, waiting, and files that are
 * not Entente stores. Runs the jar in child processes, because DuckDB's locks are per process.
 */
class StoreAccessIT {

  @TempDir static Path dir;
  private static Path db;

  @BeforeAll
  static void loadOnce() throws Exception {
    db = dir.resolve("shared.duckdb");
    JarRun first = JarRun.of(dir, Map.of(), "status", "--db", db.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
  }

  @Test
  void twoQueriesAndAStatusAtOnceAllSucceedAndChangeNothing() throws Exception {
    String before = sha256(db);
    List<String[]> commands =
        List.of(
            new String[] {"alignment", "CHN", "RUS", "--db", db.toString()},
            new String[] {"alignment", "PRK", "RUS", "--format", "csv", "--db", db.toString()},
            new String[] {"status", "--db", db.toString()});
    List<Process> running = new ArrayList<>();
    List<Path[]> outputs = new ArrayList<>();
    for (String[] args : commands) {
      Path out = Files.createTempFile(dir, "out", ".txt");
      Path err = Files.createTempFile(dir, "err", ".txt");
      outputs.add(new Path[] {out, err});
      running.add(JarRun.start(Map.of(), out, err, args));
    }
    for (int i = 0; i < running.size(); i++) {
      JarRun run = JarRun.finish(running.get(i), outputs.get(i)[0], outputs.get(i)[1]);
      assertThat(run.exitCode()).as(String.join(" ", commands.get(i)) + "\n" + run.err()).isZero();
      assertThat(run.out()).isNotEmpty();
    }
    assertThat(sha256(db)).as("a query never changes the store file").isEqualTo(before);
  }

  @Test
  void aReaderThatMeetsAWriterSaysSoAndCanWait() throws Exception {
    Path out = dir.resolve("wait-out.txt");
    Path err = dir.resolve("wait-err.txt");
    Process waiting;
    try (Store writer = Store.open(db, "256MB", Access.READ_WRITE, Duration.ZERO, message -> {})) {
      JarRun refused = JarRun.of(dir, Map.of(), "alignment", "CHN", "RUS", "--db", db.toString());
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err())
          .contains("is being written by another process (PID " + ProcessHandle.current().pid())
          .contains("--wait SECONDS");
      waiting =
          JarRun.start(
              Map.of(),
              out,
              err,
              "alignment",
              "CHN",
              "RUS",
              "--wait",
              "120",
              "--db",
              db.toString());
      // Release the store only once the reader has said that it waits.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Files.readString(err).contains("Waiting up to 120 s")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(Files.readString(err)).contains("Waiting up to 120 s");
    }
    JarRun waited = JarRun.finish(waiting, out, err);
    assertThat(waited.exitCode()).as(waited.err()).isZero();
    assertThat(waited.out()).contains("China (CHN) – Russia (RUS)");
  }

  @Test
  void anImportThatMeetsReadersSaysSo() throws Exception {
    Path votes = dir.resolve("v.csv");
    Files.writeString(votes, "rcid,country,country_code,vote\n9058,China,CN,yes\n");
    try (Store reader = Store.open(db, "256MB", Access.READ_ONLY, Duration.ZERO, message -> {})) {
      JarRun refused =
          JarRun.of(
              dir, Map.of(), "import-votes", "--votes", votes.toString(), "--db", db.toString());
      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err())
          .contains("is being read by another process", "writing needs it alone", "--wait");
    }
  }

  @Test
  void aReadOnlyStoreCanBeQueried() throws Exception {
    Path copy = dir.resolve("readonly.duckdb");
    Files.copy(db, copy);
    assertThat(copy.toFile().setWritable(false, false)).isTrue();
    try {
      // Root may write anyway; the query must not try, and must work either way.
      String before = sha256(copy);
      JarRun run = JarRun.of(dir, Map.of(), "alignment", "CHN", "RUS", "--db", copy.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(sha256(copy)).isEqualTo(before);
      assertThat(dir.resolve("readonly.duckdb.wal")).doesNotExist();
    } finally {
      copy.toFile().setWritable(true);
    }
  }

  @Test
  void anotherApplicationsDuckDbFileIsRefusedAndLeftAsItWas() throws Exception {
    Path plain = duckDb("customers.duckdb", "CREATE TABLE customers (id INTEGER, name VARCHAR)");
    Path clash =
        duckDb(
            "clash.duckdb",
            "CREATE TABLE votes (id INTEGER); CREATE TABLE meta (k INTEGER, v INTEGER)");
    for (Path foreign : List.of(plain, clash)) {
      String before = sha256(foreign);
      for (String[] args :
          List.of(
              new String[] {"status", "--db", foreign.toString()},
              new String[] {"alignment", "CHN", "RUS", "--db", foreign.toString()})) {
        JarRun run = JarRun.of(dir, Map.of(), args);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
            .contains(foreign + " is not an Entente store")
            .contains("DuckDB database of another application")
            .doesNotContain("Binder Error");
      }
      assertThat(sha256(foreign)).isEqualTo(before);
    }
  }

  @Test
  void aFileThatIsNotDuckDbIsDescribed() throws Exception {
    Path sqlite = dir.resolve("app.sqlite");
    Files.write(sqlite, ("SQLite format 3\0" + "x".repeat(100)).getBytes());
    Path csv = dir.resolve("votes.csv");
    Files.writeString(csv, "rcid,country,country_code,vote\n1,China,CN,yes\n");
    JarRun a = JarRun.of(dir, Map.of(), "status", "--db", sqlite.toString());
    assertThat(a.exitCode()).isEqualTo(1);
    assertThat(a.err()).contains("is not an Entente store: it seems to be an SQLite database");
    JarRun b = JarRun.of(dir, Map.of(), "status", "--db", csv.toString());
    assertThat(b.exitCode()).isEqualTo(1);
    assertThat(b.err()).contains("it seems to be a text file (it starts with 'rcid,country");
    assertThat(Files.readString(csv)).startsWith("rcid,country,country_code,vote\n1,China");
  }

  @Test
  void aDirectoryOrAnEmptyPathIsNamed() throws Exception {
    JarRun empty = JarRun.of(dir, Map.of(), "status", "--db", "");
    assertThat(empty.exitCode()).isEqualTo(1);
    assertThat(empty.err()).contains("--db needs a file path").doesNotContain("Is a directory");
    JarRun directory = JarRun.of(dir, Map.of(), "status", "--db", dir.toString());
    assertThat(directory.exitCode()).isEqualTo(1);
    assertThat(directory.err()).contains(dir + " is a directory, not a store");
  }

  @Test
  void anEmptyFileBecomesANewStore() throws Exception {
    Path zero = Files.createTempFile(dir, "mktemp", ".duckdb");
    JarRun run = JarRun.of(dir, Map.of(), "status", "--db", zero.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("982,334 votes");
  }

  private static Path duckDb(String name, String sql) throws Exception {
    Path file = dir.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
    return file;
  }

  static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
