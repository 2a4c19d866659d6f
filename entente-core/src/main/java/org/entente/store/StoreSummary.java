package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a store holds: its file, totals, and each source file with its provenance. */
public record StoreSummary(
    String file,
    long rollCalls,
    long votes,
    int firstSession,
    int lastSession,
    List<Source> sources,
    List<Freshness> evidence) {

  /**
   * How far one kind of evidence reaches, and when it was last imported: what an analyst checks
   * before reading a judgement of recent years.
   *
   * @param evidence what it is, e.g. {@code events (gdelt2)}
   * @param from its first date, year or month
   * @param through its last
   * @param updated when a file of it was last imported, {@code YYYY-MM-DD HH:MM}
   */
  public record Freshness(String evidence, String from, String through, String updated) {}

  /**
   * Per kind of evidence: a label, then a query giving first, last (as text) and the last import,
   * over its rows joined to {@code sources}; a query may give several rows, its first column then
   * naming each (a dataset, a list).
   */
  private static final List<String[]> FRESHNESS =
      List.of(
          new String[] {
            "roll_calls",
            "UN votes",
            "SELECT NULL, strftime(min(r.date), '%Y-%m-%d'), strftime(max(r.date), '%Y-%m-%d'),"
                + " max(s.loaded_at) FROM roll_calls r JOIN sources s USING (source_id)"
          },
          new String[] {
            "events",
            "events",
            "SELECT e.dataset, strftime(min(e.date), '%Y-%m-%d'), strftime(max(e.date),"
                + " '%Y-%m-%d'), max(s.loaded_at) FROM events e JOIN sources s USING (source_id)"
                + " GROUP BY e.dataset ORDER BY 1"
          },
          new String[] {
            "event_aggregates",
            "event aggregates",
            "SELECT e.dataset, strftime(min(e.period), '%Y-%m-%d'), strftime(max(e.period),"
                + " '%Y-%m-%d'), max(s.loaded_at) FROM event_aggregates e"
                + " JOIN sources s USING (source_id) GROUP BY e.dataset ORDER BY 1"
          },
          new String[] {
            "event_scores",
            "event scores",
            "SELECT e.dataset || ', by ' || e.precision, CASE e.precision WHEN 'month' THEN"
                + " strftime(min(e.period_start), '%Y-%m') ELSE strftime(min(e.period_start),"
                + " '%Y-%m-%d') END, CASE e.precision WHEN 'month' THEN strftime(max(e.period_start),"
                + " '%Y-%m') ELSE strftime(max(e.period_start), '%Y-%m-%d') END, max(s.loaded_at)"
                + " FROM event_scores e JOIN sources s USING (source_id)"
                + " GROUP BY e.dataset, e.precision ORDER BY 1"
          },
          new String[] {
            "sanction_lists",
            "sanctions list",
            "SELECT l.list, strftime(min(l.published), '%Y-%m-%d'), strftime(max(l.published),"
                + " '%Y-%m-%d'), max(s.loaded_at) FROM sanction_lists l"
                + " JOIN sources s USING (source_id) GROUP BY l.list ORDER BY 1"
          },
          new String[] {
            "unsc_vetoes",
            "Security Council vetoes",
            "SELECT NULL, strftime(min(v.date), '%Y-%m-%d'), strftime(max(v.date), '%Y-%m-%d'),"
                + " max(s.loaded_at) FROM unsc_vetoes v JOIN sources s USING (source_id)"
          },
          new String[] {
            "alliance_years",
            "alliances (ATOP)",
            "SELECT NULL, min(a.year)::VARCHAR, max(a.year)::VARCHAR, max(s.loaded_at)"
                + " FROM alliance_years a JOIN sources s USING (source_id)"
          },
          new String[] {
            "mid_dyad_years",
            "militarized disputes",
            "SELECT NULL, min(m.year)::VARCHAR, max(m.year)::VARCHAR, max(s.loaded_at)"
                + " FROM mid_dyad_years m JOIN sources s USING (source_id)"
          },
          new String[] {
            "igo_joint_memberships",
            "joint IGO memberships",
            "SELECT NULL, min(i.year)::VARCHAR, max(i.year)::VARCHAR, max(s.loaded_at)"
                + " FROM igo_joint_memberships i JOIN sources s USING (source_id)"
          },
          new String[] {
            "rivalries",
            "strategic rivalries",
            "SELECT NULL, min(r.start_year)::VARCHAR, max(r.end_year)::VARCHAR, max(s.loaded_at)"
                + " FROM rivalries r JOIN sources s USING (source_id)"
          });

  /** One imported file. */
  public record Source(
      String name, String kind, String sha256, long rows, long rejects, String loadedAt) {}

  public static StoreSummary of(Store store) {
    try (Statement st = store.connection().createStatement()) {
      long rollCalls;
      int first;
      int last;
      try (ResultSet rs =
          st.executeQuery("SELECT count(*), min(session), max(session) FROM roll_calls")) {
        rs.next();
        rollCalls = rs.getLong(1);
        first = rs.getInt(2);
        last = rs.getInt(3);
      }
      long votes;
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM votes")) {
        rs.next();
        votes = rs.getLong(1);
      }
      List<Source> sources = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT name, kind, sha256, rows, rejects, strftime(loaded_at, '%Y-%m-%d %H:%M:%S')"
                  + " FROM sources ORDER BY source_id")) {
        while (rs.next()) {
          sources.add(
              new Source(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getString(6)));
        }
      }
      return new StoreSummary(
          store.file().toString(), rollCalls, votes, first, last, sources, freshness(st));
    } catch (SQLException e) {
      throw new StoreException("cannot read store summary: " + e.getMessage(), e);
    }
  }

  /** How far each kind of evidence in the store reaches ({@link #evidence()} without the rest). */
  public static List<Freshness> freshness(Store store) {
    try (Statement st = store.connection().createStatement()) {
      return freshness(st);
    } catch (SQLException e) {
      throw new StoreException("cannot read how far the evidence reaches: " + e.getMessage(), e);
    }
  }

  private static List<Freshness> freshness(Statement st) throws SQLException {
    List<Freshness> all = new ArrayList<>();
    java.util.Set<String> tables = new java.util.HashSet<>();
    try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    for (String[] f : FRESHNESS) {
      if (!tables.contains(f[0])) {
        continue;
      }
      try (ResultSet rs = st.executeQuery(f[2])) {
        while (rs.next()) {
          if (rs.getString(2) == null) {
            continue; // no rows
          }
          String name = rs.getString(1);
          all.add(
              new Freshness(
                  name == null ? f[1] : f[1] + " (" + name + ")",
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4)
                      .toLocalDateTime()
                      .toString()
                      .replace('T', ' ')
                      .substring(0, 16)));
        }
      }
    }
    return all;
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("Store: ").append(file).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "UN General Assembly: %,d roll calls, %,d votes, sessions %d–%d%n",
            rollCalls,
            votes,
            firstSession,
            lastSession));
    if (!evidence.isEmpty()) {
      sb.append("\nEvidence, from … through, last imported:\n");
      for (Freshness f : evidence) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-44s %-10s … %-10s  %s%n",
                f.evidence(),
                f.from(),
                f.through(),
                f.updated()));
      }
    }
    sb.append("\nSources:\n");
    for (Source s : sources) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-40s %-8s %,10d rows %,6d rejects  %s  sha256 %s%n",
              s.name(),
              s.kind(),
              s.rows(),
              s.rejects(),
              s.loadedAt(),
              s.sha256().substring(0, 16)));
    }
    return sb.toString();
  }
}
