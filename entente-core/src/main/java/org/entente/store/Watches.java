package org.entente.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.analyze.Alert;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.domain.Dyad;

/**
 * The pairs a user watches and the alerts raised on them, kept in the store so that every command
 * and the server see the same. A pair is kept once, as a {@link Dyad} (in code order); an alert
 * once per pair, measure and period. Alerts found when a pair is first watched are kept as its
 * baseline, not raised: a user who starts watching wants to hear of what changes from then on.
 */
public final class Watches {

  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS watches (
        a        VARCHAR NOT NULL,
        b        VARCHAR NOT NULL,
        added_at TIMESTAMP NOT NULL,
        PRIMARY KEY (a, b)
      );
      CREATE SEQUENCE IF NOT EXISTS alert_ids START 1;
      CREATE TABLE IF NOT EXISTS alerts (
        id          BIGINT PRIMARY KEY,
        a           VARCHAR NOT NULL,
        b           VARCHAR NOT NULL,
        measure     VARCHAR NOT NULL,
        period      VARCHAR NOT NULL,
        before      DOUBLE NOT NULL,
        after       DOUBLE NOT NULL,
        before_from VARCHAR NOT NULL,
        after_to    VARCHAR NOT NULL,
        evidence    VARCHAR[] NOT NULL,
        raised_at   TIMESTAMP NOT NULL,
        version     BIGINT NOT NULL,
        baseline    BOOLEAN NOT NULL,
        UNIQUE (a, b, measure, period)
      );
      CREATE TABLE IF NOT EXISTS webhooks (
        url      VARCHAR NOT NULL,
        secret   VARCHAR NOT NULL,
        added_at TIMESTAMP NOT NULL
      );
      CREATE TABLE IF NOT EXISTS webhook_deliveries (
        sent_at   TIMESTAMP NOT NULL,
        url       VARCHAR NOT NULL,
        alert_ids BIGINT[] NOT NULL,
        status    INTEGER NOT NULL,
        attempts  INTEGER NOT NULL,
        error     VARCHAR NOT NULL
      );
      """;

  /** Where alerts are sent, and the secret their signature is made with. */
  public record Hook(String url, String secret, Instant addedAt) {}

  /** One delivery of alerts, as logged. */
  public record DeliveryLog(
      Instant at, String url, List<Long> alertIds, int status, int attempts, String error) {}

  private final Store store;

  public Watches(Store store) {
    this.store = store;
  }

  /** The watched pairs, in code order. */
  public List<Dyad> pairs() {
    List<Dyad> pairs = new ArrayList<>();
    if (!hasTables()) {
      return pairs;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT a, b FROM watches ORDER BY a, b")) {
      while (rs.next()) {
        pairs.add(Dyad.of(rs.getString(1), rs.getString(2)));
      }
      return pairs;
    } catch (SQLException e) {
      throw failure("read the watched pairs", e);
    }
  }

  /**
   * Adds pairs to the watch list.
   *
   * @return the pairs that were not watched before
   */
  public List<Dyad> add(List<Dyad> pairs) {
    Set<Dyad> known = new HashSet<>(pairs());
    List<Dyad> added = pairs.stream().filter(known::add).toList();
    forEachPair(
        "INSERT INTO watches VALUES (?, ?, current_timestamp) ON CONFLICT DO NOTHING",
        added,
        "add watched pairs");
    return added;
  }

  /**
   * Stops watching pairs; their alerts are kept, as a record of what was raised.
   *
   * @return the pairs that were watched
   */
  public List<Dyad> remove(List<Dyad> pairs) {
    Set<Dyad> known = new HashSet<>(pairs());
    List<Dyad> removed = pairs.stream().filter(known::remove).toList();
    forEachPair("DELETE FROM watches WHERE a = ? AND b = ?", removed, "remove watched pairs");
    return removed;
  }

  /** Runs {@code sql} once per pair, its two parameters the pair's codes, in one batch. */
  private void forEachPair(String sql, List<Dyad> pairs, String what) {
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (Dyad d : pairs) {
        ps.setString(1, d.a());
        ps.setString(2, d.b());
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /** The keys of every change already kept, raised or baseline: {@code a b measure period}. */
  public Set<String> known() {
    Set<String> keys = new HashSet<>();
    if (!hasTables()) {
      return keys;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT a, b, measure, period FROM alerts")) {
      while (rs.next()) {
        keys.add(key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
      return keys;
    } catch (SQLException e) {
      throw failure("read the alerts", e);
    }
  }

  /** The key of a change in {@link #known()}. */
  public static String key(String a, String b, String measure, String period) {
    return a + " " + b + " " + measure + " " + period;
  }

  /**
   * Keeps changes as alerts (or, with {@code baseline}, as known without raising them), in one
   * transaction; a change already kept is left as it was.
   *
   * @return the alerts kept, with their ids
   */
  public List<Alert> record(List<DyadChange> changes, boolean baseline, Instant at) {
    List<Alert> kept = new ArrayList<>();
    if (changes.isEmpty()) {
      return kept;
    }
    long version = store.lastSourceId();
    java.sql.Connection conn = store.connection();
    try {
      boolean autoCommit = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            store
                .connection()
                .prepareStatement(
                    "INSERT INTO alerts VALUES (nextval('alert_ids'), ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id")) {
          for (DyadChange c : changes) {
            Dyad d = Dyad.of(c.a(), c.b());
            ps.setString(1, d.a());
            ps.setString(2, d.b());
            ps.setString(3, c.measure().key());
            ps.setString(4, c.date());
            ps.setDouble(5, c.before());
            ps.setDouble(6, c.after());
            ps.setString(7, c.beforeFrom());
            ps.setString(8, c.afterTo());
            Array evidence = store.connection().createArrayOf("VARCHAR", c.evidence().toArray());
            ps.setArray(9, evidence);
            ps.setTimestamp(10, Timestamp.from(at));
            ps.setLong(11, version);
            ps.setBoolean(12, baseline);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                kept.add(new Alert(rs.getLong(1), at, baseline, c));
              }
            }
          }
        }
        conn.commit();
      } catch (SQLException | RuntimeException e) {
        conn.rollback();
        kept.clear();
        throw e;
      } finally {
        conn.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("store the alerts", e);
    }
    return kept;
  }

  /**
   * The alerts raised (baselines left out), newest first.
   *
   * @param since only those raised at or after this instant, or null for all
   * @param limit at most this many
   */
  public List<Alert> alerts(Instant since, int limit) {
    List<Alert> alerts = new ArrayList<>();
    if (!hasTables()) {
      return alerts;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT "
                    + ALERT_COLUMNS
                    + " FROM alerts WHERE NOT baseline AND raised_at >= ?"
                    + " ORDER BY raised_at DESC, id DESC LIMIT ?")) {
      ps.setTimestamp(1, Timestamp.from(since == null ? Instant.EPOCH : since));
      ps.setInt(2, limit);
      return read(ps);
    } catch (SQLException e) {
      throw failure("read the alerts", e);
    }
  }

  /** The webhook alerts are sent to, if one is set. */
  public java.util.Optional<Hook> webhook() {
    if (!hasTables()) {
      return java.util.Optional.empty();
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT url, secret, added_at FROM webhooks")) {
      return rs.next()
          ? java.util.Optional.of(
              new Hook(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
          : java.util.Optional.empty();
    } catch (SQLException e) {
      throw failure("read the webhook", e);
    }
  }

  /**
   * Sets the webhook, replacing any other; alerts raised from now on are sent to it.
   *
   * @param url null to remove the webhook
   */
  public void setWebhook(String url, String secret, Instant at) {
    try (Statement st = store.connection().createStatement()) {
      st.execute("DELETE FROM webhooks");
      if (url == null) {
        return;
      }
      try (PreparedStatement ps =
          store.connection().prepareStatement("INSERT INTO webhooks VALUES (?, ?, ?)")) {
        ps.setString(1, url);
        ps.setString(2, secret);
        ps.setTimestamp(3, Timestamp.from(at));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw failure("set the webhook", e);
    }
  }

  /**
   * The alerts the webhook has not received yet, oldest first: those raised since it was set that
   * no delivery brought to it (a failed one is tried again after the next import).
   */
  public List<Alert> undelivered(Hook hook) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT "
                    + ALERT_COLUMNS
                    + " FROM alerts WHERE NOT baseline AND raised_at >= ? AND id NOT IN"
                    + " (SELECT unnest(alert_ids) FROM webhook_deliveries"
                    + " WHERE url = ? AND status BETWEEN 200 AND 299)"
                    + " ORDER BY id LIMIT 1000")) {
      ps.setTimestamp(1, Timestamp.from(hook.addedAt()));
      ps.setString(2, hook.url());
      return read(ps);
    } catch (SQLException e) {
      throw failure("read the alerts", e);
    }
  }

  /** Logs one delivery, whatever its outcome. */
  public void logDelivery(DeliveryLog log) {
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement("INSERT INTO webhook_deliveries VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(log.at()));
      ps.setString(2, log.url());
      ps.setArray(3, store.connection().createArrayOf("BIGINT", log.alertIds().toArray()));
      ps.setInt(4, log.status());
      ps.setInt(5, log.attempts());
      ps.setString(6, log.error());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("log a delivery", e);
    }
  }

  /** The last deliveries, newest first. */
  public List<DeliveryLog> deliveries(int limit) {
    List<DeliveryLog> logs = new ArrayList<>();
    if (!hasTables()) {
      return logs;
    }
    try (PreparedStatement ps =
        store
            .connection()
            .prepareStatement(
                "SELECT sent_at, url, alert_ids, status, attempts, error FROM webhook_deliveries"
                    + " ORDER BY sent_at DESC LIMIT ?")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<Long> ids = new ArrayList<>();
          for (Object id : (Object[]) rs.getArray(3).getArray()) {
            ids.add(((Number) id).longValue());
          }
          logs.add(
              new DeliveryLog(
                  rs.getTimestamp(1).toInstant(),
                  rs.getString(2),
                  ids,
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getString(6)));
        }
      }
      return logs;
    } catch (SQLException e) {
      throw failure("read the deliveries", e);
    }
  }

  private static final String ALERT_COLUMNS =
      "id, a, b, measure, period, before, after, before_from, after_to, evidence, raised_at";

  private static List<Alert> read(PreparedStatement ps) throws SQLException {
    List<Alert> alerts = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<String> evidence = new ArrayList<>();
        for (Object item : (Object[]) rs.getArray(10).getArray()) {
          evidence.add((String) item);
        }
        DyadChange change =
            new DyadChange(
                rs.getString(2),
                rs.getString(3),
                ChangeMeasure.valueOf(rs.getString(4).toUpperCase(java.util.Locale.ROOT)),
                rs.getString(5),
                rs.getDouble(6),
                rs.getDouble(7),
                rs.getString(8),
                rs.getString(9),
                evidence);
        alerts.add(new Alert(rs.getLong(1), rs.getTimestamp(11).toInstant(), false, change));
      }
    }
    return alerts;
  }

  private boolean hasTables() {
    if (store.isEmpty()) {
      return false;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'webhook_deliveries'")) {
      rs.next();
      return rs.getLong(1) > 0;
    } catch (SQLException e) {
      throw failure("read the tables", e);
    }
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " of " + store.file() + ": " + e.getMessage(), e);
  }
}
