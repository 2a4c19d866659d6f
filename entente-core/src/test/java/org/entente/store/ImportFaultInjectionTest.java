package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages a real vote file at random, seeded so that a failure can be replayed, and imports each
 * copy into a fresh copy of one store. Whatever the damage, the import either refuses with a clear
 * error and leaves the store exactly as it was, or succeeds with every row accounted for; a file
 * that was cut short never passes as "N rows rejected". (Killing the process mid-import is in
 * {@code CrashDuringLoadIT}: it needs a process of its own.)
 */
class ImportFaultInjectionTest {

  private static final long SEED = 20261127L;
  private static final int TRIALS = 40;

  @TempDir static Path dir;
  private static Path template;
  private static List<Long> templateSnapshot;
  private static byte[] votes;
  private static int trial;

  @BeforeAll
  static void storeWithRollCalls() throws Exception {
    template = dir.resolve("template.duckdb");
    try (Store store = Store.open(template, "256MB")) {
      new UnVotesImport(store, CountryCodes.bundled())
          .run(
              new UnVotesFiles(Fixtures.file("unvotes/roll_calls_s74.csv"), null, null),
              "test",
              0,
              null,
              Progress.NONE);
      templateSnapshot = StoreSnapshot.of(store);
    }
    votes = Fixtures.file("unvotes/votes_s74.csv").bytes();
  }

  /** What one import of a damaged file did. */
  private record Outcome(Exception error, ImportReport report, List<Long> snapshot) {}

  private static Outcome importInto(SourceFile file, int maxRejects) throws Exception {
    Path db = dir.resolve("trial-" + (++trial) + ".duckdb");
    Files.copy(template, db);
    try (Store store = Store.open(db, "256MB")) {
      ImportReport report = null;
      Exception error = null;
      try {
        report =
            new UnVotesImport(store, CountryCodes.bundled())
                .run(
                    new UnVotesFiles(null, null, file),
                    "test",
                    maxRejects,
                    RejectsFile.at(dir.resolve("rejects-" + trial + ".csv")),
                    Progress.NONE);
      } catch (StoreException | ImportRejectedException | IllegalArgumentException e) {
        error = e;
      }
      assertThat(StoreSnapshot.consistent(store)).as("store consistent after trial").isTrue();
      return new Outcome(error, report, StoreSnapshot.of(store));
    } finally {
      Files.deleteIfExists(db);
    }
  }

  @Test
  void aPlainFileCutAnywhereIsRefusedOrLoadsExactlyItsCompleteLines() throws Exception {
    Random random = new Random(SEED);
    List<Integer> cuts = new java.util.ArrayList<>();
    for (int i = 0; i < TRIALS; i++) {
      cuts.add(40 + random.nextInt(votes.length - 40));
    }
    // Cuts at a line end, or just before one, leave nothing to see: those files load.
    for (int i = 0; i < 4; i++) {
      int lineEnd = indexOf(votes, (byte) '\n', 40 + random.nextInt(votes.length - 80));
      cuts.add(lineEnd + 1);
      cuts.add(lineEnd);
    }
    int loaded = 0;
    for (int cut : cuts) {
      byte[] prefix = Arrays.copyOf(votes, cut);
      Outcome outcome = importInto(new SourceFile("cut.csv", prefix), 1_000);
      String context = "cut at byte " + cut + " of " + votes.length;
      if (outcome.error() != null) {
        assertThat(outcome.error()).as(context).isInstanceOf(StoreException.class);
        assertThat(outcome.error().getMessage()).as(context).contains("cannot be read to its end");
        assertThat(outcome.snapshot()).as(context).isEqualTo(templateSnapshot);
      } else {
        assertThat(outcome.report().rejects()).as(context).isEmpty();
        assertThat(outcome.report().votesAdded()).as(context).isEqualTo(completeLines(prefix));
        loaded++;
      }
    }
    assertThat(loaded).as("cuts at line ends load").isGreaterThanOrEqualTo(8);
    assertThat(loaded).as("cuts inside lines are refused").isLessThan(cuts.size() - TRIALS / 2);
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + wanted + " after " + from);
  }

  /** Data lines wholly inside {@code prefix}: ending in a line break, or cut just before one. */
  private static long completeLines(byte[] prefix) {
    String[] original = new String(votes, StandardCharsets.UTF_8).split("\n", -1);
    String[] kept = new String(prefix, StandardCharsets.UTF_8).split("\n", -1);
    long complete = kept.length - 1; // every piece but the last ended in a line break
    String last = kept[kept.length - 1];
    if (!last.isEmpty() && last.equals(original[kept.length - 1])) {
      complete++;
    }
    return complete - 1; // the header
  }

  @Test
  void aGzipFileCutAnywhereIsAlwaysRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(votes);
    }
    byte[] whole = out.toByteArray();
    Random random = new Random(SEED + 1);
    for (int i = 0; i < TRIALS / 2; i++) {
      int cut = 1 + random.nextInt(whole.length - 1);
      Outcome outcome = importInto(new SourceFile("cut.csv.gz", Arrays.copyOf(whole, cut)), 1_000);
      String context = "gzip cut at byte " + cut + " of " + whole.length;
      assertThat(outcome.error()).as(context).isNotNull();
      assertThat(outcome.error().getMessage()).as(context).contains("cut.csv.gz");
      assertThat(outcome.snapshot()).as(context).isEqualTo(templateSnapshot);
    }
  }

  @Test
  void flippedBytesNeverLeaveAHalfImportOrAnUnexplainedError() throws Exception {
    Random random = new Random(SEED + 2);
    int refused = 0;
    int loaded = 0;
    for (int i = 0; i < TRIALS; i++) {
      byte[] damaged = votes.clone();
      int flips = 1 + random.nextInt(3);
      StringBuilder context = new StringBuilder("flipped");
      for (int f = 0; f < flips; f++) {
        int at = random.nextInt(damaged.length);
        byte to = (byte) random.nextInt(256);
        context.append(String.format(" byte %d %02x→%02x", at, damaged[at], to));
        damaged[at] = to;
      }
      Outcome outcome = importInto(new SourceFile("flipped.csv", damaged), 5);
      if (outcome.error() != null) {
        refused++;
        assertThat(outcome.error().getMessage()).as(context.toString()).isNotBlank();
        assertThat(outcome.snapshot()).as(context.toString()).isEqualTo(templateSnapshot);
      } else {
        loaded++;
        ImportReport report = outcome.report();
        assertThat(outcome.snapshot().get(0)).as(context.toString()).isEqualTo(report.votesAdded());
        if (report.rejects().isEmpty()) {
          assertThat(report.rejectsFile()).isNull();
        } else {
          assertThat(Files.readAllLines(report.rejectsFile()))
              .as(context.toString())
              .hasSize(report.rejects().size() + 1);
        }
      }
    }
    if (refused == 0 || loaded == 0) {
      fail("the damage should both refuse and pass some files: refused " + refused);
    }
  }
}
