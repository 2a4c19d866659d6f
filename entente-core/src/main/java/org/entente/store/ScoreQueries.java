package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.entente.domain.Dyad;
import org.entente.domain.ScoreRow;

/** Reads the aggregated score series of one pair of states from {@code event_scores}. */
public final class ScoreQueries {

  private final Store store;
  // monthsCovered() as of the store's last import (every relation asks for it)
  private long coveredAsOf = -1;
  private java.util.Map<String, LocalDate[]> covered;

  public ScoreQueries(Store store) {
    this.store = store;
  }

  /**
   * The stored rows of one unordered pair and precision whose period starts from {@code from} to
   * {@code to} (both inclusive), ordered by dataset and period; each row names its source file and
   * line.
   *
   * @param a one state, ISO-3
   * @param b the other; the pair is unordered
   */
  public List<ScoreRow> rows(
      String a, String b, ScoreRow.Precision precision, LocalDate from, LocalDate to) {
    String first = a.compareTo(b) < 0 ? a : b;
    String second = a.compareTo(b) < 0 ? b : a;
    List<ScoreRow> rows = new ArrayList<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT e.dataset, e.period_start, e.score_sum, e.days, s.name, e.line"
                    + " FROM event_scores e JOIN sources s USING (source_id)"
                    + " WHERE e.a = ? AND e.b = ? AND e.precision = ?"
                    + " AND e.period_start BETWEEN ? AND ?"
                    + " ORDER BY e.dataset, e.period_start, s.name, e.line")) {
      ps.setString(1, first);
      ps.setString(2, second);
      ps.setString(3, precision.name().toLowerCase(Locale.ROOT));
      ps.setObject(4, from);
      ps.setObject(5, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new ScoreRow(
                  rs.getString(1),
                  first,
                  second,
                  rs.getObject(2, LocalDate.class),
                  precision,
                  rs.getDouble(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event scores from " + store.file() + ": " + e, e);
    }
    return rows;
  }

  /**
   * The rows of every pair of {@code states} for one precision from {@code from} to {@code to}, by
   * pair: what {@link #rows} gives each pair (same rows, same order), in one query.
   */
  public Map<Dyad, List<ScoreRow>> rowsAmong(
      Collection<String> states, ScoreRow.Precision precision, LocalDate from, LocalDate to) {
    List<String> list = List.copyOf(new TreeSet<>(states));
    String in = String.join(", ", Collections.nCopies(list.size(), "?"));
    Map<Dyad, List<ScoreRow>> byPair = new HashMap<>();
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT e.dataset, e.period_start, e.score_sum, e.days, s.name, e.line, e.a, e.b"
                    + " FROM event_scores e JOIN sources s USING (source_id)"
                    + " WHERE e.a IN ("
                    + in
                    + ") AND e.b IN ("
                    + in
                    + ") AND e.precision = ?"
                    + " AND e.period_start BETWEEN ? AND ?"
                    + " ORDER BY e.dataset, e.period_start, s.name, e.line")) {
      int i = 1;
      for (int k = 0; k < 2; k++) {
        for (String state : list) {
          ps.setString(i++, state);
        }
      }
      ps.setString(i++, precision.name().toLowerCase(Locale.ROOT));
      ps.setObject(i++, from);
      ps.setObject(i, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ScoreRow row =
              new ScoreRow(
                  rs.getString(1),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getObject(2, LocalDate.class),
                  precision,
                  rs.getDouble(3),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getLong(6));
          byPair.computeIfAbsent(Dyad.of(row.a(), row.b()), k -> new ArrayList<>()).add(row);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event scores from " + store.file() + ": " + e, e);
    }
    return byPair;
  }

  /**
   * The months each score dataset covers, first and last (its monthly rows over all pairs): inside
   * them, a month without a row for a pair that has some is a month with a score of 0.
   */
  public java.util.Map<String, LocalDate[]> monthsCovered() {
    long asOf = store.lastSourceId();
    if (asOf != coveredAsOf) {
      covered = java.util.Collections.unmodifiableMap(readMonthsCovered());
      coveredAsOf = asOf;
    }
    return covered;
  }

  private java.util.Map<String, LocalDate[]> readMonthsCovered() {
    java.util.Map<String, LocalDate[]> covered = new java.util.TreeMap<>();
    try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "SELECT dataset, min(period_start), max(period_start) FROM event_scores"
                        + " WHERE precision = 'month' GROUP BY dataset");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        covered.put(
            rs.getString(1),
            new LocalDate[] {rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read event scores from " + store.file() + ": " + e, e);
    }
    return covered;
  }
}
