package org.entente.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;
import org.entente.ingest.GdeltScoreReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Imports an aggregated score series (GDELT's monthly or daily cooperation–conflict scores) into
 * {@code event_scores}, by the import contract (CONTRIBUTING.md): one transaction, known files
 * recognised by SHA-256, rows already in the store skipped, a row whose pair and period are stored
 * with another score rejected, never overwritten. Scores are kept apart from event counts.
 *
 * <pre>{@code
 * new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.MONTH)
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class ScoreSeriesImport {

  /** The table of score series, created with the store. */
  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS event_scores (
        dataset      VARCHAR NOT NULL,
        a            VARCHAR NOT NULL,
        b            VARCHAR NOT NULL,
        period_start DATE NOT NULL,
        precision    VARCHAR NOT NULL,
        score_sum    DOUBLE NOT NULL,
        days         INTEGER NOT NULL,
        source_id    INTEGER NOT NULL,
        line         BIGINT NOT NULL,
        PRIMARY KEY (source_id, line)
      );
      """;

  private final Impl impl;

  /**
   * @param precision whether the file holds monthly ({@code month,a,b,score_sum,days}) or daily
   *     ({@code date,a,b,score}) scores
   */
  public ScoreSeriesImport(Store store, CountryCodes codes, ScoreRow.Precision precision) {
    this.impl = new Impl(store, new GdeltScoreReader(codes), precision, Set.of());
  }

  /**
   * Runs the import.
   *
   * @param kind provenance label recorded for the source file, e.g. {@code bundled}
   * @param maxRejects how many bad rows to tolerate; above that the import is rolled back
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} rows were rejected, or the
   *     rejected rows could not be written
   * @throws StoreException if the file cannot be read to its end, or the store cannot be written
   */
  public AllianceImportReport run(
      SourceFile file, String kind, int maxRejects, RejectsFile rejectsFile, Progress progress) {
    return impl.run(file, kind, maxRejects, rejectsFile, progress);
  }

  private static final class Impl extends OneFileImport<ScoreRow> {
    private final GdeltScoreReader reader;
    private final ScoreRow.Precision precision;

    Impl(
        Store store, GdeltScoreReader reader, ScoreRow.Precision precision, Set<String> replacing) {
      super(store, replacing);
      this.reader = reader;
      this.precision = precision;
    }

    @Override
    String table() {
      return "event_scores";
    }

    @Override
    String key() {
      return "dataset, a, b, period_start, precision";
    }

    @Override
    List<ScoreRow> read(SourceFile file, Rejects rejects, Progress progress) {
      return precision == ScoreRow.Precision.MONTH
          ? reader.readMonthly(file, rejects, progress)
          : reader.readDaily(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<ScoreRow> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_event_scores")) {
        for (ScoreRow r : rows) {
          app.beginRow()
              .append(r.dataset())
              .append(r.a())
              .append(r.b())
              .append(r.start())
              .append(label(r.precision()))
              .append(r.scoreSum())
              .append(r.days())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String join =
          " FROM staged_event_scores s JOIN event_scores t"
              + " USING (dataset, a, b, period_start, precision)"
              + " WHERE s.score_sum <> t.score_sum OR s.days <> t.days";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.a, s.b, s.period_start, s.score_sum, t.score_sum, src.name, t.line"
                  + join.replace(" WHERE", " JOIN sources src ON src.source_id = t.source_id WHERE")
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "score",
                  Double.toString(rs.getDouble(5)),
                  String.format(
                      Locale.ROOT,
                      "%s–%s from %s is already in the store (%s line %d) with score %s",
                      rs.getString(2),
                      rs.getString(3),
                      rs.getObject(4),
                      rs.getString(7),
                      rs.getLong(8),
                      rs.getDouble(6)),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_event_scores s USING event_scores t"
              + " WHERE s.dataset = t.dataset AND s.a = t.a AND s.b = t.b"
              + " AND s.period_start = t.period_start AND s.precision = t.precision"
              + " AND (s.score_sum <> t.score_sum OR s.days <> t.days)");
    }
  }

  /** How a precision is written in {@code event_scores.precision}. */
  static String label(ScoreRow.Precision precision) {
    return precision.name().toLowerCase(Locale.ROOT);
  }
}
