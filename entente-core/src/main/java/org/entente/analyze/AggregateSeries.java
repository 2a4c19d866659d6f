package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.entente.domain.Dyad;
import org.entente.domain.ScoreRow;
import org.entente.store.ScoreQueries;

/**
 * Aggregated cooperation–conflict scores of a pair of states per day, month or year, each value
 * with the rows it comes from. A score is a sum of weighted Goldstein values, not an event count
 * (for the bundled GDELT scores see {@code data/gdelt-graph/README.md}).
 *
 * <p>The rules, for an unordered pair:
 *
 * <ol>
 *   <li>{@link Unit#MONTH}: the monthly rows as stored, one per month.
 *   <li>{@link Unit#YEAR}: the sum of the year's monthly rows ({@code score_sum} and {@code days}).
 *       Daily rows are never added in, so no day counts twice.
 *   <li>{@link Unit#DAY}: the daily rows, which exist only for pairs the daily file holds (the 31
 *       key states of the bundled data); other pairs have no daily series.
 *   <li>A period without a row (no non-zero score, or outside the data) is absent, not zero.
 *   <li>{@code from} and {@code to} select periods by their first day: a month or year is in when
 *       its first day lies from {@code from} (moved back to the start of its month or year) to
 *       {@code to}, inclusive.
 *   <li>Sums are rounded to 4 decimals, the precision of the source values.
 *   <li>Each dataset gives its own series; provenance names dataset, file and lines.
 * </ol>
 *
 * <pre>{@code
 * AggregateSeries series = new AggregateSeries(new ScoreQueries(store));
 * List<AggregateSeries.ScorePeriod> years = series.scores("KOR", "PRK", Unit.YEAR,
 *     LocalDate.of(2018, 1, 1), LocalDate.of(2024, 12, 31));
 * }</pre>
 */
public final class AggregateSeries {

  /** The length of the periods a series is given in. */
  public enum Unit {
    DAY,
    MONTH,
    YEAR
  }

  /**
   * Where a value comes from.
   *
   * @param dataset the series' name, e.g. {@code gdelt-graph}
   * @param file the stored file the rows were read from
   * @param lines the rows' lines in that file, in order
   */
  public record Provenance(String dataset, String file, List<Long> lines) {
    public Provenance {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(file, "file");
      lines = List.copyOf(lines);
    }

    /** How many rows were summed. */
    public int rows() {
      return lines.size();
    }
  }

