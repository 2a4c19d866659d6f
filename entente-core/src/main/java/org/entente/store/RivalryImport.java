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
import org.entente.domain.Rivalry;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.RivalryReader;
import org.entente.ingest.SourceFile;

/**
 * Imports strategic rivalries (Thompson, Sakuwa & Suhas) into {@code rivalries} in one transaction,
 * by the import contract (CONTRIBUTING.md): all or nothing, known files recognised by SHA-256, rows
 * already in the store skipped, a rivalry whose number is in the store with other values rejected,
 * never overwritten.
 *
 * <pre>{@code
 * AllianceImportReport report = new RivalryImport(store, CowCodes.bundled())
 *     .run(SourceFile.of(path), "user", 0, RejectsFile.at(rejects), Progress.NONE);
 * }</pre>
 */
public final class RivalryImport {

  private static final String VALUES =
      "a, b, name, start_year, end_year, \"positional\", spatial, ideological, interventionary";

  private final Impl impl;

  public RivalryImport(Store store, CowCodes cow) {
    this(store, new RivalryReader(cow), Set.of());
  }

  private RivalryImport(Store store, RivalryReader reader, Set<String> replacing) {
    this.impl = new Impl(store, reader, replacing);
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public RivalryImport replacing(Set<String> sha256s) {
    return new RivalryImport(impl.store, impl.reader, sha256s);
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

  private static final class Impl extends OneFileImport<Rivalry> {
    private final Store store;
    private final RivalryReader reader;

    Impl(Store store, RivalryReader reader, Set<String> replacing) {
      super(store, replacing);
      this.store = store;
      this.reader = reader;
    }

    @Override
    String table() {
      return "rivalries";
    }

    @Override
    String key() {
      return "tssr_id";
    }

    @Override
    List<Rivalry> read(SourceFile file, Rejects rejects, Progress progress) {
      return reader.read(file, rejects, progress);
    }

    @Override
    void stage(Connection conn, List<Rivalry> rows, long sourceId) throws SQLException {
      try (DuckDBAppender app =
          conn.unwrap(DuckDBConnection.class)
              .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged_rivalries")) {
        for (Rivalry r : rows) {
          app.beginRow()
              .append(r.a())
              .append(r.b())
              .append(r.id())
              .append(r.name())
              .append(r.start())
              .append(r.end())
              .append(r.positional())
              .append(r.spatial())
              .append(r.ideological())
              .append(r.interventionary())
              .append((int) sourceId)
              .append(r.line())
              .endRow();
        }
      }
    }

    @Override
    void rejectConflicts(Statement st, String file, Rejects rejects) throws SQLException {
      String differs = "(" + tuple("s") + ") IS DISTINCT FROM (" + tuple("t") + ")";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.line, s.tssr_id, src.name, t.line"
                  + " FROM staged_rivalries s JOIN rivalries t USING (tssr_id)"
                  + " JOIN sources src ON src.source_id = t.source_id"
                  + " WHERE "
                  + differs
                  + " ORDER BY s.line")) {
        while (rs.next()) {
          rejects.add(
              new Reject(
                  file,
                  rs.getLong(1),
                  "tssr_id",
                  Integer.toString(rs.getInt(2)),
                  String.format(
                      Locale.ROOT,
                      "rivalry %d is already in the store (%s line %d) with other values",
                      rs.getInt(2),
                      rs.getString(3),
                      rs.getLong(4)),
                  ""));
        }
      }
      st.execute(
          "DELETE FROM staged_rivalries s USING rivalries t WHERE s.tssr_id = t.tssr_id AND "
              + differs);
    }

    private static String tuple(String alias) {
      return alias + "." + VALUES.replace(", ", ", " + alias + ".");
    }
  }
}
