package org.entente.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --from YEAR} and {@code --to YEAR} options, checked where they are parsed. */
final class YearRange {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  private Integer from;
  private Integer to;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year (inclusive).")
  void setFrom(int year) {
    from = year("--from", year);
  }

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year (inclusive).")
  void setTo(int year) {
    to = year("--to", year);
  }

  /** A year as a calendar writes it; data that does not reach it is reported after the query. */
  private int year(String option, int year) {
    if (year < 1 || year > 9999) {
      throw new ParameterException(
          command.commandLine(), option + " takes a year such as 1991, not " + year);
    }
    return year;
  }

  Integer from() {
    return from;
  }

  Integer to() {
    return to;
  }

  /** {@code 1990–2000}, {@code 1990–…}, or {@code whenNone} when neither end is given. */
  String describe(String whenNone) {
    if (from == null && to == null) {
      return whenNone;
    }
    return (from == null ? "…" : from.toString()) + "–" + (to == null ? "…" : to.toString());
  }

  /** Refuses a range that ends before it starts. */
  void check() {
    if (from != null && to != null && from > to) {
      throw new UserException("--from " + from + " is after --to " + to);
    }
  }
}
