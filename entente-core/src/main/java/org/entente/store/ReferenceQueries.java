package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.PeaceYear;
import org.entente.domain.Rivalry;

/**
 * Reads the expert references back out of the store: every Peace Scale dyad-year and every
 * strategic rivalry, each row with the file and line it came from. Which Peace Scale pairs a fit
 * may see is the caller's to decide ({@code ExpertAgreement.Part}); the store keeps them all.
 *
 * <pre>{@code
 * List<PeaceYear> scale = new ReferenceQueries(store).peaceYears();
 * }</pre>
 */
public final class ReferenceQueries {

  private final Store store;

  public ReferenceQueries(Store store) {
    this.store = store;
  }

  /** Every Peace Scale dyad-year in the store, ordered by pair, year, then file and line. */
  public List<PeaceYear> peaceYears() {
    List<PeaceYear> years = new ArrayList<>();
    if (!hasTable("peace_scale_years")) {
      return years;
    }
    read(
        "SELECT y.a, y.b, y.year, y.peace, s.name, y.line"
            + " FROM peace_scale_years y JOIN sources s USING (source_id)"
            + " ORDER BY y.a, y.b, y.year, s.name, y.line",
        "Peace Scale years",
        rs ->
            years.add(
                new PeaceYear(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getDouble(4),
                    rs.getString(5),
                    rs.getLong(6))));
    return years;
  }

  /** Every strategic rivalry in the store, ordered by its number in the data. */
  public List<Rivalry> rivalries() {
    List<Rivalry> rivalries = new ArrayList<>();
    if (!hasTable("rivalries")) {
      return rivalries;
    }
    read(
        "SELECT r.a, r.b, r.tssr_id, r.name, r.start_year, r.end_year, r.\"positional\", r.spatial,"
            + " r.ideological, r.interventionary, s.name, r.line"
            + " FROM rivalries r JOIN sources s USING (source_id)"
            + " ORDER BY r.tssr_id",
        "rivalries",
        rs ->
            rivalries.add(
                new Rivalry(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getBoolean(7),
                    rs.getBoolean(8),
                    rs.getBoolean(9),
                    rs.getBoolean(10),
                    rs.getString(11),
                    rs.getLong(12))));
    return rivalries;
  }

  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private void read(String sql, String what, RowConsumer each) {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        each.accept(rs);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** A new store opened read-only, or one made before the references, has no table for them. */
  private boolean hasTable(String table) {
    if (store.isEmpty()) {
      return false;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw failure(table, e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(
        "cannot read " + what + " from " + store.file() + ": " + e.getMessage(), e);
  }
}
