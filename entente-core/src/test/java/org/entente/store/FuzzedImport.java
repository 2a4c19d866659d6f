package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The fuzz tests' contract for an import: it either returns a report or refuses with one of the
 * exceptions the CLI turns into a message ({@code Main.message}: {@link StoreException}, {@link
 * ImportRejectedException}, {@link IllegalArgumentException}, {@link UncheckedIOException}), and a
 * refusal changes nothing in the store — every table's row count and the sum of its rows' hashes
 * are the same before and after. Any other {@link Throwable} escapes and fails the property.
 */
final class FuzzedImport {

  private FuzzedImport() {}

  /** What an import did: a report, or the refusal. */
  record Outcome<R>(R report, RuntimeException refusal) {
    boolean refused() {
      return refusal != null;
    }
  }

  static <R> Outcome<R> run(Store store, Supplier<R> importRun) {
    Map<String, String> before = checksum(store);
    try {
      return new Outcome<>(importRun.get(), null);
    } catch (StoreException
        | ImportRejectedException
        | IllegalArgumentException
        | UncheckedIOException e) {
      assertThat(e.getMessage()).as("the refusal's message").isNotBlank();
      assertThat(checksum(store)).as("the store after: " + e.getMessage()).isEqualTo(before);
      return new Outcome<>(null, e);
    }
  }

  /** Every table of the store: its row count and the sum of its rows' hashes. */
  static Map<String, String> checksum(Store store) {
    try (Statement st = store.connection().createStatement()) {
      List<String> counts = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          String table = rs.getString(1);
          counts.add(
              "SELECT '"
                  + table
                  + "', count(*), coalesce(sum(hash(t)), 0)::VARCHAR FROM \""
                  + table
                  + "\" t");
        }
      }
      Map<String, String> sums = new TreeMap<>();
      try (ResultSet rs = st.executeQuery(String.join(" UNION ALL ", counts))) {
        while (rs.next()) {
          sums.put(rs.getString(1), rs.getLong(2) + " rows, hash sum " + rs.getString(3));
        }
      }
      return sums;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the store's tables", e);
    }
  }

  /**
   * Values of {@code table} holding U+FFFD, the mark of bytes that were not UTF-8 and were replaced
   * (the fixtures hold none): each as {@code column: value}.
   */
  static List<String> replacementCharacters(Store store, String table) {
    try (Statement st = store.connection().createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT column_name FROM information_schema.columns WHERE table_name = '"
                  + table
                  + "' AND data_type = 'VARCHAR'")) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      List<String> found = new ArrayList<>();
      for (String c : columns) {
        try (ResultSet rs =
            st.executeQuery(
                "SELECT \""
                    + c
                    + "\" FROM \""
                    + table
                    + "\" WHERE contains(\""
                    + c
                    + "\", '\uFFFD') LIMIT 3")) {
          while (rs.next()) {
            found.add(c + ": " + rs.getString(1));
          }
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows of one table; 0 while the table does not exist. */
  static long rows(Store store, String table) {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                    + table
                    + "'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return 0;
      }
      try (ResultSet rows = st.executeQuery("SELECT count(*) FROM " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of {@code template} (a closed store file) in {@code dir}, opened. */
  static Store copyOf(Path template, Path dir) {
    try {
      Path db = Files.createTempFile(dir, "try-", ".duckdb");
      Files.copy(template, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return Store.open(db, "256MB");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the store and deletes its file (and DuckDB's write-ahead log). */
  static void discard(Store store) {
    Path file = store.file();
    store.close();
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
