package org.entente.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.analyze.IdealPoint;
import org.entente.analyze.IdealPoints;
import org.entente.code.CountryCodes;
import org.entente.code.RollCallMatches;
import org.entente.report.IdealPointWriter;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente idealpoints}: UN General Assembly ideal points by state and session year. */
@Command(
    name = "idealpoints",
    mixinStandardHelpOptions = true,
    description = {
      "UN General Assembly ideal points: one number per state and session (year = session + 1945),"
          + " from a dynamic ordinal model of yes/abstain/no votes fitted by EM, bridged across"
          + " sessions by resolutions voted twice.",
      "Positive is closer to the United States' positions; the scale is relative to the sessions"
          + " estimated. se is the posterior standard deviation given the roll calls' parameters."
    },
    footer = {
      "",
      "Examples:",
      "  entente idealpoints --format csv > idealpoints.csv",
      "  entente idealpoints CHN RUS PRK USA --from 1990"
    })
final class IdealPointsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      arity = "0..*",
      paramLabel = "STATE",
      description =
          "Only print these states (ISO-3 codes or names); all states are estimated all the same.")
  List<String> states = List.of();

  @Mixin YearRange years;

  @Mixin FormatOption output;

  @Override
  public void run() {
    years.check();
    CountryCodes codes = CountryCodes.bundled();
    Set<String> only =
        states.stream()
            .map(s -> AlignmentCommand.country(codes, s).iso3())
            .collect(Collectors.toSet());
    IdealPoints.Estimate estimate;
    try (Store store = storeOptions.open(parent.err)) {
      estimate =
          new IdealPoints(new VoteQueries(store), RollCallMatches.bundled())
              .estimate(years.from(), years.to(), new ConsoleProgress(parent.err));
    }
    if (estimate.points().isEmpty()) {
      throw new UserException(
          "no contested roll calls in "
              + years.describe("the store")
              + " (session s is year s + 1945)");
    }
    if (!estimate.converged()) {
      parent.err.printf(
          Locale.ROOT,
          "Note: the estimation stopped after %d iterations before it converged.%n",
          estimate.iterations());
    }
    List<IdealPoint> points =
        only.isEmpty()
            ? estimate.points()
            : estimate.points().stream().filter(p -> only.contains(p.country())).toList();
    if (points.isEmpty()) {
      throw new UserException(
          String.join(", ", only.stream().sorted().toList())
              + " cast no contested votes in "
              + years.describe("any session"));
    }
    IdealPointWriter.write(output.format, points, notes(estimate), parent.out);
  }

  private List<String> notes(IdealPoints.Estimate estimate) {
    int first = estimate.points().stream().mapToInt(IdealPoint::year).min().orElseThrow();
    int last = estimate.points().stream().mapToInt(IdealPoint::year).max().orElseThrow();
    return List.of(
        String.format(
            Locale.ROOT,
            "Estimated from %,d contested roll calls of the sessions of %d–%d (%,d after bridging"
                + " resolutions voted twice), %d EM iterations.",
            estimate.rollCalls(),
            first,
            last,
            estimate.items(),
            estimate.iterations()),
        "Positive = closer to the United States' positions; a relative scale, comparable across"
            + " the years estimated together. votes: contested votes the state cast that session.");
  }
}
