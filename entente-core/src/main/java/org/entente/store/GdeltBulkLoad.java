package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.code.ActorDictionary;
import org.entente.code.CameoCountryCodes;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;
import org.entente.ingest.EventLines;
import org.entente.ingest.EventReader;
import org.entente.ingest.GdeltEventReader;
import org.entente.ingest.NarrowFile;
import org.entente.ingest.Progress;
import org.entente.ingest.ReadLimits;
import org.entente.ingest.Reject;
import org.entente.ingest.Rejects;

/**
 * Imports a GDELT 2.0 export at DuckDB's speed (BENCHMARKS.md, "Events at DuckDB's speed"). Java
 * only frames the lines ({@link EventLines}: numbers, UTF-8, length, compressed streams cut short,
 * exactly as for every event file) and copies the fields an event keeps into a {@link NarrowFile};
 * DuckDB parses that file in parallel and checks each row in one query by the rules of {@link
 * GdeltEventReader#parse}, whose reject texts it shares. The few lines a CSV parser cannot take as
 * they are (a wrong number of columns, a control character) go through the reader itself. Actor
 * countries and persons resolve once per distinct code and name, in Java, through the same tables
 * as the reader's. {@code GdeltBulkLoadTest} holds the two paths to the same store.
 *
 * <p>The narrow file is written in chunks of {@link EventStaging#CHUNK} lines to the temporary
 * directory ({@code java.io.tmpdir}, about 170 bytes a line) and deleted after each.
 */
final class GdeltBulkLoad {

  private final Connection conn;
  private final ReadLimits limits;
  private final GdeltEventReader reader = new GdeltEventReader();

  GdeltBulkLoad(Connection conn, ReadLimits limits) {
    this.conn = conn;
    this.limits = limits;
  }

  /** A row the query refused: where, which check, and what the reject says. */
  private record Refused(long line, String column, String value, String expected) {}

  /**
   * Stages the events of one file and adds its rejects.
   *
   * @param name the file's name in rejects
   * @return the events staged (duplicates are removed later, by the staging)
   */
  long load(
      Path file,
      String name,
      long sourceId,
      EventStaging staging,
      Rejects rejects,
      Progress progress)
      throws SQLException {
    Path narrowPath = tempFile();
    Chunk chunk = new Chunk(narrowPath, staging, sourceId);
    Map<String, List<Refused>> refused = new HashMap<>();
    try {
      EventLines.read(
          file,
          name,
          limits,
          rejects,
          progress,
          line -> {
            if (!line.file().equals(chunk.name) || chunk.lines() >= EventStaging.CHUNK) {
              chunk.finish(refused);
              chunk.start(line.file());
            }
            if (line.fields() != GdeltEventReader.COLUMNS || !chunk.narrow.add(line)) {
              reader.parse(line, rejects).ifPresent(chunk.slow::add);
            }
          });
      chunk.finish(refused);
    } catch (SqlFailure e) {
      throw e.getCause();
    } finally {
      chunk.close();
      deleteQuietly(narrowPath);
    }
    refused.values().removeIf(List::isEmpty);
    if (!refused.isEmpty()) {
      addRefused(file, name, refused, rejects);
    }
    return chunk.staged;
  }

  /** One chunk's narrow file and the events that went through the reader instead. */
  private final class Chunk {
    final Path path;
    final EventStaging staging;
    final long sourceId;
    NarrowFile narrow;
    String name;
    final List<Event> slow = new ArrayList<>();
    long staged;

    Chunk(Path path, EventStaging staging, long sourceId) {
      this.path = path;
      this.staging = staging;
      this.sourceId = sourceId;
    }

    long lines() {
      return narrow == null ? 0 : narrow.lines();
    }

    void start(String file) {
      name = file;
      narrow = new NarrowFile(path, GdeltEventReader.KEPT_FIELDS);
    }

    /** Checks and stages what the chunk holds; its refused rows join {@code refused}. */
    void finish(Map<String, List<Refused>> refused) {
      if (narrow == null) {
        return;
      }
      narrow.close();
      try {
        staging.add(slow, sourceId);
        staged += slow.size();
        slow.clear();
        if (narrow.lines() > 0) {
          staged +=
              stage(path, sourceId, staging, refused.computeIfAbsent(name, k -> new ArrayList<>()));
        }
      } catch (SQLException e) {
        throw new SqlFailure(e);
      }
      narrow = null;
    }

    void close() {
      if (narrow != null) {
        narrow.close();
      }
    }
  }

