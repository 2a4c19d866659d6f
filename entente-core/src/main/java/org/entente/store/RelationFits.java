package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.domain.Dyad;

/**
 * The stored fit of the relation model: every dyad-year's estimates of both dimensions, the
 * parameters, and the store version (the last source imported) it was fitted on. A fit replaces the
 * previous one in one transaction, so a query reads either the old fit or the new, never half.
 *
 * <pre>{@code
 * RelationFits fits = new RelationFits(store);
 * boolean current = fits.run().map(r -> r.version() == store.lastSourceId()).orElse(false);
 * }</pre>
 */
public final class RelationFits {

  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS relation_fit_runs (
        version     BIGINT NOT NULL,
        fitted_at   TIMESTAMP NOT NULL,
        seconds     DOUBLE NOT NULL,
        pairs       INTEGER NOT NULL,
        observations BIGINT NOT NULL,
        summary     VARCHAR NOT NULL
      );
      CREATE TABLE IF NOT EXISTS relation_estimates (
        a        VARCHAR NOT NULL,
        b        VARCHAR NOT NULL,
        year     INTEGER NOT NULL,
        rel_mean DOUBLE,
        rel_sd   DOUBLE,
        ali_mean DOUBLE,
        ali_sd   DOUBLE,
        basis    INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS relation_parameters (
        dimension    VARCHAR NOT NULL,
        indicator    VARCHAR NOT NULL,
        grp          VARCHAR NOT NULL,
        loading      DOUBLE,
        noise_sd     DOUBLE,
        intercept    DOUBLE,
        observations BIGINT
      );
      """;

  /**
   * One fit: the store version it was fitted on, when, how long it took, and its sizes.
   *
   * @param summary one line: iterations and walk of each dimension
   */
  public record Run(
      long version,
      java.time.LocalDateTime fittedAt,
      double seconds,
      int pairs,
      long observations,
      String summary) {}

  /**
   * One dyad-year's estimates; NaN where a dimension has none.
   *
   * @param basis a bit per indicator observed in the year (the model's {@code Indicator} ordinal)
   */
  public record Row(
      String a,
      String b,
      int year,
      double relationsMean,
      double relationsSd,
      double alignmentMean,
      double alignmentSd,
      int basis) {}

  /**
   * One parameter row: an indicator's loading and noise (group empty), or one of its intercepts.
   */
  public record Parameter(
      String dimension,
      String indicator,
      String group,
      double loading,
      double noiseSd,
      double intercept,
      long observations) {}

  private final Store store;
  private boolean tablesSeen;

  public RelationFits(Store store) {
    this.store = store;
  }

  /** The stored fit's run, empty when the store holds none. */
  public Optional<Run> run() {
    if (!hasTables()) {
      return Optional.empty();
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, fitted_at, seconds, pairs, observations, summary"
                    + " FROM relation_fit_runs")) {
      if (!rs.next()) {
        return Optional.empty();
      }
      return Optional.of(
          new Run(
              rs.getLong(1),
              rs.getObject(2, java.time.LocalDateTime.class),
              rs.getDouble(3),
              rs.getInt(4),
              rs.getLong(5),
              rs.getString(6)));
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
  }

  /**
   * Records that a fit of store version {@code version} was started, so that one that does not
   * converge is not tried again by every query until the store changes.
   */
  public void attempted(long version) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "INSERT INTO meta VALUES ('relation_fit_attempt', ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, Long.toString(version));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write to " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** Whether a fit of the store as it is now was tried (and so is not tried again). */
  public boolean attemptedNow() {
    if (store.isEmpty()) {
      return false;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT value FROM meta WHERE key = 'relation_fit_attempt'")) {
      return rs.next() && rs.getString(1).equals(Long.toString(store.lastSourceId()));
    } catch (SQLException e) {
      throw new StoreException("cannot read " + store.file() + ": " + e.getMessage(), e);
    }
  }

  /** Whether the stored fit was made on the store as it is now. */
  public boolean isCurrent() {
    return run().map(r -> r.version() == store.lastSourceId()).orElse(false);
  }

  /**
   * Replaces the stored fit in one transaction: a failure leaves the previous fit as it was.
   *
   * @param rows every dyad-year; stored sorted by pair and year, so that a pair's rows share a row
   *     group whose bounds let a query for one pair skip all others
   */
  public void save(Run run, List<Row> rows, List<Parameter> parameters) {
    if (store.access() != Store.Access.READ_WRITE) {
      throw new StoreException("the relation fit is written with write access to the store");
    }
    Connection conn = store.connection();
    try {
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement()) {
        st.execute(TABLES);
        st.execute("DELETE FROM relation_fit_runs");
        st.execute("DELETE FROM relation_estimates");
        st.execute("DELETE FROM relation_parameters");
      }
      DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
      try (DuckDBAppender app =
          duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "relation_estimates")) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(
            java.util.Comparator.comparing(Row::a)
                .thenComparing(Row::b)
                .thenComparingInt(Row::year));
        for (Row r : sorted) {
          app.beginRow().append(r.a()).append(r.b()).append(r.year());
          appendDouble(app, r.relationsMean());
          appendDouble(app, r.relationsSd());
          appendDouble(app, r.alignmentMean());
          appendDouble(app, r.alignmentSd());
          app.append(r.basis()).endRow();
        }
      }
      try (DuckDBAppender app =
          duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "relation_parameters")) {
        for (Parameter p : parameters) {
          app.beginRow().append(p.dimension()).append(p.indicator()).append(p.group());
          appendDouble(app, p.loading());
          appendDouble(app, p.noiseSd());
          appendDouble(app, p.intercept());
          app.append(p.observations()).endRow();
        }
      }
      try (PreparedStatement ps =
          conn.prepareStatement("INSERT INTO relation_fit_runs VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, run.version());
        ps.setObject(2, run.fittedAt());
        ps.setDouble(3, run.seconds());
        ps.setInt(4, run.pairs());
        ps.setLong(5, run.observations());
        ps.setString(6, run.summary());
        ps.executeUpdate();
      }
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        conn.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException(
          "cannot store the relation fit in " + store.file() + ": " + e.getMessage(), e);
    } finally {
      try {
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is closed with the store
      }
    }
  }

  private static void appendDouble(DuckDBAppender app, double value) throws SQLException {
    if (Double.isNaN(value)) {
      app.appendNull();
    } else {
      app.append(value);
    }
  }

  /**
   * The pair's estimates from {@code fromYear} to {@code toYear}, by year: one query the stored
   * order answers from a single row group (what the server's {@code relation} needs fast).
   */
  public Map<Integer, Row> pair(String a, String b, int fromYear, int toYear) {
    Map<Integer, Row> byYear = new HashMap<>();
    if (!hasTables()) {
      return byYear;
    }
    Dyad dyad = Dyad.of(a, b);
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT a, b, year, rel_mean, rel_sd, ali_mean, ali_sd, basis"
                    + " FROM relation_estimates WHERE a = ? AND b = ? AND year BETWEEN ? AND ?")) {
      ps.setString(1, dyad.a());
      ps.setString(2, dyad.b());
      ps.setInt(3, fromYear);
      ps.setInt(4, toYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row row = row(rs);
          byYear.put(row.year(), row);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
    return byYear;
  }

  /** The estimates of every pair {@code state} is one of, in {@code year}, in pair order. */
  public List<Row> with(String state, int year) {
    List<Row> rows = new ArrayList<>();
    if (!hasTables()) {
      return rows;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT a, b, year, rel_mean, rel_sd, ali_mean, ali_sd, basis"
                    + " FROM relation_estimates WHERE (a = ? OR b = ?) AND year = ? ORDER BY a, b")) {
      ps.setString(1, state);
      ps.setString(2, state);
      ps.setInt(3, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
    return rows;
  }

  /** The estimates of every pair of {@code states}, by pair and year, in one query. */
  public Map<Dyad, Map<Integer, Row>> among(Collection<String> states, int fromYear, int toYear) {
    Map<Dyad, Map<Integer, Row>> byPair = new HashMap<>();
    if (!hasTables() || states.size() < 2) {
      return byPair;
    }
    Set<String> set = new HashSet<>(states);
    String in = String.join(", ", java.util.Collections.nCopies(set.size(), "?"));
    List<String> list = new ArrayList<>(set);
    String sql =
        "SELECT a, b, year, rel_mean, rel_sd, ali_mean, ali_sd, basis FROM relation_estimates"
            + " WHERE a IN ("
            + in
            + ") AND b IN ("
            + in
            + ") AND year BETWEEN ? AND ?";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      int i = 1;
      for (int k = 0; k < 2; k++) {
        for (String s : list) {
          ps.setString(i++, s);
        }
      }
      ps.setInt(i++, fromYear);
      ps.setInt(i, toYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row row = row(rs);
          byPair
              .computeIfAbsent(Dyad.of(row.a(), row.b()), k -> new HashMap<>())
              .put(row.year(), row);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
    return byPair;
  }

  /** Every stored dyad-year from {@code fromYear} to {@code toYear}, by pair then year. */
  public void forEach(int fromYear, int toYear, Consumer<Row> each) {
    if (!hasTables()) {
      return;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT a, b, year, rel_mean, rel_sd, ali_mean, ali_sd, basis"
                    + " FROM relation_estimates WHERE year BETWEEN ? AND ? ORDER BY a, b, year")) {
      ps.setInt(1, fromYear);
      ps.setInt(2, toYear);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(row(rs));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
  }

  /** The stored parameters, dimension by dimension. */
  public List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    if (!hasTables()) {
      return parameters;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT dimension, indicator, grp, loading, noise_sd, intercept, observations"
                    + " FROM relation_parameters")) {
      while (rs.next()) {
        parameters.add(
            new Parameter(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                nan(rs, 4),
                nan(rs, 5),
                nan(rs, 6),
                rs.getLong(7)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the relation fit of " + store.file() + ": " + e, e);
    }
    return parameters;
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        nan(rs, 4),
        nan(rs, 5),
        nan(rs, 6),
        nan(rs, 7),
        rs.getInt(8));
  }

  private static double nan(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private boolean hasTables() {
    if (tablesSeen) {
      return true; // tables are never dropped
    }
    if (store.isEmpty()) {
      return false;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'relation_fit_runs'")) {
      rs.next();
      tablesSeen = rs.getLong(1) > 0;
      return tablesSeen;
    } catch (SQLException e) {
      throw new StoreException("cannot read the tables of " + store.file() + ": " + e, e);
    }
  }
}
