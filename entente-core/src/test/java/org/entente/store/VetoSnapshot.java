package org.entente.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** What a user could see of a store's vetoes, reduced to a few numbers, to compare before/after. */
final class VetoSnapshot {

  private VetoSnapshot() {}

  static List<Long> of(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM unsc_vetoes), (SELECT count(*) FROM sources),"
                    + " (SELECT coalesce(sum(hash(date, draft, members, citation, line)), 0)"
                    + "  FROM unsc_vetoes),"
                    + " (SELECT count(*) FROM information_schema.tables)")) {
      rs.next();
      return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
    }
  }

  /**
   * Whether every veto source's recorded row count matches the vetoes that carry its id, and no
   * veto lacks a source: what a half-written import would break.
   */
  static boolean consistent(Store store) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT (SELECT count(*) FROM unsc_vetoes WHERE source_id NOT IN"
                    + "   (SELECT source_id FROM sources))"
                    + " + (SELECT count(*) FROM sources s WHERE s.rows <>"
                    + "   (SELECT count(*) FROM unsc_vetoes v WHERE v.source_id = s.source_id))")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }
}
