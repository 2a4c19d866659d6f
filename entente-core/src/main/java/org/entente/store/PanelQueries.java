package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Reads, for the relation model, every pair's yearly evidence in one aggregate query per kind:
 * compact rows, each pair once with {@code a} before {@code b}, as the model needs millions of them
 * and not the file and line of each (those are what {@code relation --evidence} shows, from the
 * other query classes).
 */
public final class PanelQueries {

  /**
   * One pair's figure of one year.
   *
   * @param dataset the dataset of event figures, empty otherwise
   * @param value the figure: joint IGOs, the highest hostility level, a score sum, a mean Goldstein
   * @param count how many records it summarises: disputes, months with a score, events
   * @param extra a second figure where the kind has one (the scores' sum of absolute monthly sums)
   */
  public record YearValue(
      String dataset, String a, String b, int year, double value, long count, double extra) {}

  /**
   * One pair's alliance obligations of one ATOP year.
   *
   * @param defence a defence or offence obligation
   * @param any any obligation (neutrality, non-aggression and consultation included)
   */
  public record AllianceYear(String a, String b, int year, boolean defence, boolean any) {}

  private final Store store;

  public PanelQueries(Store store) {
    this.store = store;
  }

  /** Joint IGO memberships of every pair-year (COW, to 2014). */
  public void igos(Consumer<YearValue> each) {
    read(
        "SELECT '', least(a, b), greatest(a, b), year, max(igos), 1, 0"
            + " FROM igo_joint_memberships GROUP BY 2, 3, 4",
        each);
  }

  /** The highest hostility level and the number of disputes of every pair-year with a MID. */
  public void disputes(Consumer<YearValue> each) {
    read(
        "SELECT '', least(a, b), greatest(a, b), year, max(hostlev), count(DISTINCT dispnum), 0"
            + " FROM mid_dyad_years GROUP BY 2, 3, 4",
        each);
  }

  /**
   * Monthly scores by pair and year: their sum, the months with a row, and the sum of the months'
   * absolute values.
   */
  public void scoreYears(String dataset, Consumer<YearValue> each) {
    read(
        "SELECT dataset, least(a, b), greatest(a, b), year(period_start), sum(score_sum),"
            + " count(*), sum(abs(score_sum)) FROM event_scores"
            + " WHERE precision = 'month' AND dataset = '"
            + dataset.replace("'", "''")
            + "' GROUP BY 1, 2, 3, 4",
        each);
  }

  /**
   * Events between two states by dataset, pair and year: their mean Goldstein weight and number.
   */
  public void eventYears(Consumer<YearValue> each) {
    read(
        "SELECT dataset, least(source_state, target_state), greatest(source_state, target_state),"
            + " year(date), avg(goldstein), count(*), 0 FROM events"
            + " WHERE source_state IS NOT NULL AND target_state IS NOT NULL"
            + " AND source_state <> target_state GROUP BY 1, 2, 3, 4",
        each);
  }

  /** Every pair-year of ATOP with its obligations. */
  public void allianceYears(Consumer<AllianceYear> each) {
    if (store.isEmpty()) {
      return;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT least(a, b), greatest(a, b), year, bool_or(defense OR offense),"
                    + " bool_or(defense OR offense OR neutral OR nonagg OR consul)"
                    + " FROM alliance_years GROUP BY 1, 2, 3")) {
      while (rs.next()) {
        each.accept(
            new AllianceYear(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getBoolean(4),
                rs.getBoolean(5)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read alliances from " + store.file() + ": " + e, e);
    }
  }

  private void read(String sql, Consumer<YearValue> each) {
    if (store.isEmpty()) {
      return;
    }
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        each.accept(
            new YearValue(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getDouble(5),
                rs.getLong(6),
                rs.getDouble(7)));
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the model's evidence from " + store.file() + ": " + e, e);
    }
  }
}
