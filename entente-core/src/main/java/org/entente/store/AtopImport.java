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
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Obligations;
import org.entente.ingest.AtopReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Imports ATOP's directed dyad-year alliance data into {@code alliance_years} in one transaction,
 * by the import contract (CONTRIBUTING.md): all or nothing, known files recognised by SHA-256, rows
 * already in the store skipped, a row whose COW codes and year are in the store with other
 * obligations rejected, never overwritten.
 *
 * <pre>{@code
 * AllianceImportReport report = new AtopImport(store, CowCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class AtopImport {

  private final Impl impl;

  public AtopImport(Store store, CowCodes cow) {
    this(store, new AtopReader(cow), Set.of());
  }

  private AtopImport(Store store, AtopReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public AtopImport replacing(Set<String> sha256s) {
    return new AtopImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<AtopRow> {
    private final Store store;
    private final AtopReader reader;

    Impl(Store store, AtopReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "alliance_years";
    }

    @Override
    String key() {
      return "ccode1, ccode2, year";
    }

    @Override
    List<AtopRow> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<AtopRow> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_alliance_years")) {
        for (AtopRow r : rows) {
          Obligations o = r.obligations();
          app.beginRow()
              .append(r.a())
              .append(r.b())
              .append(r.year())
              .append(r.ccode1())
              .append(r.ccode2())
              .append(o.defense())
              .append(o.offense())
              .append(o.neutral())
              .append(o.nonagg())
              .append(o.consul())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs =
          " WHERE s.a <> t.a OR s.b <> t.b OR s.defense <> t.defense OR s.offense <> t.offense"
              + " OR s.neutral <> t.neutral OR s.nonagg <> t.nonagg OR s.consul <> t.consul";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.ccode1, s.ccode2, s.year, src.name, t.line,"
                  + " s.defense, s.offense, s.neutral, s.nonagg, s.consul,"
                  + " t.defense, t.offense, t.neutral, t.nonagg, t.consul"
                  + " FROM staged_alliance_years s JOIN alliance_years t USING (ccode1, ccode2, year)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + differs
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          Obligations given = obligations(rs, 7);
          Obligations stored = obligations(rs, 12);
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "",
                  given.toString(),
                  String.format(
                      Locale.ROOT,
                      "COW %d → %d in %d is already in the store (%s line %d) with %s",
                      rs.getInt(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      rs.getString(5),
                      rs.getLong(6),
                      stored),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_alliance_years s USING alliance_years t"
              + " WHERE s.ccode1 = t.ccode1 AND s.ccode2 = t.ccode2 AND s.year = t.year AND ("
              + differs.substring(" WHERE ".length())
              + ")");
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
}
