package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.domain.Event;

/**
 * Fetches the events between two states from the store, each with the file and line it came from.
 * Counting them is {@link org.entente.analyze.DyadEventSeries}'s work, in plain Java.
 */
public final class EventQueries {

  private final Store store;

  public EventQueries(Store store) {
    this.store = store;
  }

  /**
   * The events from {@code a} to {@code b} and, unless {@code directed}, from {@code b} to {@code
   * a}, by date, dataset and id.
   *
   * @param from first day, or null for no limit
   * @param to last day, or null for no limit
   */
  public List<Event> between(String a, String b, boolean directed, LocalDate from, LocalDate to) {
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return List.of();
      }
      String pair =
          directed
              ? "(e.source_state = ? AND e.target_state = ?)"
              : "((e.source_state = ? AND e.target_state = ?)"
                  + " OR (e.source_state = ? AND e.target_state = ?))";
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT e.dataset, e.event_id, e.date, e.source_state, e.source_name,"
                  + " e.target_state, e.target_name, e.cameo, e.root, e.quad_class, e.goldstein,"
                  + " e.plover, e.url, s.name, e.line FROM events e"
                  + " JOIN sources s ON s.source_id = e.source_id WHERE "
                  + pair
                  + " AND (CAST(? AS DATE) IS NULL OR e.date >= CAST(? AS DATE))"
                  + " AND (CAST(? AS DATE) IS NULL OR e.date <= CAST(? AS DATE))"
                  + " ORDER BY e.date, e.dataset, e.event_id")) {
        int i = 1;
        ps.setString(i++, a);
        ps.setString(i++, b);
        if (!directed) {
          ps.setString(i++, b);
          ps.setString(i++, a);
        }
        for (LocalDate d : new LocalDate[] {from, from, to, to}) {
          ps.setString(i++, d == null ? null : d.toString());
        }
        List<Event> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            events.add(
                new Event(
                    rs.getString(1),
                    rs.getString(2),
                    LocalDate.parse(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getInt(10),
                    rs.getDouble(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getLong(15)));
          }
        }
        return events;
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** A store made before events existed has no table for them, and so no events. */
  private static boolean hasEvents(Connection conn) throws SQLException {
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_name = 'events'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next();
    }
  }
}
