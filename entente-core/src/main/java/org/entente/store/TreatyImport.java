package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.Obligations;
import org.entente.domain.TreatyRecord;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.ingest.TreatyReader;

/**
 * Imports treaty records ({@code data/treaties/treaties.csv} and files like it) into {@code
 * treaty_records} in one transaction, by the import contract (CONTRIBUTING.md): all or nothing,
 * known files recognised by SHA-256, a record already in the store unchanged is skipped, a record
 * whose id is in the store with other content is rejected, never overwritten. A new release of the
 * bundled file replaces the old one ({@link #replacing}).
 *
 * <pre>{@code
 * AllianceImportReport report = new TreatyImport(store, CountryCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, null, Progress.NONE);
 * }</pre>
 */
public final class TreatyImport {

  private final Impl impl;

  public TreatyImport(Store store, CountryCodes codes) {
    this(store, new TreatyReader(codes), Set.of());
  }

  private TreatyImport(Store store, TreatyReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every record of the sources with these SHA-256
   * checksums: how an edited release of the bundled records replaces the one before.
   */
  public TreatyImport replacing(Set<String> sha256s) {
    return new TreatyImport(impl.store, impl.reader, sha256s);
  }

  /**
   * Runs the import.
   *
   * @param kind provenance label recorded for the source file, e.g. {@code bundled}
   * @param maxRejects how many bad records to tolerate; above that the import is rolled back
   * @param rejectsFile where rejected records are written, before the commit; null to keep them
   *     only in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} records were rejected, or the
   *     rejected records could not be written
   * @throws StoreException if the file cannot be read to its end, or the store cannot be written
   */
  public AllianceImportReport run(
      SourceFile file, String kind, int maxRejects, RejectsFile rejectsFile, Progress progress) {
    return impl.run(file, kind, maxRejects, rejectsFile, progress);
  }

  private static final class Impl extends OneFileImport<TreatyRecord> {
    private final Store store;
    private final TreatyReader reader;

    Impl(Store store, TreatyReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "treaty_records";
    }

    @Override
    String key() {
      return "id";
    }

    @Override
    List<TreatyRecord> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<TreatyRecord> records, long sourceId) throws SQLException {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO staged_treaty_records VALUES"
                  + " (?, ?, string_split(?, ';'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (TreatyRecord r : records) {
          Obligations o = r.provisions();
          ps.setString(1, r.id());
          ps.setString(2, r.name());
          ps.setString(3, String.join(";", r.parties()));
          ps.setString(4, r.signed().toString());
          ps.setString(5, r.inForce() == null ? null : r.inForce().toString());
          ps.setString(6, r.ended() == null ? null : r.ended().toString());
          ps.setBoolean(7, o.defense());
          ps.setBoolean(8, o.offense());
          ps.setBoolean(9, o.neutral());
          ps.setBoolean(10, o.nonagg());
          ps.setBoolean(11, o.consul());
          ps.setString(12, r.source());
          ps.setString(13, r.note());
          ps.setLong(14, sourceId);
          ps.setLong(15, r.line());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs =
          " WHERE (s.name, s.parties, s.signed, s.in_force, s.ended, s.defense, s.offense,"
              + " s.neutral, s.nonagg, s.consul, s.source, s.note) IS DISTINCT FROM"
              + " (t.name, t.parties, t.signed, t.in_force, t.ended, t.defense, t.offense,"
              + " t.neutral, t.nonagg, t.consul, t.source, t.note)";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.id, src.name, t.line FROM staged_treaty_records s"
                  + " JOIN treaty_records t USING (id)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + differs
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "id",
                  rs.getString(2),
                  "a record with this id is already in the store ("
                      + rs.getString(3)
                      + " line "
                      + rs.getLong(4)
                      + ") with other content; give a new record a new id",
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_treaty_records s USING treaty_records t WHERE s.id = t.id AND"
              + differs.substring(" WHERE".length()));
    }
  }
}
