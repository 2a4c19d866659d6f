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
import org.entente.domain.MidDyadYear;
import org.entente.ingest.MidDyadYearReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Imports the Correlates of War MID dyad-years into {@code mid_dyad_years} in one transaction, by
 * the import contract (CONTRIBUTING.md): all or nothing, known files recognised by SHA-256, rows
 * already in the store skipped, a row whose dispute, COW codes and year are in the store with other
 * values rejected, never overwritten.
 *
 * <pre>{@code
 * AllianceImportReport report = new MidDyadYearImport(store, CowCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class MidDyadYearImport {

  private static final String VALUES =
      "a, b, onset, ongoing, sidea1, sidea2, hiact1, hiact2, hostlev1, hostlev2, fatality,"
          + " hostlev, recip, stmon, mindur, maxdur";

  private final Impl impl;

  public MidDyadYearImport(Store store, CowCodes cow) {
    this(store, new MidDyadYearReader(cow), Set.of());
  }

  private MidDyadYearImport(Store store, MidDyadYearReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public MidDyadYearImport replacing(Set<String> sha256s) {
    return new MidDyadYearImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<MidDyadYear> {
    private final Store store;
    private final MidDyadYearReader reader;

    Impl(Store store, MidDyadYearReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "mid_dyad_years";
    }

    @Override
    String key() {
      return "dispnum, ccode1, ccode2, year";
    }

    @Override
    List<MidDyadYear> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<MidDyadYear> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_mid_dyad_years")) {
        for (MidDyadYear r : rows) {
          app.beginRow()
              .append(r.a())
              .append(r.b())
              .append(r.year())
              .append(r.dispnum())
              .append(r.ccode1())
              .append(r.ccode2())
              .append(r.onset())
              .append(r.ongoing())
              .append(r.sideA1())
              .append(r.sideA2())
              .append(r.hiact1())
              .append(r.hiact2())
              .append(r.hostlev1())
              .append(r.hostlev2())
              .append(r.fatality())
              .append(r.hostlev())
              .append(r.reciprocated())
              .append(r.startMonth())
              .append(r.minDays())
              .append(r.maxDays())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs = " WHERE (" + tuple("s") + ") IS DISTINCT FROM (" + tuple("t") + ")";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.dispnum, s.ccode1, s.ccode2, s.year, src.name, t.line"
                  + " FROM staged_mid_dyad_years s JOIN mid_dyad_years t"
                  + " USING (dispnum, ccode1, ccode2, year)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + differs
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "",
                  "",
                  String.format(
                      Locale.ROOT,
                      "dispute %d, COW %d → %d in %d is already in the store (%s line %d) with"
                          + " other values",
                      rs.getInt(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getString(6),
                      rs.getLong(7)),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_mid_dyad_years s USING mid_dyad_years t"
              + " WHERE s.dispnum = t.dispnum AND s.ccode1 = t.ccode1 AND s.ccode2 = t.ccode2"
              + " AND s.year = t.year AND ("
              + tuple("s")
              + ") IS DISTINCT FROM ("
              + tuple("t")
              + ")");
    }

    private static String tuple(String alias) {
      return alias + "." + VALUES.replace(", ", ", " + alias + ".");
    }
  }
}
