package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.domain.Issue;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;

/** Reads votes and roll calls back out of the store. */
public final class VoteQueries {

  /**
   * The ISO-3 code as a number (letters in base 26, 0..17575): a million rows cross JDBC about six
   * times faster as integers than as strings. {@link #unpack} reverses it.
   */
  private static final String PACKED_COUNTRY =
      "(ascii(v.country[1]) - 65) * 676 + (ascii(v.country[2]) - 65) * 26 + (ascii(v.country[3]) - 65)";

  private final Connection conn;

  public VoteQueries(Store store) {
    this.conn = store.connection();
  }

  /** The votes a query selects, ordered by period and roll call. */
  public VoteRows read(VoteQuery q) {
    String period = q.unit() == PeriodUnit.SESSION ? "r.session" : "year(r.date)";
    String year = q.unit() == PeriodUnit.SESSION ? "(r.session + 1945)" : "year(r.date)";
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(period)
            .append(
                " AS period, v.rcid, "
                    + PACKED_COUNTRY
                    + " AS country, v.vote FROM votes v JOIN roll_calls r USING (rcid)");
    List<Object> params = new ArrayList<>();
    if (!q.keepUnanimous()) {
      sql.append(
          " JOIN roll_call_tallies t USING (rcid)"
              + " WHERE (t.yes > 0)::INT + (t.abstain > 0)::INT + (t.no > 0)::INT > 1");
    } else {
      sql.append(" WHERE true");
    }
    if (q.importantOnly()) {
      sql.append(" AND r.important");
    }
    if (q.issue() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM roll_call_issues i WHERE i.rcid = r.rcid AND i.issue = ?)");
      params.add(q.issue().code());
    }
    if (q.fromYear() != null) {
      sql.append(" AND ").append(year).append(" >= ?");
      params.add(q.fromYear());
    }
    if (q.toYear() != null) {
      sql.append(" AND ").append(year).append(" <= ?");
      params.add(q.toYear());
    }
    if (!q.countries().isEmpty()) {
      sql.append(" AND v.country IN (")
          .append(q.countries().stream().map(c -> "?").collect(Collectors.joining(", ")))
          .append(')');
      params.addAll(q.countries().stream().sorted().toList());
    }
    sql.append(" ORDER BY period, v.rcid");

