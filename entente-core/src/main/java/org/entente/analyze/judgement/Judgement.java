package org.entente.analyze.judgement;

import java.util.List;

/**
 * A briefing's judgement: what an analyst would open with, derived from the measures and their
 * uncertainty ({@link Judgements#of}). Statements come in reading order: the group first (the
 * triangle or camps, the closest pair, whether the states are an alliance), then each pair's level
 * and direction, its obligations and turning points, and last where the evidence is thin.
 *
 * @param states the states of the briefing, in its order
 * @param windowFrom the first of the last five years the directions are read over
 * @param toYear the briefing's last year
 */
public record Judgement(
    List<String> states, int windowFrom, int toYear, List<Statement> statements) {

  public Judgement {
    states = List.copyOf(states);
    statements = List.copyOf(statements);
    if (windowFrom > toYear) {
      throw new IllegalArgumentException("windowFrom " + windowFrom + " is after toYear " + toYear);
    }
  }

  /** The opening: the group's shape, the closest pair, the alliance question, each pair's trend. */
  public List<Statement> opening() {
    return statements.stream()
        .filter(
            s ->
                s instanceof Statement.Triangle
                    || s instanceof Statement.Camps
                    || s instanceof Statement.Closest
                    || s instanceof Statement.Alliance
                    || s instanceof Statement.Trend)
        .toList();
  }

  /** Each pair's obligations and turning points. */
  public List<Statement> details() {
    return statements.stream()
        .filter(s -> s instanceof Statement.Bond || s instanceof Statement.TurningPoint)
        .toList();
  }

  /** Where the evidence is thin: few roll calls, no events after a year, no estimate at all. */
  public List<Statement> caveats() {
    return statements.stream()
        .filter(
            s ->
                s instanceof Statement.FewRollCalls
                    || s instanceof Statement.EventsEnd
                    || s instanceof Statement.NoEstimate)
        .toList();
  }

  /** The statements of one kind, in order. */
  public <T extends Statement> List<T> all(Class<T> kind) {
    return statements.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
