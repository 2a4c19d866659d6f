package org.entente.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** The alliance tables and sources reduced to a few numbers, to compare a store before/after. */
final class AllianceSnapshot {

  private AllianceSnapshot() {}

  static List<Long> of(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM alliance_years), (SELECT count(*) FROM treaty_records),"
                    + " (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(hash(a, b, year, ccode1, ccode2, defense, offense,"
                    + "   neutral, nonagg, consul, source_id, line)), 0) FROM alliance_years),"
                    + " (SELECT coalesce(sum(hash(id, name, parties, signed, in_force, ended, defense,"
                    + "   offense, neutral, nonagg, consul, source, note, source_id, line)), 0)"
                    + "   FROM treaty_records),"
                    + " (SELECT count(*) FROM information_schema.tables)")) {
      rs.next();
      return List.of(
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
    }
  }

  /**
   * Whether every source's recorded row count matches the rows that carry its id, and no row lacks
   * a source: what a half-written import would break.
   */
  static boolean consistent(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM alliance_years WHERE source_id NOT IN"
                    + "   (SELECT source_id FROM sources))"
                    + " + (SELECT count(*) FROM treaty_records WHERE source_id NOT IN"
                    + "   (SELECT source_id FROM sources))"
                    + " + (SELECT count(*) FROM sources s WHERE s.rows <>"
                    + "   (SELECT count(*) FROM alliance_years y WHERE y.source_id = s.source_id)"
                    + "   + (SELECT count(*) FROM treaty_records t WHERE t.source_id = s.source_id))")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }
}
