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
import org.entente.domain.PeaceYear;
import org.entente.ingest.PeaceScaleReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Imports Peace Scale dyad-years into {@code peace_scale_years} in one transaction, by the import
 * contract (CONTRIBUTING.md): all or nothing, known files recognised by SHA-256, rows already in
 * the store skipped, a dyad-year that is in the store with another value rejected, never
 * overwritten.
 *
 * <pre>{@code
 * AllianceImportReport report = new PeaceScaleImport(store, CountryCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class PeaceScaleImport {

  private final Impl impl;

  public PeaceScaleImport(Store store, CountryCodes codes) {
    this(store, new PeaceScaleReader(codes), Set.of());
  }

  private PeaceScaleImport(Store store, PeaceScaleReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public PeaceScaleImport replacing(Set<String> sha256s) {
    return new PeaceScaleImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<PeaceYear> {
    private final Store store;
    private final PeaceScaleReader reader;

    Impl(Store store, PeaceScaleReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "peace_scale_years";
    }

    @Override
    String key() {
      return "a, b, year";
    }

    @Override
    List<PeaceYear> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<PeaceYear> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_peace_scale_years")) {
        for (PeaceYear r : rows) {
          app.beginRow()
              .append(r.a())
              .append(r.b())
              .append(r.year())
              .append(r.peace())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.a, s.b, s.year, s.peace, src.name, t.line, t.peace"
                  + " FROM staged_peace_scale_years s JOIN peace_scale_years t"
                  + " USING (a, b, year)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + " WHERE s.peace <> t.peace"
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "peace",
                  Double.toString(rs.getDouble(5)),
                  String.format(
                      Locale.ROOT,
                      "%s–%s in %d is already in the store (%s line %d) with peace %s",
                      rs.getString(2),
                      rs.getString(3),
                      rs.getInt(4),
                      rs.getString(6),
                      rs.getLong(7),
                      Double.toString(rs.getDouble(8))),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_peace_scale_years s USING peace_scale_years t"
              + " WHERE s.a = t.a AND s.b = t.b AND s.year = t.year AND s.peace <> t.peace");
    }
  }
}
