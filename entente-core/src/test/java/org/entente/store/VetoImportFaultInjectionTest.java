package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.PermanentMembers;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages the bundled veto list at random, seeded so that a failure can be replayed, and imports
 * each copy into a fresh store. Whatever the damage, the import either refuses with a clear error
 * and leaves the store as it was, or loads with every row accounted for; a cut file never passes as
 * "N rows rejected".
 */
class VetoImportFaultInjectionTest {

  private static final long SEED = 20261127L;
  private static final int TRIALS = 30;

  @TempDir static Path dir;
  private static byte[] gzip;
  private static byte[] csv;
  private static int trial;

  @BeforeAll
  static void readTheList() throws Exception {
    Path file = Fixtures.bundled("unsc-vetoes/unsc_vetoes_1946_sept2022.csv.gz");
    gzip = Files.readAllBytes(file);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      csv = in.readAllBytes();
    }
  }

  private record Outcome(
      Exception error, VetoImportReport report, List<Long> before, List<Long> after) {}

  private static Outcome importInto(SourceFile file, int maxRejects) throws Exception {
    Path db = dir.resolve("trial-" + (++trial) + ".duckdb");
    try (Store store = Store.open(db, "256MB")) {
      List<Long> before = VetoSnapshot.of(store);
      VetoImportReport report = null;
      Exception error = null;
      try {
        report =
            new VetoImport(store, PermanentMembers.bundled())
                .run(
                    List.of(file),
                    "test",
                    maxRejects,
                    RejectsFile.at(dir.resolve("rejects-" + trial + ".csv")),
                    Progress.NONE);
      } catch (StoreException | ImportRejectedException | IllegalArgumentException e) {
        error = e;
      }
      assertThat(VetoSnapshot.consistent(store)).as("store consistent after trial").isTrue();
      return new Outcome(error, report, before, VetoSnapshot.of(store));
    } finally {
      Files.deleteIfExists(db);
    }
  }

  /** Records that end before {@code cut}: line breaks outside quotes, less the header's. */
  private static long completeRecords(int cut) {
    long breaks = 0;
    boolean quoted = false;
    for (int i = 0; i < cut; i++) {
      if (csv[i] == '"') {
        quoted = !quoted;
      } else if (csv[i] == '\n' && !quoted) {
        breaks++;
      }
    }
    return breaks - 1;
  }

  @Test
  void aCutAtARecordEndLoadsThoseRecordsAndACutInsideOneIsRefused() throws Exception {
    Random random = new Random(SEED);
    int refused = 0;
    for (int i = 0; i < TRIALS; i++) {
      int cut = 400 + random.nextInt(csv.length - 400);
      Outcome outcome = importInto(new SourceFile("cut.csv", Arrays.copyOf(csv, cut)), 1_000);
      String context = "cut at byte " + cut + " of " + csv.length;
      if (outcome.error() != null) {
        refused++;
        assertThat(outcome.error()).as(context).isInstanceOf(StoreException.class);
        assertThat(outcome.error().getMessage()).as(context).contains("cannot be read to its end");
        assertThat(outcome.after()).as(context).isEqualTo(outcome.before());
      } else {
        // Loads only what ended before the cut, or a last line that lost nothing read: its line
        // break, or a digit of the trailing 0/1 columns, which are not read.
        assertThat(outcome.report().rejects()).as(context).isEmpty();
        assertThat(outcome.report().vetoesAdded())
            .as(context)
            .isBetween(completeRecords(cut), completeRecords(cut) + 1);
      }
    }
    assertThat(refused).as("cuts inside records are refused").isGreaterThan(TRIALS / 2);
    // Cuts at record ends load exactly the records before them.
    int end = 0;
    for (int k = 0; k < 3; k++) {
      end = indexOf(csv, (byte) '\n', csv.length / 4 * (k + 1)) + 1;
      Outcome outcome = importInto(new SourceFile("cut.csv", Arrays.copyOf(csv, end)), 0);
      assertThat(outcome.error()).as("cut after byte " + end).isNull();
      assertThat(outcome.report().vetoesAdded()).isEqualTo(completeRecords(end));
    }
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    throw new IllegalArgumentException("no " + wanted + " after " + from);
  }

  @Test
  void theGzipFileCutAnywhereIsAlwaysRefused() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < TRIALS / 2; i++) {
      int cut = 1 + random.nextInt(gzip.length - 1);
      Outcome outcome = importInto(new SourceFile("cut.csv.gz", Arrays.copyOf(gzip, cut)), 1_000);
      String context = "gzip cut at byte " + cut + " of " + gzip.length;
      assertThat(outcome.error()).as(context).isNotNull();
      assertThat(outcome.error().getMessage()).as(context).contains("cut.csv.gz");
      assertThat(outcome.after()).as(context).isEqualTo(outcome.before());
    }
  }

  @Test
  void flippedBytesNeverLeaveAHalfImportOrAnUnexplainedError() throws Exception {
    Random random = new Random(SEED + 2);
    int refused = 0;
    int loaded = 0;
    for (int i = 0; i < TRIALS; i++) {
      byte[] damaged = csv.clone();
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
        assertThat(outcome.after()).as(context.toString()).isEqualTo(outcome.before());
      } else {
        loaded++;
        VetoImportReport report = outcome.report();
        assertThat(outcome.after().get(0)).as(context.toString()).isEqualTo(report.vetoesAdded());
        assertThat(report.vetoesAdded() + report.rejects().size())
            .as(context.toString())
            .isLessThanOrEqualTo(214 + 3);
        if (!report.rejects().isEmpty()) {
          assertThat(Files.readAllLines(report.rejectsFile()))
              .as(context.toString())
              .hasSizeGreaterThan(report.rejects().size());
        }
      }
    }
    if (refused == 0 || loaded == 0) {
      fail("the damage should both refuse and pass some files: refused " + refused);
    }
  }
}