  /**
   * One period's score.
   *
   * @param a the first state of the pair, alphabetically
   * @param b the second
   * @param unit the length of the period
   * @param start its first day
   * @param period its label: {@code 2018-06-01}, {@code 2018-06} or {@code 2018}
   * @param scoreSum the summed score, rounded to 4 decimals
   * @param days days with a non-zero score
   * @param provenance the rows summed
   */
  public record ScorePeriod(
      String a,
      String b,
      Unit unit,
      LocalDate start,
      String period,
      double scoreSum,
      int days,
      Provenance provenance) {
    public ScorePeriod {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final ScoreQueries queries;

  public AggregateSeries(ScoreQueries queries) {
    this.queries = queries;
  }

  /**
   * The pair's scores by the periods of an event series, over {@code from} … {@code to} (either may
   * be null: open). Weeks have none, as the scores come by day and by month.
   */
  public List<ScorePeriod> scores(
      String a, String b, EventPeriod by, LocalDate from, LocalDate to) {
    Unit unit =
        switch (by) {
          case DAY -> Unit.DAY;
          case MONTH -> Unit.MONTH;
          case YEAR -> Unit.YEAR;
          case WEEK -> null;
        };
    if (unit == null) {
      return List.of();
    }
    return scores(
        a,
        b,
        unit,
        from == null ? LocalDate.of(1, 1, 1) : from,
        to == null ? LocalDate.of(9999, 12, 31) : to);
  }

  /**
   * The scores of {@code a} and {@code b} (in either order) per {@code unit} from {@code from} to
   * {@code to}, by the rules of the class comment, ordered by dataset and period.
   *
   * @throws IllegalArgumentException for codes that are not ISO-3, the same state twice, or {@code
   *     from} after {@code to}
   */
  public List<ScorePeriod> scores(String a, String b, Unit unit, LocalDate from, LocalDate to) {
    for (String code : List.of(a, b)) {
      if (code == null || !ISO3.matcher(code).matches()) {
        throw new IllegalArgumentException("expected an ISO-3 code such as USA, not " + code);
      }
    }
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two states, not " + a + " twice");
    }
    Objects.requireNonNull(unit, "unit");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    LocalDate first = first(unit, from);
    return periods(queries.rows(a, b, precision(unit), first, to), unit, to);
  }

  /**
   * The scores of every pair of {@code states} by the rules of the class comment, as {@link
   * #scores(String, String, Unit, LocalDate, LocalDate)} gives each pair, from one read of the
   * store; a pair without rows has an empty list.
   */
  public Map<Dyad, List<ScorePeriod>> scoresAmong(
      List<String> states, Unit unit, LocalDate from, LocalDate to) {
    Objects.requireNonNull(unit, "unit");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    Map<Dyad, List<ScoreRow>> rows =
        queries.rowsAmong(states, precision(unit), first(unit, from), to);
    Map<Dyad, List<ScorePeriod>> byPair = new HashMap<>();
    rows.forEach((dyad, pairRows) -> byPair.put(dyad, periods(pairRows, unit, to)));
    return byPair;
  }

  private static LocalDate first(Unit unit, LocalDate from) {
    return switch (unit) {
      case DAY -> from;
      case MONTH -> from.withDayOfMonth(1);
      case YEAR -> from.withDayOfYear(1);
    };
  }

  private static ScoreRow.Precision precision(Unit unit) {
    return unit == Unit.DAY ? ScoreRow.Precision.DAY : ScoreRow.Precision.MONTH;
  }

  /** One pair's rows (by dataset and period) summed into periods of {@code unit}. */
  private static List<ScorePeriod> periods(List<ScoreRow> rows, Unit unit, LocalDate to) {
    if (unit == Unit.YEAR) {
      rows = rows.stream().filter(r -> !r.start().withDayOfYear(1).isAfter(to)).toList();
    }
    Map<String, List<ScoreRow>> byPeriod = new LinkedHashMap<>();
    for (ScoreRow r : rows) {
      LocalDate start = unit == Unit.YEAR ? r.start().withDayOfYear(1) : r.start();
      byPeriod
          .computeIfAbsent(r.dataset() + '\t' + r.file() + '\t' + start, k -> new ArrayList<>())
          .add(r);
    }
    List<ScorePeriod> periods = new ArrayList<>(byPeriod.size());
    for (List<ScoreRow> group : byPeriod.values()) {
      ScoreRow head = group.get(0);
      LocalDate start = unit == Unit.YEAR ? head.start().withDayOfYear(1) : head.start();
      double sum = 0;
      int days = 0;
      List<Long> lines = new ArrayList<>(group.size());
      for (ScoreRow r : group) {
        sum += r.scoreSum();
        days += r.days();
        lines.add(r.line());
      }
      periods.add(
          new ScorePeriod(
              head.a(),
              head.b(),
              unit,
              start,
              label(unit, start),
              Math.round(sum * 1e4) / 1e4,
              days,
              new Provenance(head.dataset(), head.file(), lines)));
    }
    return periods;
  }

  /** A period's label: {@code 2018-06-01}, {@code 2018-06} or {@code 2018}. */
  static String label(Unit unit, LocalDate start) {
    return switch (unit) {
      case DAY -> start.toString();
      // LocalDate writes years 0–9999 as four digits: its first seven characters, without the
      // cost of a Formatter per row (camps label every month of every pair)
      case MONTH ->
          start.getYear() >= 0 && start.getYear() <= 9999
              ? start.toString().substring(0, 7)
              : String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
      case YEAR -> Integer.toString(start.getYear());
    };
  }
}
