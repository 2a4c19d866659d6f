package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages the real ATOP extract and the bundled treaty records at random, seeded so that a failure
 * can be replayed, and imports each copy into a fresh store. Whatever the damage, the import either
 * refuses with a message and leaves the store empty, or loads with every row accounted for (added
 * or rejected into the rejects file): never half a file.
 */
class AllianceImportFaultInjectionTest {

  private static final long SEED = 20261127L;
  private static final int TRIALS = 20;

  @TempDir Path dir;
  private int trial;

  private static final byte[] ATOP = Fixtures.file("atop/atop_ddyr_extract.csv").bytes();
  private static final byte[] TREATIES =
      SourceFile.of(Fixtures.bundled("treaties/treaties.csv")).bytes();

  /** What one import of a damaged file did. */
  private record Outcome(Exception error, AllianceImportReport report, List<Long> snapshot) {}

  private Outcome importInto(SourceFile file, boolean atop, int maxRejects) throws Exception {
    trial++;
    try (Store store = Store.open(dir.resolve("trial-" + trial + ".duckdb"), "256MB")) {
      List<Long> empty = AllianceSnapshot.of(store);
      AllianceImportReport report = null;
      Exception error = null;
      RejectsFile rejects = RejectsFile.at(dir.resolve("rejects-" + trial + ".csv"));
      try {
        report =
            atop
                ? new AtopImport(store, CowCodes.bundled())
                    .run(file, "test", maxRejects, rejects, Progress.NONE)
                : new TreatyImport(store, CountryCodes.bundled())
                    .run(file, "test", maxRejects, rejects, Progress.NONE);
      } catch (StoreException | ImportRejectedException | IllegalArgumentException e) {
        error = e;
      }
      assertThat(AllianceSnapshot.consistent(store)).as("store consistent").isTrue();
      List<Long> after = AllianceSnapshot.of(store);
      if (error != null) {
        assertThat(error.getMessage()).isNotBlank();
        assertThat(after).as("nothing of a refused file").isEqualTo(empty);
      }
      return new Outcome(error, report, after);
    }
  }

  private void checkLoaded(Outcome outcome, String context, int index) throws Exception {
    AllianceImportReport report = outcome.report();
    assertThat(outcome.snapshot().get(index)).as(context).isEqualTo(report.rowsAdded());
    if (!report.rejects().isEmpty()) {
      assertThat(Files.readAllLines(report.rejectsFile()))
          .as(context)
          .hasSizeGreaterThanOrEqualTo(report.rejects().size() + 1);
    }
  }

  @Test
  void cutFilesAreRefusedOrLoadWhatTheyHold() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < TRIALS; i++) {
      boolean atop = i % 2 == 0;
      byte[] whole = atop ? ATOP : TREATIES;
      int cut = 1 + random.nextInt(whole.length - 1);
      String context = (atop ? "ATOP" : "treaties") + " cut at byte " + cut;
      Outcome outcome =
          importInto(new SourceFile("cut.csv", Arrays.copyOf(whole, cut)), atop, 1_000);
      if (outcome.error() == null) {
        checkLoaded(outcome, context, atop ? 0 : 1);
        // A cut inside a line leaves a last line without its break: refused, never a reject.
        assertThat(whole[cut - 1] == '\n' || cut == whole.length || whole[cut] == '\n')
            .as(context + ": loaded a cut line")
            .isTrue();
      }
    }
  }

  @Test
  void flippedBytesNeverLeaveAHalfImport() throws Exception {
    Random random = new Random(SEED + 1);
    int refused = 0;
    int loaded = 0;
    for (int i = 0; i < TRIALS; i++) {
      boolean atop = i % 2 == 0;
      byte[] damaged = (atop ? ATOP : TREATIES).clone();
      StringBuilder context = new StringBuilder(atop ? "ATOP" : "treaties");
      int flips = 1 + random.nextInt(3);
      for (int f = 0; f < flips; f++) {
        int at = random.nextInt(damaged.length);
        byte to = (byte) random.nextInt(256);
        context.append(String.format(" byte %d %02x→%02x", at, damaged[at], to));
        damaged[at] = to;
      }
      // The extract has 3 rejects of its own: one more refuses it, as any for the treaties.
      Outcome outcome = importInto(new SourceFile("flipped.csv", damaged), atop, atop ? 3 : 0);
      if (outcome.error() != null) {
        refused++;
      } else {
        loaded++;
        checkLoaded(outcome, context.toString(), atop ? 0 : 1);
      }
    }
    if (refused == 0 || loaded == 0) {
      fail("the damage should both refuse and pass some files: refused " + refused);
    }
  }
}
