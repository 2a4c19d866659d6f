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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.code.CountryCodes;
import org.entente.code.GaSessions;
import org.entente.code.UnIssueRules;
import org.entente.code.UnMemberStates;
import org.entente.domain.CountryVote;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.ingest.UnVotesReader;
import org.entente.ingest.UnVotesReader.IssueTag;
import org.entente.ingest.UndlVotesReader;

/**
 * Imports UN General Assembly votes into the store in one transaction: either every accepted row is
 * written, or (when there are more rejects than allowed, or anything fails) nothing is. Importing
 * the same files again changes nothing: files are known by SHA-256, and rows already in the store
 * are skipped. A row that contradicts the store (another vote for the same state and roll call) is
 * rejected, never overwritten.
 *
 * <pre>{@code
 * ImportReport report = new UnVotesImport(store, CountryCodes.bundled())
 *     .run(new UnVotesFiles(rollCalls, issues, votes), "user", 0, rejectsFile, Progress.NONE);
 * }</pre>
 */
public final class UnVotesImport {

  private final Store store;
  private final UnVotesReader reader;
  private final UndlVotesReader undl;
  private final Set<String> replacing;

  public UnVotesImport(Store store, CountryCodes codes) {
    this(
        store,
        new UnVotesReader(codes),
        new UndlVotesReader(UnMemberStates.bundled(), GaSessions.bundled(), UnIssueRules.bundled()),
        Set.of());
  }

  private UnVotesImport(
      Store store, UnVotesReader reader, UndlVotesReader undl, Set<String> replacing) {
    this.store = store;
    this.reader = reader;
    this.undl = undl;
    this.replacing = replacing;
  }

  /**
   * The same import, removing in its transaction every row of the sources with these SHA-256
   * checksums: how a release of bundled data replaces a file of an earlier release.
   */
  public UnVotesImport replacing(Set<String> sha256s) {
    for (String sha : sha256s) {
      if (!sha.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("not a SHA-256 checksum: " + sha);
      }
    }
    return new UnVotesImport(store, reader, undl, Set.copyOf(sha256s));
  }

  /**
   * Runs the import.
   *
   * @param kind provenance label recorded for each source file, e.g. {@code bundled}
   * @param maxRejects how many bad rows to tolerate; above that the import is rolled back
   * @param rejectsFile where rejected rows are written, before the commit; null to keep them only
   *     in the report or exception
   * @throws ImportRejectedException if more than {@code maxRejects} rows were rejected, or the
   *     rejected rows could not be written
   * @throws StoreException if a file cannot be read to its end, or the store cannot be written
   */
  public ImportReport run(
      UnVotesFiles files, String kind, int maxRejects, RejectsFile rejectsFile, Progress progress) {
    Connection conn = ImportTransaction.begin(store, maxRejects);
    try {
      Map<String, Long> knownSources = ImportTransaction.knownSources(conn);
      Map<SourceFile, String> hashes = new HashMap<>();
      for (SourceFile f : files.present()) {
        hashes.put(f, f.sha256());
      }
      if (hashes.values().stream().allMatch(knownSources::containsKey)) {
        return ImportReport.nothingNew();
      }

      Rejects rejects = new Rejects();
      List<Part> parts = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      List<RollCall> csvRollCalls =
          files.rollCalls() == null
              ? List.of()
              : reader.readRollCalls(files.rollCalls(), rejects, progress);
      if (files.rollCalls() != null) {
        parts.add(new Part(files.rollCalls(), csvRollCalls, List.of(), List.of()));
      }
      List<IssueTag> tags =
          files.issues() == null ? List.of() : reader.readIssues(files.issues(), rejects, progress);

      Map<Integer, LocalDate> dates = storedRollCallDates(conn);
      csvRollCalls.forEach(rc -> dates.putIfAbsent(rc.rcid(), rc.date()));
      tags = knownRollCallsOnly(tags, dates.keySet(), files.issues(), rejects);
      if (files.votes() != null) {
        parts.add(
            new Part(
                files.votes(),
                List.of(),
                List.of(),
                reader.readVotes(files.votes(), dates::get, rejects, progress)));
      }
      parts.addAll(readExtracts(conn, files.extracts(), rejects, notes, progress));

      Batch batch = new Batch(files, hashes, knownSources, parts, tags, rejects, notes);
      return write(conn, batch, kind, maxRejects, rejectsFile, progress);
    } catch (BrokenFileException e) {
      throw ImportTransaction.refused(e);
    } catch (SQLException e) {
      throw WriteFailure.of(store.file(), e);
    }
  }

