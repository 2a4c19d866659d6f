package org.entente.analyze.judgement;

import java.util.List;
import java.util.Objects;
import org.entente.analyze.CampSplit;
import org.entente.analyze.DyadChange;
import org.entente.analyze.Estimate;
import org.entente.analyze.Sign;
import org.entente.analyze.Triad;
import org.entente.domain.Obligations;

/**
 * One statement of a briefing's judgement, as facts with the evidence it rests on; the words are
 * the layout's ({@code report.brief.JudgementText}), in either language.
 */
public sealed interface Statement {

  /** What the statement rests on. */
  List<Evidence> evidence();

  /** The kind in output: {@code trend}, {@code closest}… */
  String kind();

  /** Which way a pair has moved, once the move is larger than its uncertainty. */
  enum Direction {
    WARMING,
    COOLING,
    STABLE;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A pair's level in its last year with an estimate and its direction over the last five years:
   * warming or cooling since {@code since} only when the move from there exceeds {@code margin}.
   *
   * @param year the last year with an estimate
   * @param level the relations dimension that year
   * @param sign its sign as the relation gives it (the table's)
   * @param alignment the alignment dimension that year (unknown until the model estimates it)
   * @param since where the move started (the trough of a warming, the peak of a cooling), or the
   *     window's first year with an estimate when stable
   * @param from the relations dimension in {@code since}
   * @param start the window's first year with an estimate
   * @param startLevel the relations dimension then
   * @param overall the move from {@code start} to {@code year}, beyond the margin or {@code STABLE}
   * @param margin the widest change the window's uncertainty allows without a move: the larger of
   *     the 80 % interval of the difference and the pair's ordinary year-to-year movement
   * @param basis the sources behind {@code level}
   */
  record Trend(
      Pair pair,
      int year,
      Estimate level,
      Sign sign,
      Estimate alignment,
      Direction direction,
      int since,
      Estimate from,
      int start,
      Estimate startLevel,
      Direction overall,
      double margin,
      List<String> basis,
      List<Evidence> evidence)
      implements Statement {
    public Trend {
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(sign, "sign");
      Objects.requireNonNull(alignment, "alignment");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(startLevel, "startLevel");
      Objects.requireNonNull(overall, "overall");
      basis = List.copyOf(basis);
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "trend";
    }
  }

  /**
   * The closest pair in the latest year every pair has an estimate, and those its interval does not
   * set it apart from.
   *
   * @param tied pairs whose difference from the closest lies within the 80 % interval
   * @param next the next pair below the closest and the tied ones, if any
   */
  record Closest(
      Pair pair,
      int year,
      Estimate level,
      List<Pair> tied,
      Pair next,
      Estimate nextLevel,
      List<Evidence> evidence)
      implements Statement {
    public Closest {
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(level, "level");
      tied = List.copyOf(tied);
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "closest";
    }
  }

  /**
   * The formal obligations of a pair in a year: bound when one of them is to defend the other.
   *
   * @param obligations every obligation in force (ATOP's terms)
   */
  record Bond(Pair pair, int year, Obligations obligations, List<Evidence> evidence)
      implements Statement {
    public Bond {
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(obligations, "obligations");
      evidence = List.copyOf(evidence);
    }

    /** A defence obligation: one must come to the other's aid if it is attacked. */
    public boolean bound() {
      return obligations.defense();
    }

    @Override
    public String kind() {
      return bound() ? "bound" : "not_bound";
    }
  }

  /**
   * Whether three or more states form an alliance: only when every pair is bound by a defence
   * obligation. Alignment without obligation is not an alliance.
   */
  record Alliance(int year, List<Pair> bound, List<Pair> unbound, List<Evidence> evidence)
      implements Statement {
    public Alliance {
      bound = List.copyOf(bound);
      unbound = List.copyOf(unbound);
      evidence = List.copyOf(evidence);
    }

    public boolean allBound() {
      return unbound.isEmpty();
    }

    @Override
    public String kind() {
      return "alliance";
    }
  }

  /** The triangle's type in the last year and since when it has held (Dittmer 1981). */
  /**
   * The triangle of three states in its last year, and since when it has been so.
   *
   * @param triad the most likely triangle, from the signs of the three estimates
   * @param claimed its type when its probability under the model reaches 0.8, else undetermined
   * @param pType that probability
   */
  record Triangle(
      int since,
      int year,
      Triad triad,
      org.entente.analyze.TriadType claimed,
      double pType,
      List<Evidence> evidence)
      implements Statement {
    public Triangle {
      Objects.requireNonNull(triad, "triad");
      Objects.requireNonNull(claimed, "claimed");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "triangle";
    }
  }

  /** Four or more states: the two camps of the last year and the ties that cut across them. */
  record Camps(int year, CampSplit split, List<Evidence> evidence) implements Statement {
    public Camps {
      Objects.requireNonNull(split, "split");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "camps";
    }
  }

  /**
   * A turning point of the index larger than its uncertainty: PELT's segments whose means differ by
   * more than {@code margin}.
   */
  record TurningPoint(Pair pair, DyadChange change, double margin, List<Evidence> evidence)
      implements Statement {
    public TurningPoint {
      Objects.requireNonNull(pair, "pair");
      Objects.requireNonNull(change, "change");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "turning_point";
    }
  }

  /**
   * A year whose UN-vote evidence is thin: fewer than half the pair's usual number of roll calls.
   *
   * @param usual the median over the briefing's years with votes
   */
  record FewRollCalls(Pair pair, int year, int rollCalls, int usual, List<Evidence> evidence)
      implements Statement {
    public FewRollCalls {
      Objects.requireNonNull(pair, "pair");
      evidence = List.copyOf(evidence);
    }

    @Override
    public String kind() {
      return "few_roll_calls";
    }
  }

  /**
   * No events between the pair after {@code lastYear} (or at all, when {@code lastYear} is 0): the
   * years after rest on votes, treaties and sanctions alone.
   */
  record EventsEnd(Pair pair, int lastYear, int toYear, List<Evidence> evidence)
      implements Statement {
    public EventsEnd {
      Objects.requireNonNull(pair, "pair");
      evidence = List.copyOf(evidence);
    }

    public boolean none() {
      return lastYear == 0;
    }

    @Override
    public String kind() {
      return "events_end";
    }
  }

  /** Years of the last five without any estimate, and the sources missing for them. */
  record NoEstimate(Pair pair, List<Integer> years, List<String> missing) implements Statement {
    public NoEstimate {
      Objects.requireNonNull(pair, "pair");
      years = List.copyOf(years);
      missing = List.copyOf(missing);
    }

    @Override
    public List<Evidence> evidence() {
      return List.of();
    }

    @Override
    public String kind() {
      return "no_estimate";
    }
  }
}
