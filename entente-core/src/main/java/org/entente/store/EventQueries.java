package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.domain.DatePrecision;
import org.entente.domain.Dyad;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventAggregate;
import org.entente.domain.EventCounts;
import org.entente.domain.EventPlace;
import org.entente.domain.PloverType;

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
      String direction =
          "SELECT * FROM events WHERE source_state = ? AND target_state = ?"
              + (from == null ? "" : " AND date >= ?")
              + (to == null ? "" : " AND date <= ?");
      return perDirection(
          conn,
          "SELECT e.dataset, e.event_id, e.date, e.precision, e.source_state,"
              + " e.source_name, e.source_sector, e.target_state, e.target_name,"
              + " e.target_sector, e.cameo, c.root, e.quad_class, e.goldstein, c.plover,"
              + " c.plover_mode, e.place, e.latitude, e.longitude, e.url, s.name, e.line"
              + " FROM (%s) e JOIN sources s ON s.source_id = e.source_id"
              + " LEFT JOIN cameo_types c ON c.cameo = e.cameo"
              + " ORDER BY e.date, e.dataset, e.event_id",
          direction,
          1,
          new String[] {a, b},
          directed,
          from,
          to,
          EventQueries::event);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The stored aggregates ({@link EventAggregateImport}) from {@code a} to {@code b} and, unless
   * {@code directed}, from {@code b} to {@code a}, by period. A monthly aggregate counts whole
   * months: it is included when its month begins within the range, or holds {@code from}.
   *
   * @param from first day, or null for no limit
   * @param to last day, or null for no limit
   */
  public List<EventAggregate> aggregates(
      String a, String b, boolean directed, LocalDate from, LocalDate to) {
    Connection conn = store.connection();
    try {
      if (!hasAggregates(conn)) {
        return List.of();
      }
      String direction =
          "SELECT * FROM event_aggregates WHERE source_state = ? AND target_state = ?"
              + (from == null
                  ? ""
                  : " AND period >= CASE unit WHEN 'month' THEN date_trunc('month', ?::DATE)"
                      + " ELSE ?::DATE END")
              + (to == null ? "" : " AND period <= ?");
      return perDirection(
          conn,
          "SELECT "
              + AGGREGATE_COLUMNS
              + " FROM (%s) g JOIN sources s ON s.source_id = g.source_id"
              + " ORDER BY g.period, g.dataset, g.source_state, g.target_state",
          direction,
          2,
          new String[] {a, b},
          directed,
          from,
          to,
          EventQueries::aggregate);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read event aggregates from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The events between every two of {@code states} from {@code from} to {@code to}, both
   * directions, by pair: what {@link #between} gives each pair (same rows, same order), in one
   * query instead of one per pair.
   */
  public Map<Dyad, List<Event>> betweenAmong(
      Collection<String> states, LocalDate from, LocalDate to) {
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return Map.of();
      }
      return amongStates(
          conn,
          "SELECT e.dataset, e.event_id, e.date, e.precision, e.source_state,"
              + " e.source_name, e.source_sector, e.target_state, e.target_name,"
              + " e.target_sector, e.cameo, c.root, e.quad_class, e.goldstein, c.plover,"
              + " c.plover_mode, e.place, e.latitude, e.longitude, e.url, s.name, e.line"
              + " FROM (SELECT * FROM events WHERE %s AND date >= ? AND date <= ?) e"
              + " JOIN sources s ON s.source_id = e.source_id"
              + " LEFT JOIN cameo_types c ON c.cameo = e.cameo"
              + " ORDER BY e.date, e.dataset, e.event_id",
          states,
          List.of(from, to),
          EventQueries::event,
          e -> Dyad.of(e.sourceState(), e.targetState()));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The stored aggregates between every two of {@code states}, both directions, by pair: what
   * {@link #aggregates} gives each pair (same rows, same order), in one query.
   */
  public Map<Dyad, List<EventAggregate>> aggregatesAmong(
      Collection<String> states, LocalDate from, LocalDate to) {
    Connection conn = store.connection();
    try {
      if (!hasAggregates(conn)) {
        return Map.of();
      }
      return amongStates(
          conn,
          "SELECT "
              + AGGREGATE_COLUMNS
              + " FROM (SELECT * FROM event_aggregates WHERE %s"
              + " AND period >= CASE unit WHEN 'month' THEN date_trunc('month', ?::DATE)"
              + " ELSE ?::DATE END AND period <= ?) g JOIN sources s ON s.source_id = g.source_id"
              + " ORDER BY g.period, g.dataset, g.source_state, g.target_state",
          states,
          List.of(from, from, to),
          EventQueries::aggregate,
          g -> Dyad.of(g.sourceState(), g.targetState()));
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read event aggregates from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The rows whose source and target are two different states of {@code states}, grouped by pair in
   * the order of the query: {@code sql} filters where it says {@code %s}, then takes {@code
   * params}.
   */
  private static <T> Map<Dyad, List<T>> amongStates(
      Connection conn,
      String sql,
      Collection<String> states,
      List<Object> params,
      Row<T> row,
      java.util.function.Function<T, Dyad> pair)
      throws SQLException {
    List<String> list = List.copyOf(new java.util.TreeSet<>(states));
    String in = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
    String where =
        "source_state IN ("
            + in
            + ") AND target_state IN ("
            + in
            + ")"
            + " AND source_state <> target_state";
    Map<Dyad, List<T>> byPair = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement(String.format(Locale.ROOT, sql, where))) {
      int i = 1;
      for (int k = 0; k < 2; k++) {
        for (String state : list) {
          ps.setString(i++, state);
        }
      }
      for (Object p : params) {
        ps.setObject(i++, p);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T t = row.read(rs);
          byPair.computeIfAbsent(pair.apply(t), k -> new ArrayList<>()).add(t);
        }
      }
    }
    return byPair;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * The rows of a pair: {@code direction} (an equality on both state columns, then the range) once
   * from A to B and, unless {@code directed}, once from B to A, put together where {@code outer}
   * says {@code %s}. One lookup per direction, because DuckDB pushes the equalities into the scan,
   * where rows sorted by pair let its zone maps skip every row group without the pair; an OR of the
   * two directions would scan them all.
   *
   * @param fromParams how many times {@code direction} asks for {@code from}
   */
  private static <T> List<T> perDirection(
      Connection conn,
      String outer,
      String direction,
      int fromParams,
      String[] pair,
      boolean directed,
      LocalDate from,
      LocalDate to,
      Row<T> row)
      throws SQLException {
    String union = directed ? direction : direction + " UNION ALL " + direction;
    try (PreparedStatement ps = conn.prepareStatement(String.format(Locale.ROOT, outer, union))) {
      int i = 1;
      String[][] directions =
          directed ? new String[][] {pair} : new String[][] {pair, {pair[1], pair[0]}};
      for (String[] d : directions) {
        ps.setString(i++, d[0]);
        ps.setString(i++, d[1]);
        for (int k = 0; from != null && k < fromParams; k++) {
          ps.setObject(i++, from);
        }
        if (to != null) {
          ps.setObject(i++, to);
        }
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row.read(rs));
        }
      }
      return rows;
    }
  }

  /** Every stored aggregate, in no particular order, streamed row by row. */
  public void forEachAggregate(Consumer<EventAggregate> action) {
    Connection conn = store.connection();
    try {
      if (!hasAggregates(conn)) {
        return;
      }
      try (PreparedStatement ps =
              conn.prepareStatement(
                  "SELECT "
                      + AGGREGATE_COLUMNS
                      + " FROM event_aggregates g JOIN sources s ON s.source_id = g.source_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(aggregate(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read event aggregates from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The net Goldstein (sum of the weights) of the events between every two of {@code states}, by
   * unordered pair and month ({@code 2019-05}), from {@code from} to {@code to}: the events
   * imported one by one and the cluster job's aggregates together, as {@code events A B --by month}
   * sums them, in one query each. A watch reads all its pairs' event series this way.
   */
  public Map<Dyad, java.util.SortedMap<String, Double>> monthlyGoldsteinAmong(
      Collection<String> states, LocalDate from, LocalDate to) {
    Map<Dyad, java.util.SortedMap<String, Double>> byPair = new HashMap<>();
    List<String> list = List.copyOf(new java.util.TreeSet<>(states));
    if (list.size() < 2) {
      return byPair;
    }
    String in = String.join(", ", java.util.Collections.nCopies(list.size(), "?"));
    Connection conn = store.connection();
    try {
      List<String> queries = new ArrayList<>();
      queries.add(
          "SELECT source_state, target_state, strftime(date, '%Y-%m'), sum(goldstein) FROM events"
              + " WHERE source_state IN ("
              + in
              + ") AND target_state IN ("
              + in
              + ") AND source_state <> target_state AND date BETWEEN ? AND ? GROUP BY ALL");
      if (hasAggregates(conn)) {
        queries.add(
            "SELECT source_state, target_state, strftime(period, '%Y-%m'),"
                + " sum(goldstein_micros) / 1e6 FROM event_aggregates WHERE source_state IN ("
                + in
                + ") AND target_state IN ("
                + in
                + ") AND source_state <> target_state AND period BETWEEN ? AND ? GROUP BY ALL");
      }
      for (String sql : queries) {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
          int i = 1;
          for (int k = 0; k < 2; k++) {
            for (String state : list) {
              ps.setString(i++, state);
            }
          }
          ps.setObject(i++, from);
          ps.setObject(i, to);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              byPair
                  .computeIfAbsent(
                      Dyad.of(rs.getString(1), rs.getString(2)), k -> new java.util.TreeMap<>())
                  .merge(rs.getString(3), rs.getDouble(4), Double::sum);
            }
          }
        }
      }
      return byPair;
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the events of " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** How many events the stored aggregates hold, 0 without any. */
  public long aggregatedEvents() {
    Connection conn = store.connection();
    try {
      if (!hasAggregates(conn)) {
        return 0;
      }
      try (PreparedStatement ps =
              conn.prepareStatement(
                  "SELECT coalesce(sum(verbal_coop + material_coop + verbal_conflict"
                      + " + material_conflict), 0) FROM event_aggregates");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot count event aggregates in " + store.file() + ": " + e.getMessage(), e);
    }
  }

  private static final String AGGREGATE_COLUMNS =
      "g.dataset, g.source_state, g.target_state, g.period, g.unit, g.verbal_coop,"
          + " g.material_coop, g.verbal_conflict, g.material_conflict, g.goldstein_micros, "
          + java.util.Arrays.stream(PloverType.values())
              .map(t -> "g." + t.column())
              .collect(java.util.stream.Collectors.joining(", "))
          + ", s.name";

  private static EventAggregate aggregate(ResultSet rs) throws SQLException {
    long[] plover = new long[PloverType.values().length];
    for (int i = 0; i < plover.length; i++) {
      plover[i] = rs.getLong(11 + i);
    }
    return new EventAggregate(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        LocalDate.parse(rs.getString(4)),
        DatePrecision.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
        new EventCounts(
            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), plover),
        rs.getString(11 + plover.length));
  }

  private static boolean hasAggregates(Connection conn) throws SQLException {
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'event_aggregates'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /**
   * Every directed dyad's counts per dataset and period from the stored events, in one DuckDB
   * aggregation (what {@code events --all} writes; {@link org.entente.analyze.EventAggregation}
   * over {@link #forEachEvent} gives the same rows, row by row in Java, ten times slower): an event
   * counts when both actors resolve to states and the states differ; its Goldstein weight is summed
   * in millionths, rounded as {@link EventCounts#micros} rounds.
   *
   * @param unit day or month
   * @param first the first day counted, or null
   * @param last the last day counted, or null
   * @param action receives each dyad-period, ordered by dataset, source state, target state and
   *     period (the order of {@link org.entente.analyze.EventAggregation.Key})
   */
  public void forEachDyadTotal(
      DatePrecision unit, LocalDate first, LocalDate last, Consumer<EventAggregate> action) {
    Connection conn = store.connection();
    String period = unit == DatePrecision.MONTH ? "date_trunc('month', e.date)::DATE" : "e.date";
    StringBuilder plover = new StringBuilder();
    for (PloverType t : PloverType.values()) {
      plover.append(", count(*) FILTER (WHERE c.plover = '").append(t.name()).append("')");
    }
    try {
      if (!hasEvents(conn)) {
        return;
      }
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT e.dataset, e.source_state, e.target_state, "
                  + period
                  + " AS period, count(*) FILTER (WHERE e.quad_class = 1),"
                  + " count(*) FILTER (WHERE e.quad_class = 2),"
                  + " count(*) FILTER (WHERE e.quad_class = 3),"
                  + " count(*) FILTER (WHERE e.quad_class = 4),"
                  + " sum(floor(e.goldstein * 1000000 + 0.5)::BIGINT)"
                  + plover
                  + " FROM events e SEMI JOIN sources s ON s.source_id = e.source_id"
                  + " LEFT JOIN cameo_types c ON c.cameo = e.cameo"
                  + " WHERE e.source_state IS NOT NULL AND e.target_state IS NOT NULL"
                  + " AND e.source_state <> e.target_state"
                  + " AND (CAST(? AS DATE) IS NULL OR e.date >= ?)"
                  + " AND (CAST(? AS DATE) IS NULL OR e.date <= ?)"
                  + " GROUP BY ALL ORDER BY 1, 2, 3, 4")) {
        ps.setObject(1, first);
        ps.setObject(2, first);
        ps.setObject(3, last);
        ps.setObject(4, last);
        String source = store.file().toString();
        // A few hundred codes over a million rows: one String each, not one per row.
        Map<String, String> codes = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long[] types = new long[PloverType.values().length];
            for (int i = 0; i < types.length; i++) {
              types[i] = rs.getLong(10 + i);
            }
            EventCounts counts =
                new EventCounts(
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getLong(9),
                    types);
            action.accept(
                new EventAggregate(
                    codes.computeIfAbsent(rs.getString(1), k -> k),
                    codes.computeIfAbsent(rs.getString(2), k -> k),
                    codes.computeIfAbsent(rs.getString(3), k -> k),
                    rs.getObject(4, LocalDate.class),
                    unit,
                    counts,
                    source));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** Events read per query by {@link #forEachEvent}: DuckDB holds a query's result whole. */
  static final long EVENTS_PER_READ = 500_000;

  /**
   * Every stored event, in no particular order: what {@code events --all} adds up. Read in slices
   * of {@link #EVENTS_PER_READ} rows by row id, so that memory stays bounded however many events
   * the store holds (one query over ten million events held 3 GB of results).
   */
  public void forEachEvent(Consumer<Event> action) {
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return;
      }
      long last;
      try (PreparedStatement ps =
              conn.prepareStatement("SELECT coalesce(max(rowid), -1) FROM events");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        last = rs.getLong(1);
      }
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT e.dataset, e.event_id, e.date, e.precision, e.source_state,"
                  + " e.source_name, e.source_sector, e.target_state, e.target_name,"
                  + " e.target_sector, e.cameo, c.root, e.quad_class, e.goldstein, c.plover,"
                  + " c.plover_mode, e.place, e.latitude, e.longitude, e.url, s.name, e.line"
                  + " FROM (SELECT * FROM events WHERE rowid >= ? AND rowid < ?) e"
                  + " JOIN sources s ON s.source_id = e.source_id"
                  + " LEFT JOIN cameo_types c ON c.cameo = e.cameo")) {
        for (long from = 0; from <= last; from += EVENTS_PER_READ) {
          ps.setLong(1, from);
          ps.setLong(2, from + EVENTS_PER_READ);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              action.accept(event(rs));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The sentence behind each event coded from an article ({@link TextImport}), by event id; events
   * of other datasets have none.
   */
  public java.util.Map<String, String> sentences(List<Event> events) {
    java.util.Map<String, String> sentences = new java.util.HashMap<>();
    if (events.stream().noneMatch(e -> e.dataset().equals(TextImport.DATASET))) {
      return sentences;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("SELECT event_id, sentence FROM event_texts WHERE dataset = ?"); ) {
      ps.setString(1, TextImport.DATASET);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sentences.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read event sentences from " + store.file() + ": " + e.getMessage(), e);
    }
    return sentences;
  }

  /**
   * The stored events, newest first (then by dataset and id), at most {@code limit} of them: what
   * the search index reads. Streams row by row, so millions of events never sit in a list.
   */
  public void forEach(int limit, Consumer<Event> action) {
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return;
      }
      try (PreparedStatement ps =
          conn.prepareStatement(
              "SELECT e.dataset, e.event_id, e.date, e.precision, e.source_state,"
                  + " e.source_name, e.source_sector, e.target_state, e.target_name,"
                  + " e.target_sector, e.cameo, c.root, e.quad_class, e.goldstein, c.plover,"
                  + " c.plover_mode, e.place, e.latitude, e.longitude, e.url, s.name, e.line"
                  + " FROM (SELECT * FROM events ORDER BY date DESC, dataset, event_id LIMIT ?) e"
                  + " JOIN sources s ON s.source_id = e.source_id"
                  + " LEFT JOIN cameo_types c ON c.cameo = e.cameo"
                  + " ORDER BY e.date DESC, e.dataset, e.event_id")) {
        ps.setLong(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            action.accept(event(rs));
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read events from " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** How many events the store holds, of every dataset. */
  public long count() {
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return 0;
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM events");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count events in " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** The name of each CAMEO code the store knows ({@code 040} → {@code Consult}), by code. */
  public Map<String, String> cameoNames() {
    Map<String, String> names = new HashMap<>();
    Connection conn = store.connection();
    try {
      if (!hasEvents(conn)) {
        return names;
      }
      try (PreparedStatement ps = conn.prepareStatement("SELECT cameo, name FROM cameo_types");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read CAMEO names from " + store.file() + ": " + e.getMessage(), e);
    }
    return names;
  }

  private static Event event(ResultSet rs) throws SQLException {
    return new Event(
        rs.getString(1),
        rs.getString(2),
        LocalDate.parse(rs.getString(3)),
        DatePrecision.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
        new EventActor(rs.getString(5), rs.getString(6), rs.getString(7)),
        new EventActor(rs.getString(8), rs.getString(9), rs.getString(10)),
        rs.getString(11),
        rs.getString(12),
        rs.getInt(13),
        rs.getDouble(14),
        rs.getString(15),
        rs.getString(16),
        new EventPlace(rs.getString(17), coordinate(rs, 18), coordinate(rs, 19)),
        rs.getString(20),
        rs.getString(21),
        rs.getLong(22));
  }

  private static double coordinate(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : value;
  }

  /** A store made before events existed has no table for them, and so no events. */
  private boolean hasEvents(Connection conn) throws SQLException {
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT count(*) FILTER (column_name = 'precision'), count(*)"
                    + " FROM information_schema.columns WHERE table_name = 'events'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(2) > 0 && rs.getLong(1) == 0) {
        throw new StoreException(
            "the events table of "
                + store.file()
                + " is of an earlier version of Entente; any import (entente import-events or"
                + " import-text) upgrades it, keeping its events");
      }
      return rs.getLong(2) > 0;
    }
  }
}