  /** What was read from one file: the roll calls, references and votes it brings. */
  private record Part(
      SourceFile file,
      List<RollCall> rollCalls,
      List<ResolutionRecord> records,
      List<CountryVote> votes) {}

  /** What was read for one import, before anything is written. */
  private record Batch(
      UnVotesFiles files,
      Map<SourceFile, String> hashes,
      Map<String, Long> knownSources,
      List<Part> parts,
      List<IssueTag> tags,
      Rejects rejects,
      List<String> notes) {

    boolean isKnown(SourceFile file) {
      return knownSources.containsKey(hashes.get(file));
    }

    List<RollCall> rollCalls() {
      return parts.stream().flatMap(p -> p.rollCalls().stream()).toList();
    }
  }

  /**
   * Reads the UN extracts. A resolution already in the store under another id (Voeten's data has
   * session 74, with its own ids) is left to that source, and a resolution in two extracts of this
   * import counts once: votes are never counted twice.
   */
  private List<Part> readExtracts(
      Connection conn,
      List<SourceFile> extracts,
      Rejects rejects,
      List<String> notes,
      Progress progress)
      throws SQLException {
    if (extracts.isEmpty()) {
      return List.of();
    }
    Map<String, Integer> storedSymbols = storedSymbols(conn);
    Map<Integer, String> taken = new HashMap<>();
    List<Part> parts = new ArrayList<>();
    int notRecorded = 0;
    int repeated = 0;
    int elsewhere = 0;
    List<String> withoutLists = new ArrayList<>();
    for (SourceFile file : extracts) {
      UndlVotesReader.Extract extract = undl.read(file, rejects, progress);
      notRecorded += extract.notRecorded();
      repeated += extract.repeated();
      withoutLists.addAll(extract.withoutLists());
      Set<Integer> keep = new HashSet<>();
      for (RollCall rc : extract.rollCalls()) {
        Integer stored = storedSymbols.get(rc.resolution());
        String other = taken.putIfAbsent(rc.rcid(), file.name());
        if (stored != null && stored != rc.rcid()) {
          elsewhere++;
        } else if (other != null) {
          rejects.add(
              new Reject(
                  file.name(),
                  rc.line(),
                  "symbol",
                  rc.resolution(),
                  "also in " + other + " of this import; import each resolution once",
                  ""));
        } else {
          keep.add(rc.rcid());
        }
      }
      parts.add(
          new Part(
              file,
              extract.rollCalls().stream().filter(rc -> keep.contains(rc.rcid())).toList(),
              extract.records().stream().filter(r -> keep.contains(r.rcid())).toList(),
              extract.votes().stream().filter(v -> keep.contains(v.rcid())).toList()));
    }
    if (notRecorded > 0) {
      notes.add(notRecorded + " resolution(s) adopted without a recorded vote: not roll calls");
    }
    if (repeated > 0) {
      notes.add(repeated + " repeated resolution(s) with the same votes counted once");
    }
    if (!withoutLists.isEmpty()) {
      notes.add(
          withoutLists.size()
              + " recorded vote(s) without member lists in the source, left out: "
              + String.join(", ", withoutLists));
    }
    if (elsewhere > 0) {
      notes.add(
          elsewhere
              + " resolution(s) already in the store from another source (e.g. Voeten's data),"
              + " kept as they were");
    }
    return parts;
  }

