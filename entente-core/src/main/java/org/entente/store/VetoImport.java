package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.code.PermanentMembers;
import org.entente.domain.Veto;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.ingest.UnscVetoReader;

/**
 * Imports UN Security Council vetoes into the store in one transaction, as {@link UnVotesImport}
 * does votes: every accepted row is written, or (too many rejects, or any failure) nothing is.
 * Files are known by SHA-256, so importing one again changes nothing. A veto already in the store
 * with the same date, draft and members (an earlier copy of the file, or another source listing it
 * too) is left as it is and counted once; a draft already in the store for that day with other
 * vetoing members contradicts it and is rejected, never overwritten.
 *
 * <pre>{@code
 * VetoImportReport report = new VetoImport(store, PermanentMembers.bundled())
 *     .run(List.of(file), "user", 0, rejectsFile, Progress.NONE);
 * }</pre>
 */
public final class VetoImport {

  /**
   * The vetoes table, one row per vetoed draft: its members as a list of ISO-3 codes, and the file
   * ({@code source_id}) and line it came from, with the citation of a hand-added record.
   */
  static final String TABLES =
      """
      CREATE TABLE IF NOT EXISTS unsc_vetoes (
        date           DATE NOT NULL,
        draft          VARCHAR NOT NULL,
        meeting_record VARCHAR NOT NULL,
        agenda_item    VARCHAR NOT NULL,
        topic          VARCHAR NOT NULL,
        members        VARCHAR[] NOT NULL,
        citation       VARCHAR NOT NULL,
        source_id      INTEGER NOT NULL,
        line           BIGINT NOT NULL,
        PRIMARY KEY (source_id, line)
      );
      """;

  private final Store store;
  private final UnscVetoReader reader;

  public VetoImport(Store store, PermanentMembers seats) {
    this.store = store;
    this.reader = new UnscVetoReader(seats);
  }

