package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.entente.store.EventQueries;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import org.entente.store.VetoFilter;
import org.entente.store.VetoQueries;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the process (SIGKILL, no shutdown hooks) while the bundled votes are being written to a new
 * store, then checks the store holds nothing of that import and loads cleanly afterwards.
 */
class CrashDuringLoadIT {

  @TempDir Path dir;

  @Test
  void killedLoadLeavesNoPartialData() throws Exception {
    Path jar = Path.of("target", "entente.jar").toAbsolutePath();
    assertThat(jar).exists();
    String db = dir.resolve("crash.duckdb").toString();

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "status",
                "--db",
                db)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    // Wait until the rows are being written inside the transaction, then kill at once.
    assertThat(waitFor(child.getErrorStream(), "to the store")).isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.exists(Path.of(db))).isTrue();

    CliRun status = CliRun.of("status", "--db", db);
    assertThat(status.exitCode()).isZero();
    // The interrupted import left nothing behind: this run had to load everything itself.
    assertThat(status.err()).contains("Loading the bundled data into");
    assertThat(status.out()).contains("6,843 roll calls, 982,334 votes");
    // The eleven files of the UN votes; the other bundled data sets are listed beside them.
    assertThat(
            status
                .out()
                .lines()
                .filter(
                    l -> l.contains(" bundled ") && (l.contains(" un_") || l.contains(".json.gz"))))
        .hasSize(11);
  }

  /**
   * Kills the first-use load at random moments (seeded, so a failure can be replayed): before the
   * store exists, while reading, while writing, between the two imports of the bundled data. After
   * each kill the store holds every import it committed, whole, and nothing of the one it did not;
   * the next command completes the load.
   */
  @Test
  void killedAtRandomMomentsTheStoreIsAlwaysTheOldOrTheNewState() throws Exception {
    Random random = new Random(20261127L);
    for (int trial = 0; trial < 5; trial++) {
      long delay = 300 + random.nextInt(6_000);
      Path db = dir.resolve("kill-" + trial + ".duckdb");
      Process child =
          JarRun.start(
              Map.of(),
              dir.resolve("kill-" + trial + ".out"),
              dir.resolve("kill-" + trial + ".err"),
              "status",
              "--db",
              db.toString());
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String context = "killed after " + delay + " ms" + (finished ? " (it had finished)" : "");
      if (!Store.isNew(db)) {
        try (Store store =
            Store.open(db, "512MB", Store.Access.READ_ONLY, Duration.ZERO, message -> {})) {
          assertThat(wholeImports(store)).as(context).isTrue();
        }
      }
      CliRun status = CliRun.of("status", "--db", db.toString());
      assertThat(status.exitCode()).as(context + "\n" + status.err()).isZero();
      assertThat(status.out()).as(context).contains("6,843 roll calls, 982,334 votes");
    }
  }

  /**
   * Kills a GDELT 2.0 import — the bulk path: lines framed in Java, a temporary narrow file,
   * DuckDB's CSV reader, a direct sorted insert — at random moments (seeded). After each kill the
   * store holds the events and sources it had before, or all of the file's, never a part.
   */
  @Test
  void killedEventImportLeavesTheStoreAsItWas() throws Exception {
    Path base = dir.resolve("events-base.duckdb");
    CliRun status = CliRun.of("status", "--db", base.toString());
    assertThat(status.exitCode()).as(status.err()).isZero();
    int rows = 300_000;
    Path file = gdeltExport(dir.resolve("generated.export.CSV"), rows);
    Contents before = contents(base);
    // The child's temporary narrow files go to the test's folder, not the machine's /tmp.
    Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + dir);
    // The whole import first, for what a finished one leaves.
    Path db = dir.resolve("events-kill.duckdb");
    Files.copy(base, db);
    CliRun complete = CliRun.of("import-events", "--db", db.toString(), file.toString());
    assertThat(complete.exitCode()).as(complete.err()).isZero();
    Contents whole = contents(db);
    assertThat(whole.events()).isGreaterThan(before.events() + rows / 2);
    Random random = new Random(20261207L);
    for (int trial = 0; trial < 4; trial++) {
      // A fresh copy, without the write-ahead log the last kill may have left.
      Files.deleteIfExists(Path.of(db + ".wal"));
      Files.copy(base, db, StandardCopyOption.REPLACE_EXISTING);
      long delay = 800 + random.nextInt(5_000);
      Process child =
          JarRun.start(
              env,
              dir.resolve("events-" + trial + ".out"),
              dir.resolve("events-" + trial + ".err"),
              "import-events",
              "--db",
              db.toString(),
              file.toString());
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String context = "killed after " + delay + " ms" + (finished ? " (it had finished)" : "");
      // The old state or the whole new one (a kill between the commit and the exit), never a part.
      assertThat(contents(db)).as(context).isIn(before, whole);
    }
  }

  /** The events and the sources a store holds. */
  private record Contents(long events, List<String> sources) {}

  private static Contents contents(Path db) throws Exception {
    try (Store store =
        Store.open(db, "512MB", Store.Access.READ_ONLY, Duration.ZERO, message -> {})) {
      List<String> sources =
          StoreSummary.of(store).sources().stream().map(s -> s.name() + " " + s.sha256()).toList();
      return new Contents(new EventQueries(store).count(), sources);
    }
  }

  /**
   * A GDELT 2.0 export of {@code rows} lines: the real 15-minute sample's lines over and over, each
   * with a GLOBALEVENTID of its own.
   */
  private static Path gdeltExport(Path file, int rows) throws Exception {
    List<String> sample =
        Files.readAllLines(
            CoreFixtures.path("events/20150218230000.export.CSV"), StandardCharsets.UTF_8);
    try (java.io.BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < rows; i++) {
        String line = sample.get(i % sample.size());
        out.write(Integer.toString(900_000_000 + i));
        out.write(line, line.indexOf('\t'), line.length() - line.indexOf('\t'));
        out.write('\n');
      }
    }
    return file;
  }

  /**
   * Every file's recorded row count matches what the store holds: an import is either all there or
   * not at all. Vote-bearing files (Voeten's votes, the UN's extracts) record their votes, veto
   * files their vetoes.
   */
  private static boolean wholeImports(Store store) {
    StoreSummary summary = StoreSummary.of(store);
    long votes = 0;
    boolean extracts = false;
    // A veto file listed as a source means its table exists: only then are vetoes counted.
    Map<String, Long> vetoes =
        summary.sources().stream().noneMatch(s -> s.name().contains("vetoes"))
            ? Map.of()
            : new VetoQueries(store)
                .vetoes(VetoFilter.all()).stream()
                    .collect(Collectors.groupingBy(v -> v.source().file(), Collectors.counting()));
    for (StoreSummary.Source source : summary.sources()) {
      if (source.name().endsWith(".json.gz")) {
        extracts = true;
      }
      if (isVoteFile(source.name())) {
        votes += source.rows();
      }
      if (source.name().contains("vetoes")
          && vetoes.getOrDefault(source.name(), 0L) != source.rows()) {
        return false;
      }
    }
    boolean voeten = summary.sources().stream().anyMatch(s -> s.name().equals("un_votes.csv.gz"));
    long rollCalls = (voeten ? 6_203 : 0) + (extracts ? 640 : 0);
    return summary.votes() == votes && summary.rollCalls() == rollCalls;
  }

  /** A file whose rows are votes: Voeten's vote file or one of the UN's extracts. */
  private static boolean isVoteFile(String name) {
    return name.contains("un_votes.csv.gz") || name.contains(".json.gz");
  }

  private static boolean waitFor(InputStream in, String marker) throws Exception {
    StringBuilder seen = new StringBuilder();
    byte[] buffer = new byte[256];
    int n;
    while ((n = in.read(buffer)) > 0) {
      seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
      if (seen.indexOf(marker) >= 0) {
        return true;
      }
    }
    return false;
  }
}
