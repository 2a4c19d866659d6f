package org.entente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.entente.code.CountryCodes;
import org.entente.store.BundledUnVotes;
import org.entente.store.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option every command takes, and how the store is found and opened. Default:
 * {@code $ENTENTE_HOME/entente.duckdb}, or {@code ~/.entente/entente.duckdb}. The store's memory
 * limit is {@code $ENTENTE_DB_MEMORY} or 2GB.
 */
final class StoreOptions {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Store file (default: $ENTENTE_HOME/entente.duckdb or ~/.entente/entente.duckdb).")
  Path db;

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
    return db != null ? db : dataDirectory().resolve("entente.duckdb");
  }

  /** Opens the store without loading anything into it. */
  Store openBare() {
    String memory = System.getenv("ENTENTE_DB_MEMORY");
    return Store.open(
        dbFile(), memory == null || memory.isBlank() ? Store.DEFAULT_MEMORY_LIMIT : memory);
  }

  /** Opens the store, loading the bundled UN votes first if it does not hold them yet. */
  Store open(PrintStream err) {
    Store store = openBare();
    try {
      if (!BundledUnVotes.isLoaded(store)) {
        err.println(
            "First use of "
                + store.file()
                + ": loading the bundled UN General Assembly votes (sessions 1–75)…");
        BundledUnVotes.ensureLoaded(store, CountryCodes.bundled(), new ConsoleProgress(err));
        err.println("Loaded the bundled UN General Assembly votes (sessions 1–75).");
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
