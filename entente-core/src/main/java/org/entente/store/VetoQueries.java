package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.Veto;

/**
 * Reads Security Council vetoes back out of the store, each with the file and line (and, for added
 * records, the citation) it came from.
 *
 * <pre>{@code
 * List<Veto> joint = new VetoQueries(store).vetoes(VetoFilter.castBy("CHN", "RUS"));
 * }</pre>
 */
public final class VetoQueries {

  private final Connection conn;

  public VetoQueries(Store store) {
    this.conn = store.connection();
  }

  /** The vetoes a filter selects, by date, then in the order of their files and lines. */
  public List<Veto> vetoes(VetoFilter filter) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT v.date, v.draft, v.meeting_record, v.agenda_item, v.topic,"
                + " array_to_string(v.members, ';'), v.citation, s.name, v.line"
                + " FROM unsc_vetoes v JOIN sources s USING (source_id) WHERE true");
    List<Object> params = new ArrayList<>();
    for (String state : filter.castBy().stream().sorted().toList()) {
      sql.append(" AND list_contains(v.members, ?)");
      params.add(state);
    }
    if (filter.fromYear() != null) {
      sql.append(" AND year(v.date) >= ?");
      params.add(filter.fromYear());
    }
    if (filter.toYear() != null) {
      sql.append(" AND year(v.date) <= ?");
      params.add(filter.toYear());
    }
    sql.append(" ORDER BY v.date, v.source_id, v.line");
    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<Veto> vetoes = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          vetoes.add(
              new Veto(
                  rs.getObject(1, LocalDate.class),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  List.of(rs.getString(6).split(";")),
                  new Veto.Source(rs.getString(8), rs.getLong(9), rs.getString(7))));
        }
      }
      return vetoes;
    } catch (SQLException e) {
      throw new StoreException("cannot read vetoes: " + e.getMessage(), e);
    }
  }

  /** The first and last year of the vetoes in the store, or null when it holds none. */
  public int[] years() {
    try (PreparedStatement ps =
            conn.prepareStatement("SELECT min(year(date)), max(year(date)) FROM unsc_vetoes");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getObject(1) == null ? null : new int[] {rs.getInt(1), rs.getInt(2)};
    } catch (SQLException e) {
      throw new StoreException("cannot read vetoes: " + e.getMessage(), e);
    }
  }
}
