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
    List<Source> sources) {

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
      return new StoreSummary(store.file().toString(), rollCalls, votes, first, last, sources);
    } catch (SQLException e) {
      throw new StoreException("cannot read store summary: " + e.getMessage(), e);
    }
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
