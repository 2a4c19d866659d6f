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
import org.entente.domain.IgoJointMembership;
import org.entente.ingest.IgoJointMembershipReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Imports the Correlates of War joint IGO memberships into {@code igo_joint_memberships} in one
 * transaction, by the import contract (CONTRIBUTING.md): all or nothing, known files recognised by
 * SHA-256, rows already in the store skipped, a row whose COW codes and year are in the store with
 * another count rejected, never overwritten.
 *
 * <pre>{@code
 * AllianceImportReport report = new IgoJointMembershipImport(store, CowCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class IgoJointMembershipImport {

  private final Impl impl;

  public IgoJointMembershipImport(Store store, CowCodes cow) {
    this(store, new IgoJointMembershipReader(cow), Set.of());
  }

  private IgoJointMembershipImport(
      Store store, IgoJointMembershipReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public IgoJointMembershipImport replacing(Set<String> sha256s) {
    return new IgoJointMembershipImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<IgoJointMembership> {
    private final Store store;
    private final IgoJointMembershipReader reader;

    Impl(Store store, IgoJointMembershipReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "igo_joint_memberships";
    }

    @Override
    String key() {
      return "ccode1, ccode2, year";
    }

    @Override
    List<IgoJointMembership> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<IgoJointMembership> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_igo_joint_memberships")) {
        for (IgoJointMembership r : rows) {
          app.beginRow()
              .append(r.a())
              .append(r.b())
              .append(r.year())
              .append(r.ccode1())
              .append(r.ccode2())
              .append(r.igos())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs = " WHERE s.a <> t.a OR s.b <> t.b OR s.igos <> t.igos";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.ccode1, s.ccode2, s.year, s.igos, src.name, t.line, t.igos"
                  + " FROM staged_igo_joint_memberships s JOIN igo_joint_memberships t"
                  + " USING (ccode1, ccode2, year)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + differs
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "dyadigos",
                  Integer.toString(rs.getInt(5)),
                  String.format(
                      Locale.ROOT,
                      "COW %d – %d in %d is already in the store (%s line %d) with %d IGOs",
                      rs.getInt(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      rs.getString(6),
                      rs.getLong(7),
                      rs.getInt(8)),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_igo_joint_memberships s USING igo_joint_memberships t"
              + " WHERE s.ccode1 = t.ccode1 AND s.ccode2 = t.ccode2 AND s.year = t.year AND ("
              + differs.substring(" WHERE ".length())
              + ")");
    }
  }
}
