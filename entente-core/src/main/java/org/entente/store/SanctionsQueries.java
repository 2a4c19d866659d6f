package org.entente.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.entente.domain.PartialDate;
import org.entente.domain.SanctionsList;
import org.entente.domain.SanctionsRegime;

/**
 * Reads the sanctions lists in the store: for each list only its latest snapshot (a later snapshot
 * supersedes an earlier one of the same list, which stays in the store as it was imported).
 */
public final class SanctionsQueries {

  private static final String LATEST =
      "WITH newest AS (SELECT list, max(published) AS published FROM sanction_lists GROUP BY list),"
          + " latest AS (SELECT l.source_id, l.list, l.published, s.name AS file"
          + " FROM sanction_lists l JOIN newest USING (list, published)"
          + " JOIN sources s USING (source_id)) ";

  private final Store store;

  public SanctionsQueries(Store store) {
    this.store = store;
  }

  /**
   * The snapshot a list's entries come from.
   *
   * @param file the file it was imported from
   */
  public record Snapshot(SanctionsList list, LocalDate published, String file) {}

  /**
   * One entry of a list, with where it was read.
   *
   * @param programs the programme codes as the list writes them
   * @param file the file it was read from
   * @param line the CSV record's line, or the line of its XML element's start tag
   * @param element the XML element ({@code INDIVIDUAL}), empty for CSV
   */
  public record Entry(
      SanctionsList list,
      String entryId,
      String type,
      String name,
      LocalDate listedOn,
      List<String> programs,
      List<String> nationalities,
      String imo,
      String file,
      long line,
      String element,
      LocalDate published) {

    public Entry {
      Objects.requireNonNull(list, "list");
      programs = List.copyOf(programs);
      nationalities = List.copyOf(nationalities);
    }

    /**
     * Where the entry was read: {@code sdn_2024-05-03.csv.gz:4157} or {@code …xml.gz:45840
     * <ENTITY>}.
     */
    public String source() {
      return file + ":" + line + (element.isEmpty() ? "" : " <" + element + ">");
    }
  }

  /**
   * A name or alias of an entry.
   *
   * @param kind {@code name}, {@code alias} or {@code original script}
   */
  public record Name(
      SanctionsList list, String entryId, String name, String kind, String quality) {}

  /** The latest snapshot of each list in the store, UN first; empty when none is loaded. */
  public List<Snapshot> snapshots() {
    List<Snapshot> snapshots = new ArrayList<>();
    if (store.isEmpty()) {
      return snapshots;
    }
    query(
        LATEST + "SELECT list, published, file FROM latest ORDER BY list DESC",
        rs ->
            snapshots.add(
                new Snapshot(
                    SanctionsList.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class),
                    rs.getString(3))));
    return snapshots;
  }

  /** Every entry of the latest snapshots, in list and file order. */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    if (store.isEmpty()) {
      return entries;
    }
    Map<String, List<String>> programs = new HashMap<>();
    query(
        LATEST
            + "SELECT d.source_id, d.entry_id, d.program FROM sanction_designations d"
            + " JOIN latest USING (source_id) ORDER BY d.source_id, d.entry_id, d.program",
        rs ->
            programs
                .computeIfAbsent(rs.getInt(1) + "\t" + rs.getString(2), k -> new ArrayList<>())
                .add(rs.getString(3)));
    query(
        LATEST
            + "SELECT l.list, e.entry_id, e.type, e.name, e.listed_on, e.nationalities, e.imo,"
            + " l.file, e.line, e.element, l.published, e.source_id"
            + " FROM sanction_entries e JOIN latest l USING (source_id)"
            + " ORDER BY l.list DESC, e.line",
        rs ->
            entries.add(
                new Entry(
                    SanctionsList.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    programs.getOrDefault(rs.getInt(12) + "\t" + rs.getString(2), List.of()),
                    strings(rs.getArray(6)),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getLong(9),
                    rs.getString(10),
                    rs.getObject(11, LocalDate.class))));
    return entries;
  }

  /** Every name and alias of the latest snapshots. */
  public List<Name> names() {
    List<Name> names = new ArrayList<>();
    if (store.isEmpty()) {
      return names;
    }
    query(
        LATEST
            + "SELECT l.list, n.entry_id, n.name, n.kind, n.quality"
            + " FROM sanction_names n JOIN latest l USING (source_id) ORDER BY l.list DESC, n.line",
        rs ->
            names.add(
                new Name(
                    SanctionsList.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5))));
    return names;
  }

  /**
   * Every autonomous regime record in the store ({@code data/sanctions-regimes/} and files like
   * it), by authority and start, with the file and line each was read from.
   */
  public List<SanctionsRegime> regimes() {
    List<SanctionsRegime> regimes = new ArrayList<>();
    if (store.isEmpty()) {
      return regimes;
    }
    query(
        "SELECT r.id, r.authority, r.targets, r.kinds, r.scope, r.extends, r.instrument,"
            + " r.adopted, r.in_force, r.lifted, r.source, r.note, s.name, r.line"
            + " FROM sanction_regimes r JOIN sources s USING (source_id)"
            + " ORDER BY s.name, r.line",
        rs -> {
          Set<SanctionsRegime.Kind> kinds = EnumSet.noneOf(SanctionsRegime.Kind.class);
          for (String kind : strings(rs.getArray(4))) {
            kinds.add(SanctionsRegime.Kind.of(kind));
          }
          regimes.add(
              new SanctionsRegime(
                  rs.getString(1),
                  rs.getString(2),
                  strings(rs.getArray(3)),
                  kinds,
                  SanctionsRegime.Scope.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
                  rs.getString(6),
                  rs.getString(7),
                  PartialDate.parse(rs.getString(8)),
                  date(rs.getString(9)),
                  date(rs.getString(10)),
                  rs.getString(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getLong(14)));
        });
    return regimes;
  }

  private static PartialDate date(String text) {
    return text == null ? null : PartialDate.parse(text);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> strings = new ArrayList<>(values.length);
    for (Object value : values) {
      strings.add((String) value);
    }
    return strings;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, RowReader each) {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        each.read(rs);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the sanctions lists of " + store.file() + ": " + e.getMessage(), e);
    }
  }
}
