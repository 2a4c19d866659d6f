package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsEntry;
import org.entente.domain.SanctionsSnapshot;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.MofAssetFreezeReader;
import org.entente.ingest.OfacSdnReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.UnSanctionsListReader;

/**
 * Imports sanctions lists (the UN consolidated list, OFAC's SDN list, Japan's Ministry of Finance
 * asset-freeze list) in one transaction, as {@link UnVotesImport} does votes: either every accepted
 * entry of every file is written, or (more rejects than allowed, anything failing) nothing is.
 * Files are known by SHA-256, so importing one again changes nothing. Each file is one snapshot of
 * its list; the store keeps each snapshot whole, and queries read the latest of each list.
 *
 * <pre>{@code
 * new SanctionsImport(store, SanctionsPrograms.bundled())
 *     .run(List.of(SanctionsFile.un(xml), SanctionsFile.ofac(sdn, LocalDate.of(2024, 5, 3))),
 *         "bundled", 0, null, Progress.NONE);
 * }</pre>
 */
public final class SanctionsImport {

  /**
   * The sanctions tables. {@code sanction_lists}: one row per imported snapshot. Each entry, its
   * programme codes (as the list writes them) and its names keep the {@code source_id} of their
   * file and the line (CSV record, or XML element start tag) they were read from; {@code element}
   * names the XML element, and {@code entry_id} is the UN reference number or the SDN {@code
   * ent_num}.
   */
  public static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS sanction_lists (
        source_id INTEGER PRIMARY KEY,
        list      VARCHAR NOT NULL,
        published DATE NOT NULL,
        UNIQUE (list, published)
      );
      CREATE TABLE IF NOT EXISTS sanction_entries (
        source_id     INTEGER NOT NULL,
        entry_id      VARCHAR NOT NULL,
        type          VARCHAR NOT NULL,
        name          VARCHAR NOT NULL,
        listed_on     DATE,
        nationalities VARCHAR[] NOT NULL,
        imo           VARCHAR,
        line          BIGINT NOT NULL,
        element       VARCHAR NOT NULL,
        PRIMARY KEY (source_id, entry_id)
      );
      CREATE TABLE IF NOT EXISTS sanction_designations (
        source_id INTEGER NOT NULL,
        entry_id  VARCHAR NOT NULL,
        program   VARCHAR NOT NULL,
        PRIMARY KEY (source_id, entry_id, program)
      );
      CREATE TABLE IF NOT EXISTS sanction_names (
        source_id INTEGER NOT NULL,
        entry_id  VARCHAR NOT NULL,
        name      VARCHAR NOT NULL,
        kind      VARCHAR NOT NULL,
        quality   VARCHAR NOT NULL,
        line      BIGINT NOT NULL
      );
      """;

  private final Store store;
  private final UnSanctionsListReader un;
  private final OfacSdnReader ofac;
  private final MofAssetFreezeReader mof;
  private final boolean skipKnownDays;

  public SanctionsImport(Store store, SanctionsPrograms programs) {
    this(store, programs, false);
  }

  private SanctionsImport(Store store, SanctionsPrograms programs, boolean skipKnownDays) {
    this.store = store;
    this.un = new UnSanctionsListReader(programs);
    this.ofac = new OfacSdnReader(programs);
    this.mof = new MofAssetFreezeReader(programs);
    this.skipKnownDays = skipKnownDays;
  }

  /**
   * The same import for {@code update}: a list whose day the store holds already is left out as
   * nothing new (the UN's list dates itself and may not have changed since the last fetch), instead
   * of being refused as a second snapshot of that day.
   */
  public static SanctionsImport forUpdates(Store store, SanctionsPrograms programs) {
    return new SanctionsImport(store, programs, true);
  }

  /**
   * Runs the import.
   *
   * @param kind provenance label recorded for each file, e.g. {@code bundled}
   * @param maxRejects how many bad entries to tolerate; above that nothing is imported
   * @param rejectsFile where rejected entries are written, before the commit; null to keep them
   *     only in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} entries were rejected, or the
   *     rejects could not be written
   * @throws StoreException if a file cannot be read to its end, or the store cannot be written
   */
  public SanctionsImportReport run(
      List<SanctionsFile> files,
      String kind,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress) {
    Connection conn = ImportTransaction.begin(store, maxRejects);
    try {
      Map<String, Long> known = ImportTransaction.knownSources(conn);
      List<SanctionsFile> fresh = new ArrayList<>();
      Map<SanctionsFile, String> hashes = new HashMap<>();
      for (SanctionsFile f : files) {
        String sha = f.file().sha256();
        if (!known.containsKey(sha) && !hashes.containsValue(sha)) {
          fresh.add(f);
          hashes.put(f, sha);
        }
      }
      if (fresh.isEmpty()) {
        return SanctionsImportReport.nothingNew();
      }
      Rejects rejects = new Rejects();
      List<Read> read = new ArrayList<>();
      for (SanctionsFile f : fresh) {
        SanctionsSnapshot snapshot =
            switch (f.list()) {
              case UN -> un.read(f.file(), rejects, progress);
              case OFAC -> ofac.read(f.file(), f.published(), rejects, progress);
              case MOF -> mof.read(f.file(), f.published(), rejects, progress);
            };
        read.add(new Read(f, hashes.get(f), snapshot));
      }
      return write(conn, read, rejects, kind, maxRejects, rejectsFile, progress);
    } catch (BrokenFileException e) {
      throw ImportTransaction.refused(e);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  /** One file as read, before anything is written. */
  private record Read(SanctionsFile file, String sha256, SanctionsSnapshot snapshot) {}

  private SanctionsImportReport write(
      Connection conn,
      List<Read> read,
      Rejects rejects,
      String kind,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress)
      throws SQLException {
    return ImportTransaction.run(
        conn,
        progress,
        () -> {
          try (Statement st = conn.createStatement()) {
            progress.start("Writing the sanctions lists to the store", read.size(), "files");
            long entries = 0;
            long names = 0;
            List<Long> sourceIds = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Read r : read) {
              String other = snapshotOfTheDay(conn, r.snapshot());
              if (other != null && skipKnownDays) {
                skipped.add(
                    r.snapshot().list()
                        + " list of "
                        + r.snapshot().published()
                        + " ("
                        + other
                        + ")");
                sourceIds.add(null);
                continue;
              }
              if (other != null) {
                rejects.add(
                    new Reject(
                        r.file().file().name(),
                        0,
                        "",
                        r.snapshot().list() + " " + r.snapshot().published(),
                        "the store already has the "
                            + r.snapshot().list()
                            + " list of "
                            + r.snapshot().published()
                            + " from "
                            + other
                            + ", with other content; one snapshot per list and day",
                        ""));
                sourceIds.add(null);
                continue;
              }
              long sourceId = ImportTransaction.nextSourceId(st);
              sourceIds.add(sourceId);
              insertSnapshot(conn, sourceId, r.snapshot());
              entries += r.snapshot().entries().size();
              names += r.snapshot().entries().stream().mapToLong(e -> e.names().size()).sum();
              progress.advanceTo(sourceIds.size());
            }
            Path rejectsWritten =
                ImportTransaction.commit(
                    conn,
                    rejects,
                    maxRejects,
                    rejectsFile,
                    () -> recordSources(conn, read, sourceIds, rejects, kind));
            return new SanctionsImportReport(
                false, entries, names, rejects.all(), rejectsWritten, skipped);
          }
        });
  }

  /** The file name of a snapshot of the same list and day already in the store, or null. */
  private static String snapshotOfTheDay(Connection conn, SanctionsSnapshot snapshot)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT s.name FROM sanction_lists l JOIN sources s USING (source_id)"
                + " WHERE l.list = ? AND l.published = ?")) {
      ps.setString(1, snapshot.list().name());
      ps.setObject(2, snapshot.published());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void insertSnapshot(Connection conn, long sourceId, SanctionsSnapshot snapshot)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO sanction_lists VALUES (?, ?, ?)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, snapshot.list().name());
      ps.setObject(3, snapshot.published());
      ps.executeUpdate();
    }
    try (DuckDBAppender entries = appender(conn, "sanction_entries");
        DuckDBAppender designations = appender(conn, "sanction_designations");
        DuckDBAppender names = appender(conn, "sanction_names")) {
      for (SanctionsEntry e : snapshot.entries()) {
        entries.beginRow().append((int) sourceId).append(e.entryId()).append(e.type());
        entries.append(e.name());
        if (e.listedOn() == null) {
          entries.appendNull();
        } else {
          entries.append(e.listedOn());
        }
        entries.append(e.nationalities());
        if (e.imo() == null) {
          entries.appendNull();
        } else {
          entries.append(e.imo());
        }
        entries.append(e.line()).append(e.element()).endRow();
        for (String program : e.programs()) {
          designations
              .beginRow()
              .append((int) sourceId)
              .append(e.entryId())
              .append(program)
              .endRow();
        }
        for (SanctionsEntry.EntryName n : e.names()) {
          names
              .beginRow()
              .append((int) sourceId)
              .append(e.entryId())
              .append(n.name())
              .append(n.kind())
              .append(n.quality())
              .append(n.line())
              .endRow();
        }
      }
    }
  }

  private static void recordSources(
      Connection conn, List<Read> read, List<Long> sourceIds, Rejects rejects, String kind)
      throws SQLException {
    Map<String, Long> rejectsByFile =
        rejects.all().stream().collect(Collectors.groupingBy(Reject::file, Collectors.counting()));
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, current_timestamp)")) {
      for (int i = 0; i < read.size(); i++) {
        Long sourceId = sourceIds.get(i);
        if (sourceId == null) {
          continue;
        }
        Read r = read.get(i);
        ps.setLong(1, sourceId);
        ps.setString(2, r.file().file().name());
        ps.setString(3, kind);
        ps.setString(4, r.sha256());
        ps.setLong(5, r.snapshot().entries().size());
        ps.setLong(6, rejectsByFile.getOrDefault(r.file().file().name(), 0L));
        ps.executeUpdate();
      }
    }
  }

  private static DuckDBAppender appender(Connection conn, String table) throws SQLException {
    return conn.unwrap(DuckDBConnection.class)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }
}
