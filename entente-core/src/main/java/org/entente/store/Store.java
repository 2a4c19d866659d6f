package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Entente's embedded store: one DuckDB file, opened in process. The memory limit is always set
 * explicitly (DuckDB would otherwise take 80% of the machine).
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("entente.duckdb"), "2GB")) { ... }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  /**
   * Default memory limit: ample for the UN vote data (about 0.9 million rows) on small machines.
   */
  public static final String DEFAULT_MEMORY_LIMIT = "2GB";

  /** Raised whenever a table changes shape; older store files are then refused with a message. */
  static final String SCHEMA_VERSION = "1";

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
      CREATE OR REPLACE VIEW roll_call_tallies AS
        SELECT rcid,
               count(*) FILTER (WHERE vote = 1) AS yes,
               count(*) FILTER (WHERE vote = 2) AS abstain,
               count(*) FILTER (WHERE vote = 3) AS no
        FROM votes GROUP BY rcid;
      """;

  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating if needed) the store at {@code file}.
   *
   * @param memoryLimit a DuckDB size such as {@code 2GB}
   * @throws StoreException if the file cannot be opened, e.g. because another process holds it
   */
  public static Store open(Path file, String memoryLimit) {
    if (!memoryLimit.matches("(?i)\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
      throw new StoreException(
          "memory limit '" + memoryLimit + "' is not a size; expected e.g. 512MB or 2GB");
    }
    Path absolute = file.toAbsolutePath();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new StoreException("cannot create directory for store " + absolute + ": " + e, e);
    }
    Properties properties = new Properties();
    properties.setProperty("memory_limit", memoryLimit);
    try {
      Connection connection = DriverManager.getConnection("jdbc:duckdb:" + absolute, properties);
      try (Statement st = connection.createStatement()) {
        checkSchemaVersion(st, absolute);
        st.execute(SCHEMA);
        st.execute(
            "INSERT INTO meta VALUES ('schema_version', '"
                + SCHEMA_VERSION
                + "') ON CONFLICT DO NOTHING");
      }
      return new Store(absolute, connection);
    } catch (SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      if (message.contains("Conflicting lock")) {
        throw new StoreException(
            "the store " + absolute + " is in use by another process; " + firstLine(message), e);
      }
      throw new StoreException("cannot open store " + absolute + ": " + firstLine(message), e);
    }
  }

  /** A store made by another schema version is refused rather than misread. */
  private static void checkSchemaVersion(Statement st, Path file) throws SQLException {
    String found;
    try (java.sql.ResultSet rs =
        st.executeQuery(
            "SELECT count(*) FILTER (WHERE table_name = 'meta'),"
                + " count(*) FILTER (WHERE table_name = 'sources')"
                + " FROM information_schema.tables")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        if (rs.getLong(2) == 0) {
          return; // a new store
        }
        found = "0 (from before versions were recorded)";
      } else {
        try (java.sql.ResultSet version =
            st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
          found = version.next() ? version.getString(1) : "unknown";
        }
      }
    }
    if (!SCHEMA_VERSION.equals(found)) {
      throw new StoreException(
          "the store "
              + file
              + " has schema version "
              + found
              + ", this Entente uses "
              + SCHEMA_VERSION
              + "; move it aside (its data loads again from the bundled files) or use --db");
    }
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Whether every file with these SHA-256 checksums has been imported. */
  public boolean hasSources(java.util.Collection<String> sha256s) {
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

  public Path file() {
    return file;
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
