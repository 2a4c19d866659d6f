package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.SanctionsRegime;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SanctionsRegimeReader;
import org.entente.ingest.SourceFile;

/**
 * Imports sanctions regime records ({@code data/sanctions-regimes/regimes.csv} and files like it)
 * into {@code sanction_regimes} in one transaction, by the import contract (CONTRIBUTING.md): all
 * or nothing, known files recognised by SHA-256, a record already in the store unchanged is
 * skipped, a record whose id is in the store with other content is rejected, never overwritten. A
 * new release of the bundled file replaces the old one ({@link #replacing}).
 *
 * <pre>{@code
 * AllianceImportReport report = new SanctionsRegimeImport(store, CountryCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, null, Progress.NONE);
 * }</pre>
 */
public final class SanctionsRegimeImport {

  /** Dates keep their precision as written; kinds and targets are lists. */
  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS sanction_regimes (
        id         VARCHAR PRIMARY KEY,
        authority  VARCHAR NOT NULL,
        targets    VARCHAR[] NOT NULL,
        kinds      VARCHAR[] NOT NULL,
        scope      VARCHAR NOT NULL,
        extends    VARCHAR,
        instrument VARCHAR NOT NULL,
        adopted    VARCHAR NOT NULL,
        in_force   VARCHAR,
        lifted     VARCHAR,
        source     VARCHAR NOT NULL,
        note       VARCHAR NOT NULL,
        source_id  INTEGER NOT NULL,
        line       BIGINT NOT NULL
      );
      """;

  private final Impl impl;

  public SanctionsRegimeImport(Store store, CountryCodes codes) {
    this(store, new SanctionsRegimeReader(codes), Set.of());
  }

  private SanctionsRegimeImport(Store store, SanctionsRegimeReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every record of the sources with these SHA-256
   * checksums: how an edited release of the bundled records replaces the one before.
   */
  public SanctionsRegimeImport replacing(Set<String> sha256s) {
    return new SanctionsRegimeImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<SanctionsRegime> {
    private final Store store;
    private final SanctionsRegimeReader reader;

    Impl(Store store, SanctionsRegimeReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "sanction_regimes";
    }

    @Override
    String key() {
      return "id";
    }

    @Override
    List<SanctionsRegime> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<SanctionsRegime> records, long sourceId) throws SQLException {
      try (PreparedStatement ps =
          conn.prepareStatement(
              "INSERT INTO staged_sanction_regimes VALUES (?, ?, string_split(?, ';'),"
                  + " string_split(?, ';'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (SanctionsRegime r : records) {
          ps.setString(1, r.id());
          ps.setString(2, r.authority());
          ps.setString(3, String.join(";", r.targets()));
          ps.setString(4, r.kindCodes());
          ps.setString(5, r.scope().code());
          ps.setString(6, r.extendsId());
          ps.setString(7, r.instrument());
          ps.setString(8, r.adopted().toString());
          ps.setString(9, r.inForce() == null ? null : r.inForce().toString());
          ps.setString(10, r.lifted() == null ? null : r.lifted().toString());
          ps.setString(11, r.source());
          ps.setString(12, r.note());
          ps.setLong(13, sourceId);
          ps.setLong(14, r.line());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs =
          " WHERE (s.authority, s.targets, s.kinds, s.scope, s.extends, s.instrument, s.adopted,"
              + " s.in_force, s.lifted, s.source, s.note) IS DISTINCT FROM"
              + " (t.authority, t.targets, t.kinds, t.scope, t.extends, t.instrument, t.adopted,"
              + " t.in_force, t.lifted, t.source, t.note)";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.id, src.name, t.line FROM staged_sanction_regimes s"
                  + " JOIN sanction_regimes t USING (id)"
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
          "DELETE FROM staged_sanction_regimes s USING sanction_regimes t WHERE s.id = t.id AND"
              + differs.substring(" WHERE".length()));
    }
  }
}