    try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return collect(rs);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read votes: " + e.getMessage(), e);
    }
  }

  private static VoteRows collect(ResultSet rs) throws SQLException {
    int capacity = 1 << 16;
    int[] period = new int[capacity];
    int[] rcid = new int[capacity];
    short[] country = new short[capacity];
    byte[] vote = new byte[capacity];
    short[] index = new short[26 * 26 * 26];
    Arrays.fill(index, (short) -1);
    List<String> countries = new ArrayList<>();
    int n = 0;
    while (rs.next()) {
      if (n == capacity) {
        capacity *= 2;
        period = Arrays.copyOf(period, capacity);
        rcid = Arrays.copyOf(rcid, capacity);
        country = Arrays.copyOf(country, capacity);
        vote = Arrays.copyOf(vote, capacity);
      }
      period[n] = rs.getInt(1);
      rcid[n] = rs.getInt(2);
      int packed = rs.getInt(3);
      if (index[packed] < 0) {
        index[packed] = (short) countries.size();
        countries.add(unpack(packed));
      }
      country[n] = index[packed];
      vote[n] = rs.getByte(4);
      n++;
    }
    return new VoteRows(
        Arrays.copyOf(period, n),
        Arrays.copyOf(rcid, n),
        Arrays.copyOf(country, n),
        Arrays.copyOf(vote, n),
        countries);
  }

  private static String unpack(int packed) {
    return new String(
        new char[] {
          (char) ('A' + packed / 676), (char) ('A' + packed / 26 % 26), (char) ('A' + packed % 26)
        });
  }

  /** Roll calls by id, in id order, with their issue tags. */
  public List<RollCall> rollCalls(Collection<Integer> rcids) {
    if (rcids.isEmpty()) {
      return List.of();
    }
    String in = rcids.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<Integer, Set<Issue>> issues = new HashMap<>();
    Map<Integer, RollCall> byId = new LinkedHashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT rcid, issue FROM roll_call_issues WHERE rcid IN (" + in + ")");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        issues
            .computeIfAbsent(rs.getInt(1), k -> EnumSet.noneOf(Issue.class))
            .add(Issue.parseOrNull(rs.getString(2)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read issues: " + e.getMessage(), e);
    }
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT rcid, session, date, important, resolution, title, description, line"
                    + " FROM roll_calls WHERE rcid IN ("
                    + in
                    + ") ORDER BY rcid");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int id = rs.getInt(1);
        Object important = rs.getObject(4);
        byId.put(
            id,
            new RollCall(
                id,
                rs.getInt(2),
                rs.getObject(3, LocalDate.class),
                important == null ? null : (Boolean) important,
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                issues.getOrDefault(id, Set.of()),
                rs.getLong(8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read roll calls: " + e.getMessage(), e);
    }
    return List.copyOf(byId.values());
  }

  /** The UN's references for those of the given roll calls that have them, by roll-call id. */
  public Map<Integer, ResolutionRecord> resolutionRecords(Collection<Integer> rcids) {
    if (rcids.isEmpty()) {
      return Map.of();
    }
    String in = rcids.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<Integer, ResolutionRecord> records = new HashMap<>();
    try (PreparedStatement ps =
            conn.prepareStatement(
                "SELECT rcid, symbol, meeting_record, draft, committee, agenda_item,"
                    + " agenda_item_name, array_to_string(subjects, chr(31))"
                    + " FROM resolution_records WHERE rcid IN ("
                    + in
                    + ")");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String subjects = rs.getString(8);
        records.put(
            rs.getInt(1),
            new ResolutionRecord(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                subjects == null || subjects.isEmpty()
                    ? List.of()
                    : List.of(subjects.split("\u001f", -1))));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read resolution records: " + e.getMessage(), e);
    }
    return records;
  }

  /** Where one vote came from: the source file and line. */
  public record VoteSource(String file, long line) {}

  /** The source file and line of each given state's vote on each given roll call. */
  public Map<String, VoteSource> voteSources(Collection<Integer> rcids, Collection<String> states) {
    Map<String, VoteSource> sources = new HashMap<>();
    if (rcids.isEmpty() || states.isEmpty()) {
      return sources;
    }
    String in = rcids.stream().map(String::valueOf).collect(Collectors.joining(","));
    String who = states.stream().map(s -> "?").collect(Collectors.joining(","));
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT v.rcid, v.country, s.name, v.line FROM votes v"
                + " JOIN sources s USING (source_id) WHERE v.rcid IN ("
                + in
                + ") AND v.country IN ("
                + who
                + ")")) {
      int i = 1;
      for (String state : states) {
        ps.setString(i++, state);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sources.put(
              key(rs.getInt(1), rs.getString(2)), new VoteSource(rs.getString(3), rs.getLong(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read vote sources: " + e.getMessage(), e);
    }
    return sources;
  }

  /** Key of {@link #voteSources}. */
  public static String key(int rcid, String state) {
    return rcid + "/" + state;
  }

  /** First and last year a state voted, if it ever did. */
  public Optional<int[]> votingYears(String state) {
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT min(year(r.date)), max(year(r.date)), count(*) FROM votes v"
                + " JOIN roll_calls r USING (rcid) WHERE v.country = ?")) {
      ps.setString(1, state);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(3) == 0) {
          return Optional.empty();
        }
        return Optional.of(new int[] {rs.getInt(1), rs.getInt(2)});
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read votes: " + e.getMessage(), e);
    }
  }
}
