package org.entente.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The states ranked by how close each stands to one state over a period, highest first: by UN-vote
 * alignment with it ({@link UnAlignment#standing}) or by the relation model's index ({@link
 * RelationSources#standing}). What an analyst means by "who stands with China in 2025".
 *
 * <pre>{@code
 * Standing chn = new UnAlignment(new VoteQueries(store)).standing("CHN", query, Measure.KAPPA, 30, 20);
 * }</pre>
 *
 * @param with the state the others are ranked against (ISO-3)
 * @param measure what the value is: {@code agree}, {@code s}, {@code kappa} or {@code pi} of the UN
 *     votes, or {@code index}, the relation model's relations dimension
 * @param period the periods behind the values, as a heading names them: {@code session 80}, {@code
 *     years 2019–2020}, {@code year 2025}
 * @param rows the first rows of the ranking, highest value first
 * @param ranked the states that had a value, before the ranking was cut to its first rows
 * @param minN the fewest joint roll calls a UN-vote value needs; 0 for the relation
 * @param belowMinN states that voted with {@code with} on fewer than {@code minN} roll calls, left
 *     out
 * @param withoutValue states with joint votes or a stored estimate but no value (κ or π undefined
 *     when both cast one and the same vote throughout; an index without evidence), left out
 */
public record Standing(
    String with,
    String measure,
    String period,
    List<Standing.Row> rows,
    int ranked,
    int minN,
    int belowMinN,
    int withoutValue) {

  /** The measure of the relation model's ranking. */
  public static final String INDEX = "index";

  /** How many states a ranking shows unless asked for another number. */
  public static final int DEFAULT_TOP = 20;

  /**
   * The fewest joint roll calls a UN-vote ranking counts unless asked for another number: below
   * about 30, one roll call more or less moves κ by several hundredths, and a state that missed
   * most of a session can reach κ 1.000 on a handful of them.
   */
  public static final int DEFAULT_MIN_N = 30;

  public Standing {
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
    if (minN < 0 || belowMinN < 0 || withoutValue < 0 || ranked < rows.size()) {
      throw new IllegalArgumentException(
          "counts must be 0 or more and ranked at least the rows shown; minN "
              + minN
              + ", belowMinN "
              + belowMinN
              + ", withoutValue "
              + withoutValue
              + ", ranked "
              + ranked);
    }
  }

  /** Whether this ranks by the relation model's index rather than by UN votes. */
  public boolean byRelation() {
    return measure.equals(INDEX);
  }

  /** Why the ranking has no rows, for error messages: a sentence naming the state and period. */
  public String whyEmpty() {
    if (byRelation()) {
      return withoutValue > 0
          ? "no relation of " + with + " has an estimate in " + period
          : "the relation model's stored fit has no pair with " + with + " in " + period;
    }
    if (belowMinN > 0) {
      return "no state voted with "
          + with
          + " on "
          + minN
          + " or more roll calls in "
          + period
          + " ("
          + belowMinN
          + " on fewer)";
    }
    return "no roll calls of " + with + " with another state in " + period + " with these filters";
  }

  /**
   * One state's place.
   *
   * @param rank 1 for the highest value; equal values share a rank (1, 2, 2, 4)
   * @param state the state (ISO-3)
   * @param value the UN-vote measure over the period's roll calls, or the index's posterior mean
   * @param n the roll calls both states cast a vote on; 0 for the relation, which no count is
   *     behind
   * @param index the relations dimension with its 80 % interval; unknown for a UN-vote measure,
   *     which has no interval
   * @param alignment the relation model's alignment dimension, beside the index; unknown for a
   *     UN-vote measure
   * @param basis the sources behind the relation's year; empty for a UN-vote measure
   */
  public record Row(
      int rank,
      String state,
      double value,
      long n,
      Estimate index,
      Estimate alignment,
      List<String> basis) {

    public Row {
      if (rank < 1) {
        throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
      }
      Objects.requireNonNull(state, "state");
      if (Double.isNaN(value)) {
        throw new IllegalArgumentException("value of " + state + " must be a number, was NaN");
      }
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(alignment, "alignment");
      basis = List.copyOf(basis);
    }
  }

  /** A state with a value, before the ranking numbers it. */
  record Candidate(
      String state, double value, long n, Estimate index, Estimate alignment, List<String> basis) {}

  /**
   * Sorts the candidates by value, highest first (equal values by state code, so the order is the
   * same on every run), numbers them with shared ranks for equal values and keeps the first {@code
   * top}.
   */
  static Standing rank(
      String with,
      String measure,
      String period,
      List<Candidate> candidates,
      int top,
      int minN,
      int belowMinN,
      int withoutValue) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, was " + top);
    }
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingDouble(Candidate::value).reversed().thenComparing(Candidate::state));
    List<Row> rows = new ArrayList<>();
    int rank = 0;
    for (int i = 0; i < Math.min(top, sorted.size()); i++) {
      Candidate c = sorted.get(i);
      if (i == 0 || c.value() != sorted.get(i - 1).value()) {
        rank = i + 1;
      }
      rows.add(new Row(rank, c.state(), c.value(), c.n(), c.index(), c.alignment(), c.basis()));
    }
    return new Standing(with, measure, period, rows, sorted.size(), minN, belowMinN, withoutValue);
  }
}
