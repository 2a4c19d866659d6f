package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * Entente's embedded store: one DuckDB file, opened in process. Queries open it read-only, so any
 * number of readers share it; imports open it for writing, alone. The memory limit is always set
 * explicitly (DuckDB would otherwise take 80% of the machine).
 *
 * <pre>{@code
 * try (Store store = Store.open(path, "2GB", Access.READ_ONLY, Duration.ofSeconds(30), log::info)) {
 *   ...
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  /**
   * Default memory limit: ample for the UN vote data (about 0.9 million rows) on small machines.
   */
  public static final String DEFAULT_MEMORY_LIMIT = "2GB";

  /**
   * Raised whenever a table changes shape; older store files are then refused with a message. A new
   * table (such as {@code resolution_records}) needs no new version: {@code CREATE TABLE IF NOT
   * EXISTS} adds it to an older store on its next write.
   */
  static final String SCHEMA_VERSION = "1";

  /**
   * The tables of each kind of evidence beyond the UN votes, one constant per source kind (each
   * {@code CREATE TABLE IF NOT EXISTS}); every row carries the {@code source_id} of the file it
   * came from and where in it (line or element), so that it can show its origin.
   */
  private static final List<String> SOURCE_TABLES =
      List.of(
          AllianceTables.SQL,
          ConflictTables.SQL,
          ReferenceTables.SQL,
          VetoImport.TABLES,
          SanctionsImport.TABLES,
          SanctionsRegimeImport.TABLES,
          ScoreSeriesImport.TABLES,
          EventImport.TABLES,
          EventAggregateImport.TABLES,
          TextImport.TABLES,
          RelationFits.TABLES,
          Watches.TABLES);

  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
      CREATE SEQUENCE IF NOT EXISTS source_ids START 1;
      CREATE TABLE IF NOT EXISTS sources (
        source_id INTEGER PRIMARY KEY,
        name      VARCHAR NOT NULL,
        kind      VARCHAR NOT NULL,
        sha256    VARCHAR NOT NULL UNIQUE,
        rows      BIGINT NOT NULL,
        rejects   BIGINT NOT NULL,
        loaded_at TIMESTAMP NOT NULL
      );
      CREATE TABLE IF NOT EXISTS roll_calls (
        rcid        INTEGER PRIMARY KEY,
        session     INTEGER NOT NULL,
        date        DATE NOT NULL,
        important   BOOLEAN,
        resolution  VARCHAR NOT NULL,
        title       VARCHAR NOT NULL,
        description VARCHAR NOT NULL,
        source_id   INTEGER NOT NULL,
        line        BIGINT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS roll_call_issues (
        rcid  INTEGER NOT NULL,
        issue VARCHAR NOT NULL,
        PRIMARY KEY (rcid, issue)
      );
      CREATE TABLE IF NOT EXISTS votes (
        rcid      INTEGER NOT NULL,
        country   VARCHAR NOT NULL CHECK (regexp_full_match(country, '[A-Z]{3}')),
        vote      TINYINT NOT NULL CHECK (vote BETWEEN 1 AND 3),
        source_id INTEGER NOT NULL,
        line      BIGINT NOT NULL,
        PRIMARY KEY (rcid, country)
      );
      CREATE TABLE IF NOT EXISTS resolution_records (
        rcid             INTEGER PRIMARY KEY,
        symbol           VARCHAR NOT NULL,
        meeting_record   VARCHAR NOT NULL,
        draft            VARCHAR NOT NULL,
        committee        VARCHAR NOT NULL,
        agenda_item      VARCHAR NOT NULL,
        agenda_item_name VARCHAR NOT NULL,
        subjects         VARCHAR[] NOT NULL,
        source_id        INTEGER NOT NULL
      );
      CREATE VIEW IF NOT EXISTS roll_call_tallies AS
        SELECT rcid,
               count(*) FILTER (WHERE vote = 1) AS yes,
               count(*) FILTER (WHERE vote = 2) AS abstain,
               count(*) FILTER (WHERE vote = 3) AS no
        FROM votes GROUP BY rcid;
      """;

  /** How a store is opened. */
  public enum Access {
    /**
     * Queries only. Any number of processes may read one store at once, a read-only file can be
     * read, and reading never changes the file.
     */
    READ_ONLY,
    /** Imports. One process at a time, and no readers meanwhile (DuckDB's file lock). */
    READ_WRITE
  }

  /** Marks a DuckDB file as an Entente store, so that another application's file is refused. */
  static final String APPLICATION = "entente";

  private static final Duration RETRY_EVERY = Duration.ofMillis(250);

  private final Path file;
  private final Connection connection;
  private final Access access;
  private final boolean empty;

  private Store(Path file, Connection connection, Access access, boolean empty) {
    this.file = file;
    this.connection = connection;
    this.access = access;
    this.empty = empty;
  }

  /**
   * Opens (creating if needed) the store at {@code file} for writing, failing at once if another
   * process holds it.
   *
   * @param memoryLimit a DuckDB size such as {@code 2GB}
   * @throws StoreException if the file cannot be opened, e.g. because another process holds it
   */
  public static Store open(Path file, String memoryLimit) {
    return open(file, memoryLimit, Access.READ_WRITE, Duration.ZERO, message -> {});
  }

  /**
   * Opens the store at {@code file}. A file that is not an Entente store (another application's
   * DuckDB database, or not a DuckDB file at all) is refused, never written to; an empty file or a
   * DuckDB file without tables counts as a new store.
   *
   * @param access {@link Access#READ_ONLY} needs an existing file
   * @param wait how long to keep trying while another process holds the store
   * @param onWait hears, once, why this call is waiting
   * @throws StoreBusyException if the store is still held by another process after {@code wait}
   * @throws StoreException if the file cannot be opened; the message says why and what to do
   */
  public static Store open(
      Path file, String memoryLimit, Access access, Duration wait, Consumer<String> onWait) {
    if (!memoryLimit.matches("(?i)\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
      throw new StoreException(
          "memory limit '" + memoryLimit + "' is not a size; expected e.g. 512MB or 2GB");
    }
    Path absolute = file.toAbsolutePath();
    StoreFile.check(absolute, access);
    long deadline = System.nanoTime() + wait.toNanos();
    boolean told = false;
    while (true) {
      try {
        return connect(absolute, memoryLimit, access);
      } catch (StoreBusyException busy) {
        if (System.nanoTime() - deadline >= 0) {
          throw busy;
        }
        if (!told) {
          onWait.accept(busy.getMessage());
          told = true;
        }
        sleep(RETRY_EVERY);
      }
    }
  }

  private static Store connect(Path file, String memoryLimit, Access access) {
    Properties properties = new Properties();
    properties.setProperty("memory_limit", memoryLimit);
    // Nothing is fetched at run time: never download an extension to read an unknown file.
    properties.setProperty("autoinstall_known_extensions", "false");
    properties.setProperty("autoload_known_extensions", "false");
    if (access == Access.READ_ONLY) {
      properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    } catch (SQLException e) {
      throw StoreFile.openFailure(file, access, e);
    }
    try (Statement st = connection.createStatement()) {
      boolean empty = StoreFile.identify(st, file, SCHEMA_VERSION);
      if (access == Access.READ_WRITE) {
        st.execute(SCHEMA);
        for (String tables : SOURCE_TABLES) {
          st.execute(tables);
        }
        EventImport.upgrade(st);
        st.execute(
            "INSERT INTO meta VALUES ('schema_version', '"
                + SCHEMA_VERSION
                + "'), ('application', '"
                + APPLICATION
                + "') ON CONFLICT DO NOTHING");
        empty = false;
      }
      return new Store(file, connection, access, empty);
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new StoreException(
          "cannot open store " + file + ": " + StoreFile.firstLine(e.getMessage()), e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    }
  }

  /**
   * Whether {@code file} holds no store yet (missing, or an empty file): the first use must open it
   * for writing to create one.
   */
  public static boolean isNew(Path file) {
    return StoreFile.isNew(file.toAbsolutePath());
  }

  public Access access() {
    return access;
  }

  /** Whether the store holds no Entente tables yet (a new file opened read-only). */
  public boolean isEmpty() {
    return empty;
  }

  /**
   * The number of the last file imported, 0 for none: it grows with every import and nothing else
   * changes the store, so what is read from the store may be kept while it stays the same.
   */
  public long lastSourceId() {
    if (empty) {
      return 0;
    }
    try (Statement st = connection.createStatement();
        java.sql.ResultSet rs =
            st.executeQuery("SELECT coalesce(max(source_id), 0) FROM sources")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read sources of " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether every file with these SHA-256 checksums has been imported. */
  public boolean hasSources(java.util.Collection<String> sha256s) {
    if (empty) {
      return sha256s.isEmpty();
    }
    try (Statement st = connection.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT sha256 FROM sources")) {
      java.util.Set<String> known = new java.util.HashSet<>();
      while (rs.next()) {
        known.add(rs.getString(1));
      }
      return known.containsAll(sha256s);
    } catch (SQLException e) {
      throw new StoreException("cannot read sources of " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The names of the files imported as {@code kind} ({@code events}, …) as each import recorded
   * them: the paths given to it. {@code update} finds the GDELT exports already in the store by
   * these names.
   */
  public java.util.List<String> sourceNames(String kind) {
    if (empty) {
      return java.util.List.of();
    }
    try (java.sql.PreparedStatement ps =
        connection.prepareStatement("SELECT name FROM sources WHERE kind = ? ORDER BY source_id")) {
      ps.setString(1, kind);
      java.util.List<String> names = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      return names;
    } catch (SQLException e) {
      throw new StoreException("cannot read sources of " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Another connection to the same open database, for one more thread: a DuckDB connection serves
   * one statement at a time, while connections of one database run queries in parallel. Closing the
   * copy leaves this store open; it has this store's access.
   */
  public Store duplicate() {
    try {
      return new Store(file, ((DuckDBConnection) connection).duplicate(), access, empty);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot open another connection to " + file + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC connection, for the store's own classes. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
    }
  }
}