  /** Resolution symbol → roll-call id of what the store holds, except what is being replaced. */
  private Map<String, Integer> storedSymbols(Connection conn) throws SQLException {
    Map<String, Integer> symbols = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT r.resolution, min(r.rcid) FROM roll_calls r JOIN sources s USING (source_id)"
                    + " WHERE r.resolution <> ''"
                    + replacedClause("s.sha256")
                    + " GROUP BY r.resolution")) {
      while (rs.next()) {
        symbols.put(rs.getString(1), rs.getInt(2));
      }
    }
    return symbols;
  }

  private String replacedClause(String column) {
    if (replacing.isEmpty()) {
      return "";
    }
    return " AND "
        + column
        + " NOT IN ("
        + replacing.stream().map(h -> "'" + h + "'").collect(Collectors.joining(","))
        + ")";
  }

  private ImportReport write(
      Connection conn,
      Batch batch,
      String kind,
      int maxRejects,
      RejectsFile rejectsFile,
      Progress progress)
      throws SQLException {
    UnVotesFiles files = batch.files();
    Rejects rejects = batch.rejects();
    return ImportTransaction.run(
        conn,
        progress,
        () -> {
          try (Statement st = conn.createStatement()) {
            progress.start("Writing " + names(files.present()) + " to the store", 4, "steps");
            Map<SourceFile, Long> sourceIds = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            for (SourceFile f : files.present()) {
              Long known = batch.knownSources().get(batch.hashes().get(f));
              sourceIds.put(f, known != null ? known : ImportTransaction.nextSourceId(st));
              names.put(sourceIds.get(f), f.name());
            }
            removeReplaced(st);

            st.execute(
                "CREATE TABLE staged_roll_calls AS SELECT * FROM roll_calls WITH NO DATA;"
                    + "CREATE TABLE staged_issues AS SELECT * FROM roll_call_issues WITH NO DATA;"
                    + "CREATE TABLE staged_votes AS SELECT * FROM votes WITH NO DATA;"
                    + "CREATE TABLE staged_records AS SELECT * FROM resolution_records WITH NO DATA;");
            for (Part part : batch.parts()) {
              long sourceId = sourceIds.get(part.file());
              stageRollCalls(conn, part.rollCalls(), sourceId);
              stageVotes(conn, part.votes(), sourceId);
              stageRecords(conn, part.records(), sourceId);
            }
            stageIssues(conn, batch.tags(), batch.rollCalls());
            progress.advanceTo(1);

            rejectConflicts(st, names, rejects);
            progress.advanceTo(2);

            long staged =
                count(st, "SELECT count(*) FROM staged_roll_calls")
                    + count(st, "SELECT count(*) FROM staged_issues")
                    + count(st, "SELECT count(*) FROM staged_votes");
            st.executeUpdate(
                "INSERT INTO resolution_records SELECT s.* FROM staged_records s"
                    + " ANTI JOIN resolution_records r USING (rcid)");
            long rollCallsAdded =
                st.executeUpdate(
                    "INSERT INTO roll_calls SELECT s.* FROM staged_roll_calls s"
                        + " ANTI JOIN roll_calls r USING (rcid)");
            long tagsAdded =
                st.executeUpdate(
                    "INSERT INTO roll_call_issues SELECT s.* FROM staged_issues s"
                        + " ANTI JOIN roll_call_issues r USING (rcid, issue)");
            long votesAdded =
                st.executeUpdate(
                    "INSERT INTO votes SELECT s.* FROM staged_votes s"
                        + " ANTI JOIN votes v USING (rcid, country)");
            progress.advanceTo(3);
            st.execute(
                "DROP TABLE staged_roll_calls; DROP TABLE staged_issues; DROP TABLE staged_votes;"
                    + " DROP TABLE staged_records");

            Path rejectsWritten =
                ImportTransaction.commit(
                    conn,
                    rejects,
                    maxRejects,
                    rejectsFile,
                    () -> recordSources(conn, batch, sourceIds, kind));
            progress.advanceTo(4);
            return new ImportReport(
                false,
                rollCallsAdded,
                tagsAdded,
                votesAdded,
                staged - rollCallsAdded - tagsAdded - votesAdded,
                rejects.all(),
                rejectsWritten,
                batch.notes());
          }
        });
  }

  private static Map<Integer, LocalDate> storedRollCallDates(Connection conn) throws SQLException {
    Map<Integer, LocalDate> dates = new HashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT rcid, date FROM roll_calls")) {
      while (rs.next()) {
        dates.put(rs.getInt(1), rs.getObject(2, LocalDate.class));
      }
    }
    return dates;
  }

  private static List<IssueTag> knownRollCallsOnly(
      List<IssueTag> tags, Set<Integer> rcids, SourceFile file, Rejects rejects) {
    List<IssueTag> kept = new ArrayList<>(tags.size());
    for (IssueTag tag : tags) {
      if (rcids.contains(tag.rcid())) {
        kept.add(tag);
      } else {
        rejects.add(
            new Reject(
                file.name(),
                tag.line(),
                "rcid",
                Integer.toString(tag.rcid()),
                "no such roll call in the roll-call file or store",
                tag.record()));
      }
    }
    return kept;
  }

  /**
   * Deletes, inside the import's transaction, every row of the sources this import replaces: a
   * newer release of bundled data takes their place, or nothing changes.
   */
  private void removeReplaced(Statement st) throws SQLException {
    if (replacing.isEmpty()) {
      return;
    }
    String ids =
        "(SELECT source_id FROM sources WHERE true"
            + replacedClause("sha256").replace(" NOT IN ", " IN ")
            + ")";
    st.execute(
        "DELETE FROM roll_call_issues WHERE rcid IN (SELECT rcid FROM roll_calls WHERE source_id IN "
            + ids
            + ");"
            + "DELETE FROM votes WHERE source_id IN "
            + ids
            + ";"
            + "DELETE FROM resolution_records WHERE source_id IN "
            + ids
            + ";"
            + "DELETE FROM roll_calls WHERE source_id IN "
            + ids
            + ";"
            + "DELETE FROM sources WHERE source_id IN "
            + ids
            + ";");
  }

  private static void stageRecords(Connection conn, List<ResolutionRecord> records, long sourceId)
      throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "INSERT INTO staged_records VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " CASE WHEN ? = '' THEN []::VARCHAR[] ELSE string_split(?, chr(31)) END, ?)")) {
      for (ResolutionRecord r : records) {
        String subjects = String.join("\u001f", r.subjects());
        ps.setInt(1, r.rcid());
        ps.setString(2, r.symbol());
        ps.setString(3, r.meetingRecord());
        ps.setString(4, r.draft());
        ps.setString(5, r.committee());
        ps.setString(6, r.agendaItem());
        ps.setString(7, r.agendaItemName());
        ps.setString(8, subjects);
        ps.setString(9, subjects);
        ps.setLong(10, sourceId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void stageRollCalls(Connection conn, List<RollCall> rollCalls, long sourceId)
      throws SQLException {
    try (DuckDBAppender app = appender(conn, "staged_roll_calls")) {
      for (RollCall rc : rollCalls) {
        app.beginRow()
            .append(rc.rcid())
            .append(rc.session())
            .append(rc.date())
            .append(rc.important())
            .append(rc.resolution())
            .append(rc.title())
            .append(rc.description())
            .append((int) sourceId)
            .append(rc.line())
            .endRow();
      }
    }
  }

  private static void stageIssues(Connection conn, List<IssueTag> tags, List<RollCall> rollCalls)
      throws SQLException {
    try (DuckDBAppender app = appender(conn, "staged_issues")) {
      for (IssueTag tag : tags) {
        app.beginRow().append(tag.rcid()).append(tag.issue().code()).endRow();
      }
      for (RollCall rc : rollCalls) {
        // Issue tags carried by the roll-call file itself (the session-75 layout).
        for (var issue : rc.issues()) {
          app.beginRow().append(rc.rcid()).append(issue.code()).endRow();
        }
      }
    }
    try (Statement st = conn.createStatement()) {
      // The issue file may repeat a tag; keep one.
      st.execute("CREATE OR REPLACE TABLE staged_issues AS SELECT DISTINCT * FROM staged_issues");
    }
  }

  private static void stageVotes(Connection conn, List<CountryVote> votes, long sourceId)
      throws SQLException {
    try (DuckDBAppender app = appender(conn, "staged_votes")) {
      for (CountryVote v : votes) {
        app.beginRow()
            .append(v.rcid())
            .append(v.country())
            .append((byte) v.vote().code())
            .append((int) sourceId)
            .append(v.line())
            .endRow();
      }
    }
  }

  private static DuckDBAppender appender(Connection conn, String table) throws SQLException {
    return conn.unwrap(DuckDBConnection.class)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /**
   * Rows that contradict the store are rejected, with the file they came from, and removed from the
   * staging tables.
   */
  private static void rejectConflicts(Statement st, Map<Long, String> files, Rejects rejects)
      throws SQLException {
    try (ResultSet rs =
        st.executeQuery(
            "SELECT s.rcid, s.session, s.date, r.session, r.date, src.name, s.line, r.line,"
                + " s.source_id FROM staged_roll_calls s JOIN roll_calls r USING (rcid)"
                + " JOIN sources src ON src.source_id = r.source_id"
                + " WHERE s.session <> r.session OR s.date <> r.date ORDER BY s.line")) {
      while (rs.next()) {
        rejects.add(
            new Reject(
                files.get(rs.getLong(9)),
                rs.getLong(7),
                "rcid",
                rs.getString(1),
                String.format(
                    Locale.ROOT,
                    "roll call is already in the store (%s line %d) as session %s, %s;"
                        + " this file says session %s, %s",
                    rs.getString(6),
                    rs.getLong(8),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(2),
                    rs.getString(3)),
                ""));
      }
    }
    st.execute(
        "DELETE FROM staged_roll_calls s USING roll_calls r"
            + " WHERE s.rcid = r.rcid AND (s.session <> r.session OR s.date <> r.date)");
    try (ResultSet rs =
        st.executeQuery(
            "SELECT s.line, s.rcid, s.country, s.vote, v.vote, src.name, v.line, s.source_id"
                + " FROM staged_votes s JOIN votes v USING (rcid, country)"
                + " JOIN sources src ON src.source_id = v.source_id"
                + " WHERE s.vote <> v.vote ORDER BY s.line")) {
      while (rs.next()) {
        rejects.add(
            new Reject(
                files.get(rs.getLong(8)),
                rs.getLong(1),
                "vote",
                voteLabel(rs.getInt(4)),
                String.format(
                    Locale.ROOT,
                    "%s on roll call %d is already in the store as %s (%s line %d)",
                    rs.getString(3),
                    rs.getInt(2),
                    voteLabel(rs.getInt(5)),
                    rs.getString(6),
                    rs.getLong(7)),
                ""));
      }
    }
    st.execute(
        "DELETE FROM staged_votes s USING votes v"
            + " WHERE s.rcid = v.rcid AND s.country = v.country AND s.vote <> v.vote");
  }

  private static String voteLabel(int code) {
    return org.entente.domain.VoteChoice.ofCode(code).label();
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void recordSources(
      Connection conn, Batch batch, Map<SourceFile, Long> sourceIds, String kind)
      throws SQLException {
    UnVotesFiles files = batch.files();
    Map<String, Long> rejectsByFile =
        batch.rejects().all().stream()
            .collect(Collectors.groupingBy(Reject::file, Collectors.counting()));
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, current_timestamp)")) {
      for (SourceFile f : files.present()) {
        if (batch.isKnown(f)) {
          continue;
        }
        ps.setLong(1, sourceIds.get(f));
        ps.setString(2, f.name());
        ps.setString(3, kind);
        ps.setString(4, batch.hashes().get(f));
        ps.setLong(5, f == files.issues() ? batch.tags().size() : rowsOf(conn, sourceIds.get(f)));
        ps.setLong(6, rejectsByFile.getOrDefault(f.name(), 0L));
        ps.executeUpdate();
      }
    }
  }

  /** Rows a file brought: its votes, or for a roll-call file its roll calls. */
  private static long rowsOf(Connection conn, long sourceId) throws SQLException {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT CASE WHEN (SELECT count(*) FROM votes WHERE source_id = $1) > 0"
                + " THEN (SELECT count(*) FROM votes WHERE source_id = $1)"
                + " ELSE (SELECT count(*) FROM roll_calls WHERE source_id = $1) END")) {
      ps.setLong(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The files' names for a progress line: all of them, or the first two and how many more. */
  private static String names(List<SourceFile> files) {
    List<String> names = files.stream().map(SourceFile::name).toList();
    return names.size() <= 3
        ? String.join(", ", names)
        : names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
  }
}