  /** A database error thrown through the line handler, which cannot throw checked exceptions. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /**
   * Parses and checks one narrow file, collects its refused rows and stores its events: straight
   * into {@code events}, sorted by pair, when none can be a duplicate (the common case, one
   * materialisation fewer), else through the staging, which removes them.
   *
   * @return the events stored or staged
   */
  private long stage(Path narrow, long sourceId, EventStaging staging, List<Refused> refused)
      throws SQLException {
    String source = "(" + checked(narrow) + ")";
    try (Statement st = conn.createStatement()) {
      // The rows' order is the file's line numbers, not the parser's: DuckDB may go faster.
      st.execute("SET preserve_insertion_order = false");
      try {
        try (ResultSet rs =
            st.executeQuery(
                "SELECT line, problem, CASE problem WHEN 1 THEN id WHEN 2 THEN sqldate"
                    + " WHEN 3 THEN code WHEN 4 THEN root WHEN 5 THEN quadclass"
                    + " ELSE goldstein END, code FROM "
                    + source
                    + " WHERE problem IS NOT NULL ORDER BY line")) {
          while (rs.next()) {
            refused.add(refusal(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
          }
        }
        // Actors and repeats are looked up over every parsed row, rejected ones too: a code
        // resolved for nothing costs less than the checks, and a repeat of a rejected row only
        // sends the chunk through the staging.
        String parsed = "(" + parsed(narrow) + ")";
        resolveActors(st, parsed);
        String events = events(source, sourceId);
        if (staging.oneADay() || mayRepeat(st, parsed)) {
          return staging.insert(events);
        }
        // By source state, target state and date, as the staging sorts (columns 5, 8 and 3).
        return st.executeUpdate("INSERT INTO events " + events + " ORDER BY 5, 8, 3");
      } finally {
        st.execute(
            "RESET preserve_insertion_order; DROP TABLE IF EXISTS gdelt_countries;"
                + " DROP TABLE IF EXISTS gdelt_persons");
      }
    }
  }

  /**
   * Whether a good row repeats a GLOBALEVENTID: of another row of the chunk, of an event stored or
   * staged. Counted, not deleted: a query over the ids is cheaper than a second copy of the rows.
   */
  private static boolean mayRepeat(Statement st, String source) throws SQLException {
    String ids = "(SELECT id FROM " + source + ")";
    long repeats =
        OneFileImport.count(st, "SELECT count(*) - count(DISTINCT id) FROM " + ids)
            + OneFileImport.count(
                st,
                "SELECT count(*) FROM "
                    + ids
                    + " s SEMI JOIN (SELECT event_id FROM events WHERE dataset = 'gdelt2'"
                    + " UNION ALL SELECT event_id FROM "
                    + EventStaging.TABLE
                    + " WHERE dataset = 'gdelt2') e ON e.event_id = s.id");
    return repeats > 0;
  }

  /**
   * The query that parses a narrow file and names each row's first failed check, in the reader's
   * order: 1 GLOBALEVENTID, 2 SQLDATE, 3 EventCode, 4 EventRootCode, 5 QuadClass, 6 GoldsteinScale;
   * null for a good row.
   */
  private String checked(Path narrow) {
    return "SELECT d.*, t.quad_class AS quad, CASE"
        + " WHEN NOT regexp_full_match(id, '[0-9]{1,18}') THEN 1"
        + " WHEN day IS NULL THEN 2"
        + " WHEN t.cameo IS NULL THEN 3"
        + " WHEN d.root <> left(d.code, 2) THEN 4"
        + " WHEN NOT regexp_full_match(quadclass, '[0-9]{1,18}')"
        + " OR TRY_CAST(quadclass AS BIGINT) <> t.quad_class THEN 5"
        + " WHEN g IS NULL OR NOT (g BETWEEN -10 AND 10) THEN 6"
        + " END AS problem FROM ("
        + parsed(narrow)
        + ") d LEFT JOIN cameo_types t ON t.cameo = d.code";
  }

  /**
   * The query that parses a narrow file into named text fields (empty, never null), with the date
   * and the Goldstein weight as the reader reads them, or null where they are not.
   */
  private String parsed(Path narrow) {
    StringBuilder columns = new StringBuilder("'line': 'BIGINT'");
    for (String c : GdeltEventReader.KEPT) {
      columns.append(", '").append(c).append("': 'VARCHAR'");
    }
    String[] as = {
      "id", "sqldate", "a1code", "a1name", "a1country", "a1type", "a2code", "a2name", "a2country",
      "a2type", "code", "root", "quadclass", "goldstein", "place", "lat", "long", "url"
    };
    StringBuilder fields = new StringBuilder("line");
    for (int i = 0; i < as.length; i++) {
      fields
          .append(", coalesce(\"")
          .append(GdeltEventReader.KEPT.get(i))
          .append("\", '') AS ")
          .append(as[i]);
    }
    return "SELECT *, CASE WHEN regexp_full_match(sqldate, '[0-9]{8}')"
        + " THEN try_strptime(sqldate, '%Y%m%d')::DATE END AS day,"
        + " TRY_CAST(goldstein AS DOUBLE) AS g FROM (SELECT "
        + fields
        + " FROM read_csv("
        + literal(narrow.toString())
        + ", delim = '\\t', quote = '', escape = '', header = false, auto_detect = false,"
        + " new_line = '\\n', null_padding = false, max_line_size = "
        + (limits.maxLineBytes() + 64L)
        + ", columns = {"
        + columns
        + "}))";
  }

  private static Refused refusal(long line, int problem, String value, String code) {
    return switch (problem) {
      case 1 -> new Refused(line, "GLOBALEVENTID", value, GdeltEventReader.EXPECTED_ID);
      case 2 -> new Refused(line, "SQLDATE", value, EventReader.EXPECTED_BASIC_DATE);
      case 3 -> new Refused(line, "EventCode", value, EventReader.EXPECTED_CAMEO);
      case 4 -> new Refused(line, "EventRootCode", value, GdeltEventReader.expectedRoot(code));
      case 5 ->
          new Refused(
              line,
              "QuadClass",
              value,
              GdeltEventReader.expectedQuad(quadClass(code), code.substring(0, 2)));
      default -> new Refused(line, "GoldsteinScale", value, EventReader.EXPECTED_GOLDSTEIN);
    };
  }

  private static int quadClass(String code) {
    return CameoEventTypes.bundled().type(code).orElseThrow().quadClass();
  }

  /**
   * Fills {@code gdelt_countries} (CAMEO country code → state) and {@code gdelt_persons} (name and
   * day → state and sector), for the good rows' distinct codes and the names of actors without a
   * country, as {@link GdeltEventReader} resolves them.
   */
  private void resolveActors(Statement st, String source) throws SQLException {
    st.execute("CREATE TEMP TABLE gdelt_countries (code VARCHAR, state VARCHAR)");
    st.execute(
        "CREATE TEMP TABLE gdelt_persons (name VARCHAR, day DATE, state VARCHAR, sector VARCHAR)");
    CameoCountryCodes countries = CameoCountryCodes.bundled();
    ActorDictionary dictionary = ActorDictionary.bundled();
    // Keyed by value: a code may be both actors' (two grouping sets), and must join once.
    Map<String, String[]> codes = new TreeMap<>();
    Map<String, String[]> persons = new TreeMap<>();
    // One pass for both: every country code, and every name of an actor without one.
    try (ResultSet rs =
        st.executeQuery(
            "SELECT CASE WHEN grouping(a1country) = 0 OR grouping(a2country) = 0 THEN 'c'"
                + " ELSE 'n' END, coalesce(a1country, a2country, n1, n2) AS value FROM (SELECT"
                + " a1country, a2country, CASE WHEN a1country = '' THEN a1name END AS n1,"
                + " CASE WHEN a2country = '' THEN a2name END AS n2 FROM "
                + source
                + ") GROUP BY GROUPING SETS ((a1country), (a2country), (n1), (n2))"
                + " HAVING value IS NOT NULL AND value <> ''")) {
      while (rs.next()) {
        String value = rs.getString(2);
        if (rs.getString(1).equals("c")) {
          countries.state(value).ifPresent(state -> codes.put(value, new String[] {value, state}));
        } else if (dictionary.isPerson(value)) {
          persons.put(value, new String[] {value});
        }
      }
    }
    insert("gdelt_countries", List.copyOf(codes.values()));
    if (persons.isEmpty()) {
      return;
    }
    st.execute("CREATE TEMP TABLE gdelt_person_names (name VARCHAR)");
    try {
      insert("gdelt_person_names", List.copyOf(persons.values()));
      List<String[]> resolved = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT DISTINCT n, day FROM (SELECT unnest([CASE WHEN a1country = '' THEN a1name"
                  + " END, CASE WHEN a2country = '' THEN a2name END]) AS n, day FROM "
                  + source
                  + " WHERE day IS NOT NULL) SEMI JOIN gdelt_person_names ON name = n")) {
        while (rs.next()) {
          String name = rs.getString(1);
          LocalDate day = rs.getObject(2, LocalDate.class);
          ActorDictionary.Actor actor = dictionary.resolvePerson(name, day).orElse(null);
          if (actor != null && actor.state() != null) {
            String sector = actor.sector() == null ? "" : actor.sector();
            resolved.add(new String[] {name, day.toString(), actor.state(), sector});
          }
        }
      }
      insert("gdelt_persons", resolved);
    } finally {
      st.execute("DROP TABLE gdelt_person_names");
    }
  }

  private void insert(String table, List<String[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int n = rows.get(0).length;
    try (PreparedStatement ps =
        conn.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(n - 1) + "?)")) {
      for (String[] row : rows) {
        for (int i = 0; i < n; i++) {
          ps.setString(i + 1, row[i]);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The good rows as {@code events} rows, actors resolved as the reader resolves them. */
  private static String events(String source, long sourceId) {
    return "SELECT 'gdelt2', k.id, k.day, 'day', "
        + actor("a1", "c1", "p1")
        + ", "
        + actor("a2", "c2", "p2")
        + ", k.code, k.quad, k.g, k.place, "
        + coordinate("k.lat")
        + ", "
        + coordinate("k.long")
        + ", k.url, "
        + sourceId
        + ", k.line FROM "
        + source
        + " k"
        + " LEFT JOIN gdelt_countries c1 ON c1.code = k.a1country"
        + " LEFT JOIN gdelt_countries c2 ON c2.code = k.a2country"
        + " LEFT JOIN gdelt_persons p1"
        + " ON k.a1country = '' AND p1.name = k.a1name AND p1.day = k.day"
        + " LEFT JOIN gdelt_persons p2"
        + " ON k.a2country = '' AND p2.name = k.a2name AND p2.day = k.day"
        + " WHERE k.problem IS NULL";
  }

  /** State, name as written and sector of actor {@code a} ({@code a1}, {@code a2}). */
  private static String actor(String a, String country, String person) {
    String k = "k." + a;
    return String.format(
        "CASE WHEN %1$scountry <> '' THEN %2$s.state ELSE %3$s.state END,"
            + " CASE WHEN %1$scode = '' THEN %1$sname WHEN %1$sname = '' THEN %1$scode"
            + " ELSE %1$scode || ' ' || %1$sname END,"
            + " CASE WHEN %1$scountry = '' AND %3$s.state IS NOT NULL AND %1$stype = ''"
            + " THEN %3$s.sector ELSE %1$stype END",
        k, country, person);
  }

  /** A coordinate of the place, null without a place or a number: the reader's NaN. */
  private static String coordinate(String column) {
    String number = "TRY_CAST(" + column + " AS DOUBLE)";
    return "CASE WHEN k.place = '' OR isnan(" + number + ") THEN NULL ELSE " + number + " END";
  }

  /**
   * Adds the rows the query refused to {@code rejects}, each with its line as written: read again,
   * since the narrow file kept only some fields. Only files with such rows are read twice.
   */
  private void addRefused(
      Path file, String name, Map<String, List<Refused>> refused, Rejects rejects) {
    Map<String, Map<Long, String>> texts = new HashMap<>();
    Map<String, Set<Long>> wanted = new HashMap<>();
    refused.forEach(
        (entry, rows) -> {
          Set<Long> lines = new HashSet<>();
          rows.forEach(r -> lines.add(r.line()));
          wanted.put(entry, lines);
        });
    EventLines.read(
        file,
        name,
        limits,
        new Rejects(),
        Progress.NONE,
        line -> {
          Set<Long> lines = wanted.get(line.file());
          if (lines != null && lines.contains(line.number())) {
            texts
                .computeIfAbsent(line.file(), k -> new HashMap<>())
                .put(line.number(), line.text());
          }
        });
    refused.forEach(
        (entry, rows) -> {
          for (Refused r : rows) {
            String text = texts.getOrDefault(entry, Map.of()).getOrDefault(r.line(), "");
            rejects.add(new Reject(entry, r.line(), r.column(), r.value(), r.expected(), text));
          }
        });
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static Path tempFile() {
    try {
      return Files.createTempFile("entente-gdelt-", ".tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary file in "
              + System.getProperty("java.io.tmpdir")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover in the temporary directory, not a failed import
    }
  }
}
