package org.entente.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** Everything a user could see of a store, reduced to a few numbers, to compare before/after. */
final class StoreSnapshot {

  private StoreSnapshot() {}

  static List<Long> of(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM votes), (SELECT count(*) FROM roll_calls),"
                    + " (SELECT count(*) FROM roll_call_issues), (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(hash(rcid, country, vote, line)), 0) FROM votes),"
                    + " (SELECT count(*) FROM information_schema.tables)")) {
      rs.next();
      return List.of(
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
  }

  /**
   * Whether every source's recorded row count matches the rows that carry its id (its votes, or for
   * a roll-call file its roll calls), and no row lacks a source: what a half-written import would
   * break. Issue files are left out: tags carry no source id.
   */
  static boolean consistent(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "WITH counted AS (SELECT s.source_id, s.name, s.rows,"
                    + "   (SELECT count(*) FROM votes v WHERE v.source_id = s.source_id) AS votes,"
                    + "   (SELECT count(*) FROM roll_calls r WHERE r.source_id = s.source_id) AS calls"
                    + "   FROM sources s)"
                    + " SELECT (SELECT count(*) FROM votes WHERE source_id NOT IN"
                    + "   (SELECT source_id FROM sources))"
                    + " + (SELECT count(*) FROM roll_calls WHERE source_id NOT IN"
                    + "   (SELECT source_id FROM sources))"
                    + " + (SELECT count(*) FROM counted WHERE name NOT LIKE '%issue%'"
                    + "   AND rows <> CASE WHEN votes > 0 THEN votes ELSE calls END)")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }
}
