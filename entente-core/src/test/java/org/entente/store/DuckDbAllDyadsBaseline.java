package org.entente.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The practical limit for the Spark benchmark (BENCHMARKS.md, "Events on Spark"): the job's work in
 * plain DuckDB on one machine — a GDELT 2.0 export read by DuckDB's parallel CSV reader, each
 * GLOBALEVENTID once, every directed dyad-day of two different country codes counted by QuadClass
 * with its Goldstein sum — storing nothing. It skips what Entente does beside (actor names through
 * the dictionaries, CAMEO checks, PLOVER types, rejects with file and line), so it is a floor, not
 * the same computation. Prints the number of dyad-days and the events in them.
 *
 * <pre>{@code
 * java -cp … org.entente.store.DuckDbAllDyadsBaseline FILE
 * }</pre>
 */
public final class DuckDbAllDyadsBaseline {

  private DuckDbAllDyadsBaseline() {}

  public static void main(String[] args) throws SQLException {
    String file = args[0].replace("'", "''");
    String sql =
        "SELECT count(*), sum(events) FROM (SELECT column07, column17, column01, count(*) AS events,"
            + " count(*) FILTER (column29 = '1'), count(*) FILTER (column29 = '2'),"
            + " count(*) FILTER (column29 = '3'), count(*) FILTER (column29 = '4'),"
            + " sum(column30::DECIMAL(18,6))"
            + " FROM (SELECT DISTINCT ON (column00) column00, column01, column07, column17,"
            + " column29, column30 FROM read_csv('"
            + file
            + "', delim = '\\t', header = false, quote = '', escape = '', all_varchar = true))"
            + " WHERE column07 <> '' AND column17 <> '' AND column07 <> column17"
            + " GROUP BY column07, column17, column01)";
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = conn.createStatement()) {
      st.execute("SET memory_limit = '2GB'");
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        System.out.println(
            "plain DuckDB: " + rs.getLong(1) + " dyad-days, " + rs.getLong(2) + " events");
      }
    }
  }
}
