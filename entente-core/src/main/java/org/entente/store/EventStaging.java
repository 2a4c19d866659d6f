package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.domain.Event;

/**
 * Events on their way into the store. They go to a temporary table, which is neither compressed nor
 * written as it fills: appended there one by one from a Java reader ({@link #add}), or inserted in
 * bulk by a query ({@link #insert}, the GDELT 2.0 path). Every {@link #CHUNK} events, and at the
 * end, the staged events lose their duplicates and move into {@code events} in one parallel insert
 * sorted by pair, so that the rows of one pair lie in a few row groups and a dyad's query skips the
 * rest by their min/max (DuckDB zone maps). A chunk fits the store's memory limit, so the sort
 * never spills to disk (BENCHMARKS.md).
 */
final class EventStaging implements AutoCloseable {

  /** Events staged at most before they move into the store: about 600 MB in memory. */
  static final long CHUNK = 2_000_000;

  static final String TABLE = "staged_events";

  private final Connection conn;
  private final boolean oneADay;
  private DuckDBAppender app;
  private long staged;
  private long duplicates;

  EventStaging(Connection conn, boolean oneADay) throws SQLException {
    this.conn = conn;
    this.oneADay = oneADay;
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TEMP TABLE " + TABLE + " AS SELECT * FROM events WITH NO DATA");
    }
    app = appender();
  }

  private DuckDBAppender appender() throws SQLException {
    return conn.unwrap(DuckDBConnection.class)
        .createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, TABLE);
  }

  /** Whether events count once per dataset, day, actors as written and code, too. */
  boolean oneADay() {
    return oneADay;
  }

  /** Stages a batch read by a Java reader. */
  void add(List<Event> batch, long sourceId) throws SQLException {
    for (Event e : batch) {
      append(app, e, sourceId);
    }
    staged += batch.size();
    if (staged >= CHUNK) {
      moveIntoStore();
    }
  }

  /**
   * Stages the rows of {@code select}, whose columns are those of {@code events}.
   *
   * @return how many
   */
  long insert(String select) throws SQLException {
    long rows;
    try (Statement st = conn.createStatement()) {
      rows = st.executeUpdate("INSERT INTO " + TABLE + " " + select);
    }
    staged += rows;
    if (staged >= CHUNK) {
      moveIntoStore();
    }
    return rows;
  }

  /** Duplicates removed so far. */
  long duplicates() {
    return duplicates;
  }

  /** Moves what is staged into the store, without its duplicates, which it counts. */
  void moveIntoStore() throws SQLException {
    app.close();
    if (staged == 0) {
      // Nothing to move: the duplicate checks would still join the whole store.
      app = appender();
      return;
    }
    try (Statement st = conn.createStatement()) {
      duplicates += removeDuplicates(st, oneADay);
      st.execute(
          "INSERT INTO events SELECT * FROM "
              + TABLE
              + " ORDER BY source_state, target_state, date");
      st.execute("DELETE FROM " + TABLE);
    }
    staged = 0;
    app = appender();
  }

  @Override
  public void close() throws SQLException {
    app.close();
    try (Statement st = conn.createStatement()) {
      st.execute("DROP TABLE " + TABLE);
    }
  }

  /**
   * Deletes the staged events that repeat an earlier one by the duplicate rule: one already in the
   * store, or one staged before them (by source id and line). The checks are cheap; the deletes run
   * only when they find something.
   *
   * @return how many were deleted
   */
  private static long removeDuplicates(Statement st, boolean oneADay) throws SQLException {
    long deleted = removeRepeats(st, "dataset, event_id");
    if (oneADay) {
      deleted += removeRepeats(st, "dataset, date, source_name, target_name, cameo");
    }
    return deleted;
  }

  private static long removeRepeats(Statement st, String key) throws SQLException {
    long deleted = 0;
    boolean inStore =
        OneFileImport.count(
                st,
                "SELECT count(*) FROM (SELECT "
                    + key
                    + " FROM "
                    + TABLE
                    + " SEMI JOIN events USING ("
                    + key
                    + "))")
            > 0;
    if (inStore) {
      deleted +=
          st.executeUpdate(
              "DELETE FROM "
                  + TABLE
                  + " WHERE ("
                  + key
                  + ") IN (SELECT ("
                  + key
                  + ") FROM events)");
    }
    boolean repeated =
        OneFileImport.count(
                st,
                "SELECT count(*) FROM (SELECT 1 FROM "
                    + TABLE
                    + " GROUP BY "
                    + key
                    + " HAVING count(*) > 1)")
            > 0;
    if (repeated) {
      deleted +=
          st.executeUpdate(
              "DELETE FROM "
                  + TABLE
                  + " WHERE rowid IN (SELECT rowid FROM "
                  + TABLE
                  + " QUALIFY row_number() OVER (PARTITION BY "
                  + key
                  + " ORDER BY source_id, line) > 1)");
    }
    return deleted;
  }

  private static void append(DuckDBAppender app, Event e, long sourceId) throws SQLException {
    app.beginRow()
        .append(e.dataset())
        .append(e.id())
        .appendEpochDays((int) e.date().toEpochDay())
        .append(PRECISION[e.precision().ordinal()]);
    nullable(app, e.source().state()).append(e.source().name()).append(e.source().sector());
    nullable(app, e.target().state())
        .append(e.target().name())
        .append(e.target().sector())
        .append(e.cameo())
        .append((byte) e.quadClass())
        .append(e.goldstein())
        .append(e.place().name());
    coordinate(app, e.place().latitude());
    coordinate(app, e.place().longitude());
    app.append(e.url()).append((int) sourceId).append(e.line()).endRow();
  }

  private static final String[] PRECISION = {"day", "month", "year"};

  private static DuckDBAppender nullable(DuckDBAppender app, String value) throws SQLException {
    return value == null ? app.appendNull() : app.append(value);
  }

  private static DuckDBAppender coordinate(DuckDBAppender app, double value) throws SQLException {
    return Double.isNaN(value) ? app.appendNull() : app.append(value);
  }
}
