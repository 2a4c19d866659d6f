package org.entente.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The practical limit for the event benchmarks (BENCHMARKS.md, "Events at scale"): DuckDB's own
 * parallel CSV reader and a GROUP BY over the needed columns of a GDELT 2.0 export, in memory,
 * storing nothing. Prints the dyad-month series in the columns of {@code ./entente events A B --by
 * month --format csv}, so that bench/events.sh can check all three give the same numbers.
 *
 * <pre>{@code
 * java -cp … org.entente.store.DuckDbDyadMonthBaseline FILE CHN RUS
 * }</pre>
 */
public final class DuckDbDyadMonthBaseline {

  private DuckDbDyadMonthBaseline() {}

  public static void main(String[] args) throws SQLException {
    String file = args[0].replace("'", "''");
    String a = args[1];
    String b = args[2];
    String sql =
        "SELECT substr(column01, 1, 4) || '-' || substr(column01, 5, 2) AS period, count(*),"
            + " count(*) FILTER (column29 = '1'), count(*) FILTER (column29 = '2'),"
            + " count(*) FILTER (column29 = '3'), count(*) FILTER (column29 = '4'),"
            + " sum(column30::DOUBLE), avg(column30::DOUBLE)"
            + " FROM read_csv('"
            + file
            + "', delim = '\\t', header = false, quote = '', escape = '', all_varchar = true)"
            + " WHERE (column07 = '"
            + a
            + "' AND column17 = '"
            + b
            + "') OR (column07 = '"
            + b
            + "' AND column17 = '"
            + a
            + "') GROUP BY period ORDER BY period";
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      System.out.println(
          "a,b,period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
              + "goldstein_sum,goldstein_mean");
      while (rs.next()) {
        System.out.printf(
            Locale.ROOT,
            "%s,%s,%s,%d,%d,%d,%d,%d,%.4f,%.4f%n",
            a,
            b,
            rs.getString(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5),
            rs.getLong(6),
            rs.getDouble(7),
            rs.getDouble(8));
      }
    }
  }
}
