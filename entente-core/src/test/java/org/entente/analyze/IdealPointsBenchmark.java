package org.entente.analyze;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.code.RollCallMatches;
import org.entente.ingest.Progress;
import org.entente.store.BundledUnVotes;
import org.entente.store.PeriodUnit;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.entente.store.VoteRows;

/**
 * Times ideal-point estimation for sessions 1–75 on a loaded store (run by {@code
 * bench/idealpoints.sh}, never as a test) and prints its correlation with Bailey, Strezhnev &
 * Voeten's published estimates, overall and by decade. {@code -Dwalk=0.1} overrides the random-walk
 * variance, {@code -Ddb=PATH} reuses a store that already holds the bundled votes.
 */
public final class IdealPointsBenchmark {

  private IdealPointsBenchmark() {}

  public static void main(String[] args) throws Exception {
    String given = System.getProperty("db");
    Path db =
        given != null
            ? Path.of(given)
            : Files.createTempDirectory("entente-idealpoints").resolve("bench.duckdb");
    try (Store store = Store.open(db, "1GB")) {
      long t0 = System.nanoTime();
      BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), Progress.NONE);
      System.out.printf(Locale.ROOT, "votes loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      DynamicOrdinalIrt.Settings d = IdealPoints.DEFAULTS;
      DynamicOrdinalIrt.Settings settings =
          new DynamicOrdinalIrt.Settings(
              Double.parseDouble(System.getProperty("walk", String.valueOf(d.walkVariance()))),
              d.startVariance(),
              Double.parseDouble(System.getProperty("items", String.valueOf(d.itemVariance()))),
              Integer.getInteger("iterations", d.maxIterations()),
              Double.parseDouble(System.getProperty("tolerance", String.valueOf(d.tolerance()))));
      PublishedIdealPoints published = PublishedIdealPoints.load();
      for (int round = 0; round < Integer.getInteger("rounds", 1); round++) {
        long start = System.nanoTime();
        VoteRows rows =
            new VoteQueries(store)
                .read(new VoteQuery(PeriodUnit.SESSION, false, false, null, null, 2020, Set.of()));
        double readSeconds = (System.nanoTime() - start) / 1e9;
        IdealPoints.Estimate estimate =
            IdealPoints.estimate(rows, RollCallMatches.bundled(), settings, Progress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "sessions 1-75: %,d votes, %,d roll calls, %,d items, %,d country-years;"
                + " %d iterations (converged: %s); read %.1f s, total %.1f s; walk variance %s%n",
            rows.size(),
            estimate.rollCalls(),
            estimate.items(),
            estimate.points().size(),
            estimate.iterations(),
            estimate.converged(),
            readSeconds,
            seconds,
            settings.walkVariance());
        System.out.print(published.compare(estimate.points()).describe());
        String dump = System.getProperty("dump");
        if (dump != null) {
          StringBuilder sb = new StringBuilder("country,year,ours,se,published\n");
          for (IdealPoint p : estimate.points()) {
            sb.append(p.country())
                .append(',')
                .append(p.year())
                .append(',')
                .append(p.idealPoint())
                .append(',')
                .append(p.se())
                .append(',')
                .append(published.byKey.getOrDefault(p.country() + ":" + p.year(), Double.NaN))
                .append('\n');
          }
          Files.writeString(Path.of(dump), sb);
        }
        if (Boolean.getBoolean("sessions")) {
          System.out.println("by session: " + published.bySession(estimate.points()));
        }
      }
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT, "JVM heap in use: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }
  }
}
