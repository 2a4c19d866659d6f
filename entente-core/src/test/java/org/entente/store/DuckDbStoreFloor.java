package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor under any import into a DuckDB store (BENCHMARKS.md, "The floor"): DuckDB's parallel
 * CSV reader copies the eighteen fields an event keeps from a GDELT 2.0 export, typed, into a table
 * of a new store file, in one statement, and checkpoints. It checks nothing, keeps no line numbers,
 * resolves no actors, removes no duplicates and hashes nothing, so an import that does all of that
 * cannot be faster than this on the same machine.
 *
 * <pre>{@code
 * java -cp … org.entente.store.DuckDbStoreFloor FILE STORE
 * }</pre>
 */
public final class DuckDbStoreFloor {

  private DuckDbStoreFloor() {}

  public static void main(String[] args) throws SQLException, IOException {
    String file = args[0].replace("'", "''");
    Path store = Path.of(args[1]);
    Files.deleteIfExists(store);
    Files.deleteIfExists(Path.of(args[1] + ".wal"));
    String sql =
        "CREATE TABLE events AS SELECT column00::BIGINT AS id,"
            + " strptime(column01, '%Y%m%d')::DATE AS day, column05, column06, column07, column12,"
            + " column15, column16, column17, column22, column26, column28,"
            + " column29::TINYINT AS quad, column30::DOUBLE AS goldstein, column52,"
            + " TRY_CAST(column56 AS DOUBLE) AS lat, TRY_CAST(column57 AS DOUBLE) AS long, column60"
            + " FROM read_csv('"
            + file
            + "', delim = '\\t', header = false, quote = '', escape = '', all_varchar = true)";
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement st = conn.createStatement()) {
      // The settings the product's store uses for an import (Store, GdeltBulkLoad).
      st.execute("SET memory_limit = '2GB'");
      st.execute("SET preserve_insertion_order = false");
      st.execute(sql);
      st.execute("CHECKPOINT");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        System.out.println("plain DuckDB into a store: " + rs.getLong(1) + " rows");
      }
    }
  }
}
