package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.RelationModel;
import org.entente.analyze.Watching;
import org.entente.analyze.measure.MeasurementModel;
import org.entente.store.BundledData;
import org.entente.store.BundledSource;
import org.entente.store.RelationFits;
import org.entente.store.Store;
import org.entente.store.Store.Access;
import org.entente.store.StoreBusyException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} and {@code --wait} options every command takes, and how the store is found and
 * opened. Default store: {@code $ENTENTE_HOME/entente.duckdb}, or {@code
 * ~/.entente/entente.duckdb}; its memory limit is {@code $ENTENTE_DB_MEMORY} or 2GB.
 *
 * <p>Commands that only read open the store read-only, so several can share it (and a read-only
 * file can be queried); only the first use, which loads the bundled votes, and imports write.
 */
final class StoreOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Store file (default: $ENTENTE_HOME/entente.duckdb or ~/.entente/entente.duckdb).")
  Path db;

  private int waitSeconds;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      description =
          "While another process holds the store (an import, a first-use load, or readers when"
              + " this command writes), keep trying this long. Default: 0, fail at once.")
  void setWait(int seconds) {
    if (seconds < 0) {
      throw new ParameterException(
          command.commandLine(), "--wait must be 0 or more seconds, not " + seconds);
    }
    waitSeconds = seconds;
  }

  static Path dataDirectory() {
    String home = System.getenv("ENTENTE_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    // $HOME as the shell sees it; Java's user.home comes from the password database instead.
    String userHome = System.getenv("HOME");
    return Path.of(
        userHome != null && !userHome.isBlank() ? userHome : System.getProperty("user.home"),
        ".entente");
  }

  Path dbFile() {
    if (db != null && db.toString().isBlank()) {
      throw new UserException("--db needs a file path, e.g. --db ./entente.duckdb");
    }
    return db != null ? db : dataDirectory().resolve("entente.duckdb");
  }

  /**
   * Opens the store for reading, after loading the bundled data into it on first use (which needs a
   * moment of write access).
   */
  Store open(PrintStream err) {
    Path file = dbFile();
    if (Store.isNew(file)) {
      loadBundled(file, err);
    }
    Store store = open(file, Access.READ_ONLY, err);
    if (BundledData.isLoaded(store) && fitIsCurrent(store)) {
      return store;
    }
    if (BundledData.isLoaded(store) && !java.nio.file.Files.isWritable(file)) {
      // a store this user may only read: answer from the fit it holds rather than refuse
      err.println(
          "entente: the relation model's stored fit is older than "
              + file
              + " (or missing), which this user cannot write; relations use the stored fit"
              + " — run `entente fit` with write access to refresh it");
      return store;
    }
    store.close();
    loadBundled(file, err);
    return open(file, Access.READ_ONLY, err);
  }

  /** Whether the stored relation model fits the store as it is (or was tried on it already). */
  private static boolean fitIsCurrent(Store store) {
    RelationFits fits = new RelationFits(store);
    return fits.isCurrent() || fits.attemptedNow();
  }

  /**
   * Fits the relation model and stores it, with progress on {@code err}; a fit that does not
   * converge is reported and the previous fit kept. After a new fit the watched pairs are checked
   * for new turning points ({@link #watch}).
   *
   * @return whether a new fit was stored
   */
  static boolean refit(Store store, PrintStream err) {
    err.println("Fitting the relation model to every pair and year (after each import):");
    long started = System.nanoTime();
    try {
      RelationModel.Outcome outcome = RelationModel.refit(store, what -> err.println("  " + what));
      err.printf(
          Locale.ROOT,
          "Fitted the relation model in %.1f s (%s).%n",
          (System.nanoTime() - started) / 1e9,
          outcome.run().summary());
      watch(store, err);
      return true;
    } catch (MeasurementModel.NotConverged e) {
      err.println(
          "entente: the relation model did not converge ("
              + e.getMessage()
              + "); "
              + (new RelationFits(store).run().isPresent()
                  ? "the previous fit is kept"
                  : "relations have no index until a fit converges (entente fit)"));
      return false;
    }
  }

  /** Opens the store for writing (an import), loading the bundled data first if needed. */
  Store openForWriting(PrintStream err) {
    Store store = open(dbFile(), Access.READ_WRITE, err);
    try {
      ensureBundled(store, err);
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private void loadBundled(Path file, PrintStream err) {
    try (Store store = open(file, Access.READ_WRITE, err)) {
      ensureBundled(store, err);
      if (!fitIsCurrent(store)) {
        refit(store, err);
      }
    }
  }

  /**
   * After a new fit, so after every import: the watched pairs' new turning points become alerts.
   */
  static void watch(Store store, PrintStream err) {
    Watching.Checked checked = Watching.check(store, java.time.Instant.now());
    if (checked.pairs() == 0) {
      return;
    }
    err.printf(
        Locale.ROOT,
        "Watched pairs: %d, new alerts: %d%s%n",
        checked.pairs(),
        checked.raised().size(),
        checked.raised().isEmpty() ? "" : " (entente alerts)");
    checked.raised().stream()
        .limit(10)
        .forEach(a -> err.println("  " + org.entente.report.AtomFeed.title(a.change())));
    org.entente.notify.AlertDelivery.deliverPending(
            store, org.entente.notify.AlertDelivery::defaultSender)
        .ifPresent(
            o ->
                err.println(
                    o.delivery().delivered()
                        ? "Sent " + o.alerts() + " alert(s) to " + o.url()
                        : "entente: the webhook "
                            + o.url()
                            + " did not take "
                            + o.alerts()
                            + " alert(s): "
                            + o.delivery().error()
                            + "; they are sent again after the next import"));
  }

  private static void ensureBundled(Store store, PrintStream err) {
    if (BundledData.isLoaded(store)) {
      return; // another process loaded it while this one waited for the store
    }
    err.println("Loading the bundled data into " + store.file() + " (first use only):");
    long started = System.nanoTime();
    List<BundledSource> loaded =
        BundledData.ensureLoaded(
            store, new ConsoleProgress(err).indented("    "), what -> err.println("  " + what));
    err.printf(
        Locale.ROOT,
        "Loaded the bundled data (%d set(s)) in %.1f s.%n",
        loaded.size(),
        (System.nanoTime() - started) / 1e9);
  }

  private Store open(Path file, Access access, PrintStream err) {
    String memory = System.getenv("ENTENTE_DB_MEMORY");
    try {
      return Store.open(
          file,
          memory == null || memory.isBlank() ? Store.DEFAULT_MEMORY_LIMIT : memory,
          access,
          Duration.ofSeconds(waitSeconds),
          why -> err.printf(Locale.ROOT, "Waiting up to %d s: %s…%n", waitSeconds, why));
    } catch (StoreBusyException e) {
      if (e.heldByServer()) {
        throw new UserException(e.getMessage());
      }
      throw new UserException(
          e.getMessage()
              + (waitSeconds > 0 ? ", still after " + waitSeconds + " s" : "")
              + "; run again when it has finished, or add --wait SECONDS to wait for it");
    }
  }
}