  /**
   * Runs the import.
   *
   * @param files veto lists in either layout of {@link UnscVetoReader}, imported in this order
   * @param kind provenance label recorded for each source file, e.g. {@code bundled}
   * @param maxRejects how many bad rows to tolerate; above that the import is rolled back
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} rows were rejected, or the
   *     rejected rows could not be written
   * @throws StoreException if a file cannot be read to its end, or the store cannot be written
   */
  public VetoImportReport run(
      List<SourceFile> files,
      String kind,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("nothing to import: give at least one veto file");
    }
    Connection conn = ImportTransaction.begin(store, maxRejects);
    try {
      Map<String, Long> known = ImportTransaction.knownSources(conn);
      Map<SourceFile, String> fresh = new LinkedHashMap<>();
      for (SourceFile f : files) {
        String sha = f.sha256();
        if (!known.containsKey(sha) && !fresh.containsValue(sha)) {
          fresh.put(f, sha);
        }
      }
      if (fresh.isEmpty()) {
        return VetoImportReport.nothingNew();
      }
      Rejects rejects = new Rejects();
      Map<SourceFile, List<Veto>> read = new LinkedHashMap<>();
      for (SourceFile f : fresh.keySet()) {
        read.put(f, reader.read(f, rejects, progress));
      }
      return write(conn, fresh, read, rejects, kind, maxRejects, rejectsFile, progress);
    } catch (BrokenFileException e) {
      throw ImportTransaction.refused(e);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  /** A veto's identity across sources: its day, draft and vetoing members. */
  private record Content(LocalDate date, String draft, List<String> members) {
    static Content of(Veto v) {
      return new Content(v.date(), v.draft(), v.members());
    }
  }

  /** Where a stored veto came from, for messages. */
  private record Stored(List<String> members, String file, long line) {}

  private VetoImportReport write(
      Connection conn,
      Map<SourceFile, String> files,
      Map<SourceFile, List<Veto>> read,
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
            progress.start("Writing the vetoes to the store", 3, "steps");
            Map<Content, Integer> present = new HashMap<>();
            Map<String, List<Stored>> byDraft = new HashMap<>();
            storedVetoes(conn, present, byDraft);
            progress.advanceTo(1);

            long added = 0;
            long unchanged = 0;
            Map<SourceFile, Long> sourceIds = new LinkedHashMap<>();
            try (PreparedStatement insert =
                conn.prepareStatement(
                    "INSERT INTO unsc_vetoes VALUES (?, ?, ?, ?, ?,"
                        + " string_split(?, ';'), ?, ?, ?)")) {
              for (var entry : read.entrySet()) {
                SourceFile file = entry.getKey();
                long sourceId = ImportTransaction.nextSourceId(st);
                sourceIds.put(file, sourceId);
                // The k-th copy of a veto in this file is new only when the store holds fewer than
                // k.
                Map<Content, Integer> seen = new HashMap<>();
                List<Veto> inserted = new ArrayList<>();
                for (Veto v : entry.getValue()) {
                  Reject contradiction = contradiction(v, byDraft);
                  if (contradiction != null) {
                    rejects.add(contradiction);
                    continue;
                  }
                  Content key = Content.of(v);
                  int k = seen.merge(key, 1, Integer::sum);
                  if (k <= present.getOrDefault(key, 0)) {
                    unchanged++;
                    continue;
                  }
                  insert.setObject(1, v.date());
                  insert.setString(2, v.draft());
                  insert.setString(3, v.meetingRecord());
                  insert.setString(4, v.agendaItem());
                  insert.setString(5, v.topic());
                  insert.setString(6, String.join(";", v.members()));
                  insert.setString(7, v.source().citation());
                  insert.setLong(8, sourceId);
                  insert.setLong(9, v.source().line());
                  insert.addBatch();
                  inserted.add(v);
                  added++;
                }
                insert.executeBatch();
                for (Veto v : inserted) {
                  present.merge(Content.of(v), 1, Integer::sum);
                  byDraft
                      .computeIfAbsent(draftKey(v.date(), v.draft()), d -> new ArrayList<>())
                      .add(new Stored(v.members(), file.name(), v.source().line()));
                }
              }
            }
            progress.advanceTo(2);

            Path rejectsWritten =
                ImportTransaction.commit(
                    conn,
                    rejects,
                    maxRejects,
                    rejectsFile,
                    () -> recordSources(conn, files, sourceIds, rejects, kind));
            progress.advanceTo(3);
            List<String> notes = new ArrayList<>();
            if (unchanged > 0) {
              notes.add(
                  unchanged
                      + " veto(es) already in the store with the same date, draft and members, kept as"
                      + " they were");
            }
            return new VetoImportReport(
                false, added, unchanged, rejects.all(), rejectsWritten, notes);
          }
        });
  }

  /**
   * A reject when the store already has this draft on this day with other vetoing members (and none
   * with the same ones), or null.
   */
  private static Reject contradiction(Veto v, Map<String, List<Stored>> byDraft) {
    List<Stored> same = byDraft.get(draftKey(v.date(), v.draft()));
    if (same == null || same.stream().anyMatch(s -> s.members().equals(v.members()))) {
      return null;
    }
    Stored other = same.get(0);
    return new Reject(
        v.source().file(),
        v.source().line(),
        "members",
        String.join(";", v.members()),
        "draft "
            + v.draft()
            + " of "
            + v.date()
            + " is already in the store ("
            + other.file()
            + " line "
            + other.line()
            + ") vetoed by "
            + String.join(";", other.members()),
        "");
  }

  private static String draftKey(LocalDate date, String draft) {
    return date + " " + draft;
  }

  private static void storedVetoes(
      Connection conn, Map<Content, Integer> present, Map<String, List<Stored>> byDraft)
      throws SQLException {
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT v.date, v.draft, array_to_string(v.members, ';'), s.name, v.line"
                    + " FROM unsc_vetoes v JOIN sources s USING (source_id)")) {
      while (rs.next()) {
        LocalDate date = rs.getObject(1, LocalDate.class);
        String draft = rs.getString(2);
        List<String> members = List.of(rs.getString(3).split(";"));
        present.merge(new Content(date, draft, members), 1, Integer::sum);
        byDraft
            .computeIfAbsent(draftKey(date, draft), d -> new ArrayList<>())
            .add(new Stored(members, rs.getString(4), rs.getLong(5)));
      }
    }
  }

  private static void recordSources(
      Connection conn,
      Map<SourceFile, String> files,
      Map<SourceFile, Long> sourceIds,
      Rejects rejects,
      String kind)
      throws SQLException {
    Map<String, Long> rejectsByFile =
        rejects.all().stream().collect(Collectors.groupingBy(Reject::file, Collectors.counting()));
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO sources VALUES (?, ?, ?, ?,"
                + " (SELECT count(*) FROM unsc_vetoes WHERE source_id = ?), ?,"
                + " current_timestamp)")) {
      for (var entry : sourceIds.entrySet()) {
        SourceFile f = entry.getKey();
        ps.setLong(1, entry.getValue());
        ps.setString(2, f.name());
        ps.setString(3, kind);
        ps.setString(4, files.get(f));
        ps.setLong(5, entry.getValue());
        ps.setLong(6, rejectsByFile.getOrDefault(f.name(), 0L));
        ps.executeUpdate();
      }
    }
  }
}
