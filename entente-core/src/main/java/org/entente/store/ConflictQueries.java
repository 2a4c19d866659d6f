package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entente.domain.Dyad;
import org.entente.domain.IgoJointMembership;
import org.entente.domain.MidDyadYear;

/**
 * Reads the Correlates of War evidence back out of the store: the militarized dispute years of a
 * pair and its joint IGO memberships, each row with the file and line it came from.
 *
 * <pre>{@code
 * List<MidDyadYear> kargil = new ConflictQueries(store).midYears(Dyad.of("IND", "PAK"), 1999, 1999);
 * }</pre>
 */
public final class ConflictQueries {

  private static final String MID_COLUMNS =
      "y.a, y.b, y.year, y.dispnum, y.ccode1, y.ccode2, y.onset, y.ongoing, y.sidea1, y.sidea2,"
          + " y.hiact1, y.hiact2, y.hostlev1, y.hostlev2, y.fatality, y.hostlev, y.recip, y.stmon,"
          + " y.mindur, y.maxdur, s.name, y.line";

  private static final String IGO_COLUMNS =
      "y.a, y.b, y.year, y.ccode1, y.ccode2, y.igos, s.name, y.line";

  private final Store store;
  private final Connection conn;

  public ConflictQueries(Store store) {
    this.store = store;
    this.conn = store.connection();
  }

  /**
   * The militarized dispute years of a dyad from {@code fromYear} to {@code toYear} inclusive, seen
   * from {@code dyad.a()}: MID has a row for each direction of a dispute-year, and this gives the
   * one whose first state is {@code a} (so each dispute-year once, {@code hiact1} being {@code
   * a}'s). Ordered by year, dispute number, then file line.
   */
  public List<MidDyadYear> midYears(Dyad dyad, int fromYear, int toYear) {
    return midYearsAmong(List.of(dyad.a(), dyad.b()), fromYear, toYear)
        .getOrDefault(dyad, List.of());
  }

  /**
   * The militarized dispute years of every pair of {@code states} from {@code fromYear} to {@code
   * toYear}, by pair: what {@link #midYears} gives each dyad (same rows, same order), in one query.
   */
  public Map<Dyad, List<MidDyadYear>> midYearsAmong(
      Collection<String> states, int fromYear, int toYear) {
    Map<Dyad, List<MidDyadYear>> byPair = new HashMap<>();
    if (store.isEmpty() || fromYear > toYear || states.isEmpty()) {
      return byPair;
    }
    readAmong(
        "SELECT " + MID_COLUMNS + " FROM mid_dyad_years y JOIN sources s USING (source_id)",
        // one direction of each dispute-year: the one from the dyad's first state
        " AND y.a < y.b",
        " ORDER BY y.year, y.dispnum, s.name, y.line",
        states,
        fromYear,
        toYear,
        rs -> {
          MidDyadYear row = midYear(rs);
          byPair.computeIfAbsent(row.dyad(), k -> new ArrayList<>()).add(row);
        });
    return byPair;
  }

  /**
   * The joint IGO counts of a dyad from {@code fromYear} to {@code toYear} inclusive, ordered by
   * year, then file and line. A year has more than one row only where a state had two COW codes
   * (the two Germanies of 1990, as in {@code data/atop/README.md}).
   */
  public List<IgoJointMembership> igoCounts(Dyad dyad, int fromYear, int toYear) {
    return igoCountsAmong(List.of(dyad.a(), dyad.b()), fromYear, toYear)
        .getOrDefault(dyad, List.of());
  }

  /**
   * The joint IGO counts of every pair of {@code states} from {@code fromYear} to {@code toYear},
   * by pair: what {@link #igoCounts} gives each dyad (same rows, same order), in one query.
   */
  public Map<Dyad, List<IgoJointMembership>> igoCountsAmong(
      Collection<String> states, int fromYear, int toYear) {
    Map<Dyad, List<IgoJointMembership>> byPair = new HashMap<>();
    if (store.isEmpty() || fromYear > toYear || states.isEmpty()) {
      return byPair;
    }
    readAmong(
        "SELECT " + IGO_COLUMNS + " FROM igo_joint_memberships y JOIN sources s USING (source_id)",
        " AND y.a <> y.b",
        " ORDER BY y.year, s.name, y.line",
        states,
        fromYear,
        toYear,
        rs -> {
          IgoJointMembership row = igoCount(rs);
          byPair.computeIfAbsent(row.dyad(), k -> new ArrayList<>()).add(row);
        });
    return byPair;
  }

  private interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Runs {@code select} for the rows whose two states are both among {@code states}. */
  private void readAmong(
      String select,
      String direction,
      String order,
      Collection<String> states,
      int fromYear,
      int toYear,
      RowConsumer each) {
    List<String> list = List.copyOf(new TreeSet<>(states));
    String in = String.join(", ", Collections.nCopies(list.size(), "?"));
    String sql =
        select
            + " WHERE y.a IN ("
            + in
            + ") AND y.b IN ("
            + in
            + ")"
            + direction
            + " AND y.year BETWEEN ? AND ?"
            + order;
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      int i = 1;
      for (int k = 0; k < 2; k++) {
        for (String state : list) {
          ps.setString(i++, state);
        }
      }
      ps.setInt(i++, fromYear);
      ps.setInt(i, toYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read conflict evidence: " + e.getMessage(), e);
    }
  }

  private static MidDyadYear midYear(ResultSet rs) throws SQLException {
    return new MidDyadYear(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getBoolean(7),
        rs.getBoolean(8),
        rs.getBoolean(9),
        rs.getBoolean(10),
        rs.getInt(11),
        rs.getInt(12),
        rs.getInt(13),
        rs.getInt(14),
        rs.getInt(15),
        rs.getInt(16),
        rs.getBoolean(17),
        rs.getInt(18),
        rs.getInt(19),
        rs.getInt(20),
        rs.getString(21),
        rs.getLong(22));
  }

  private static IgoJointMembership igoCount(ResultSet rs) throws SQLException {
    return new IgoJointMembership(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getLong(8));
  }
}
