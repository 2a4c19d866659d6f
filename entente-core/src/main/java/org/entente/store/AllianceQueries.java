package org.entente.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.entente.domain.AtopRow;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.PartialDate;
import org.entente.domain.TreatyRecord;

/**
 * Reads ATOP rows and treaty records back out of the store, each with the file and line it came
 * from. {@link org.entente.analyze.AllianceTies} combines them.
 */
public final class AllianceQueries {

  private static final String ATOP_COLUMNS =
      "y.a, y.b, y.year, y.ccode1, y.ccode2, y.defense, y.offense, y.neutral, y.nonagg, y.consul,"
          + " s.name, y.line";

  private static final String TREATY_COLUMNS =
      "t.id, t.name, t.parties, t.signed, t.in_force, t.ended, t.defense, t.offense, t.neutral,"
          + " t.nonagg, t.consul, t.source, t.note, s.name, t.line";

  private final Store store;
  private final Connection conn;
  // lastAtopYear() as of the store's last import (a relation asks for it several times)
  private long lastYearAsOf = -1;
  private OptionalInt lastYear;

  public AllianceQueries(Store store) {
    this.store = store;
    this.conn = store.connection();
  }

  /**
   * The ATOP rows of a dyad, both directions, from {@code fromYear} to {@code toYear} inclusive,
   * ordered by year, then file line.
   */
  public List<AtopRow> atopRows(Dyad dyad, int fromYear, int toYear) {
    List<AtopRow> rows = new ArrayList<>();
    if (store.isEmpty() || fromYear > toYear) {
      return rows;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            // one equality lookup per direction: an OR of the two scans every row
            "SELECT * FROM (SELECT "
                + ATOP_COLUMNS
                + " FROM alliance_years y JOIN sources s USING (source_id)"
                + " WHERE y.a = ? AND y.b = ? AND y.year BETWEEN ? AND ?"
                + " UNION ALL SELECT "
                + ATOP_COLUMNS
                + " FROM alliance_years y JOIN sources s USING (source_id)"
                + " WHERE y.a = ? AND y.b = ? AND y.year BETWEEN ? AND ?)"
                + " ORDER BY year, name, line")) {
      ps.setString(1, dyad.a());
      ps.setString(2, dyad.b());
      ps.setInt(3, fromYear);
      ps.setInt(4, toYear);
      ps.setString(5, dyad.b());
      ps.setString(6, dyad.a());
      ps.setInt(7, fromYear);
      ps.setInt(8, toYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(atopRow(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("cannot read alliance years: " + e.getMessage(), e);
    }
  }

  /**
   * The ATOP rows of every pair of {@code states} from {@code fromYear} to {@code toYear}, by pair:
   * what {@link #atopRows} gives each dyad (same rows, same order), in one query.
   */
  public Map<Dyad, List<AtopRow>> atopRowsAmong(
      Collection<String> states, int fromYear, int toYear) {
    Map<Dyad, List<AtopRow>> byPair = new HashMap<>();
    if (store.isEmpty() || fromYear > toYear) {
      return byPair;
    }
    List<String> list = List.copyOf(new TreeSet<>(states));
    String in = String.join(", ", Collections.nCopies(list.size(), "?"));
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT "
                + ATOP_COLUMNS
                + " FROM alliance_years y JOIN sources s USING (source_id)"
                + " WHERE y.a IN ("
                + in
                + ") AND y.b IN ("
                + in
                + ") AND y.a <> y.b AND y.year BETWEEN ? AND ?"
                + " ORDER BY y.year, s.name, y.line")) {
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
          AtopRow row = atopRow(rs);
          byPair.computeIfAbsent(row.dyad(), k -> new ArrayList<>()).add(row);
        }
      }
      return byPair;
    } catch (SQLException e) {
      throw new StoreException("cannot read alliance years: " + e.getMessage(), e);
    }
  }

  /** The last year the ATOP data in the store cover (2018 for ATOP 5.1), if any are loaded. */
  public OptionalInt lastAtopYear() {
    if (store.isEmpty()) {
      return OptionalInt.empty();
    }
    long asOf = store.lastSourceId();
    if (asOf != lastYearAsOf) {
      lastYear = readLastAtopYear();
      lastYearAsOf = asOf;
    }
    return lastYear;
  }

  private OptionalInt readLastAtopYear() {
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT max(year) FROM alliance_years")) {
      rs.next();
      int year = rs.getInt(1);
      return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(year);
    } catch (SQLException e) {
      throw new StoreException("cannot read alliance years: " + e.getMessage(), e);
    }
  }

  /** The treaty records that bind both states of a dyad, in order of signature, then id. */
  public List<TreatyRecord> treatyRecords(Dyad dyad) {
    return treaties(
        " WHERE list_contains(t.parties, ?) AND list_contains(t.parties, ?)", dyad.a(), dyad.b());
  }

  /** Every treaty record in the store, in order of signature, then id. */
  public List<TreatyRecord> treatyRecords() {
    return treaties("");
  }

  private List<TreatyRecord> treaties(String where, String... params) {
    List<TreatyRecord> records = new ArrayList<>();
    if (store.isEmpty()) {
      return records;
    }
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT "
                + TREATY_COLUMNS
                + " FROM treaty_records t JOIN sources s USING (source_id)"
                + where
                + " ORDER BY t.line, t.id")) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          records.add(treaty(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read treaty records: " + e.getMessage(), e);
    }
    records.sort(Comparator.comparing(TreatyRecord::signed).thenComparing(TreatyRecord::id));
    return records;
  }

  private static AtopRow atopRow(ResultSet rs) throws SQLException {
    return new AtopRow(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        obligations(rs, 6),
        rs.getString(11),
        rs.getLong(12));
  }

  private static TreatyRecord treaty(ResultSet rs) throws SQLException {
    Array parties = rs.getArray(3);
    List<String> names = new ArrayList<>();
    for (Object party : (Object[]) parties.getArray()) {
      names.add((String) party);
    }
    return new TreatyRecord(
        rs.getString(1),
        rs.getString(2),
        names,
        PartialDate.parse(rs.getString(4)),
        date(rs.getString(5)),
        date(rs.getString(6)),
        obligations(rs, 7),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getLong(15));
  }

  private static PartialDate date(String text) {
    return text == null ? null : PartialDate.parse(text);
  }

  private static Obligations obligations(ResultSet rs, int first) throws SQLException {
    return new Obligations(
        rs.getBoolean(first),
        rs.getBoolean(first + 1),
        rs.getBoolean(first + 2),
        rs.getBoolean(first + 3),
        rs.getBoolean(first + 4));
  }
}
