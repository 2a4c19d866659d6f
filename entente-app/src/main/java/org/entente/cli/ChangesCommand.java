package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.ChangeMeasure;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadChanges;
import org.entente.analyze.DyadSeries;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.UnAlignment;
import org.entente.analyze.change.Penalty;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.report.ChangeWriter;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente changes A B}: turning points of a pair's κ, relation index or events. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description = {
      "When two states grew closer or drifted apart: change points of their UN-vote kappa, relation"
          + " index or event series (PELT, change in mean, MBIC penalty by default), each with the"
          + " mean before and after and the records around it: roll calls, treaties, joint"
          + " vetoes, sanctions, events."
    },
    footer = {
      "",
      "Examples:",
      "  entente changes CHN RUS --measure kappa --by year",
      "  entente changes KOR PRK --measure events --by month --format csv",
      "  entente changes CHN DEU --measure alignment --from 1992"
    })
final class ChangesCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Mixin YearRange years;

  @Parameters(index = "0", paramLabel = "A", description = "A state: ISO-3 code or name.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Another state.")
  String b;

  private ChangeMeasure measure = ChangeMeasure.KAPPA;

  private EventPeriod unit = EventPeriod.YEAR;

  private Penalty penalty = Penalty.MBIC;

  @Mixin FormatOption output;

  @Option(
      names = "--measure",
      paramLabel = "M",
      description =
          "kappa (UN-vote Cohen's kappa by year), index (the relations dimension: the"
              + " relation index), alignment (the alignment dimension) or events. Default:"
              + " kappa.")
  void setMeasure(String value) {
    measure =
        switch (value.toLowerCase(Locale.ROOT)) {
          case "kappa" -> ChangeMeasure.KAPPA;
          case "index" -> ChangeMeasure.INDEX;
          case "alignment" -> ChangeMeasure.ALIGNMENT;
          case "events" -> ChangeMeasure.EVENTS;
          default ->
              throw usage("--measure takes kappa, index, alignment or events, not '" + value + "'");
        };
  }

  @Option(names = "--by", paramLabel = "PERIOD", description = "year or month. Default: year.")
  void setBy(String value) {
    unit =
        switch (value.toLowerCase(Locale.ROOT)) {
          case "year" -> EventPeriod.YEAR;
          case "month" -> EventPeriod.MONTH;
          default -> throw usage("--by takes year or month, not '" + value + "'");
        };
  }

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "pelt",
      description =
          "pelt (the best segmentation of the whole series, the default) or online (Bayesian"
              + " online change-point detection: what a monitor reading the series period by"
              + " period would have raised, never revised).")
  String method;

  @Option(
      names = "--expected-run",
      paramLabel = "N",
      defaultValue = "12",
      description =
          "For --method online: periods expected between changes (the hazard is 1/N)."
              + " Default: ${DEFAULT-VALUE}.")
  double expectedRun;

  @Option(
      names = "--penalty",
      paramLabel = "P",
      description =
          "mbic, bic or a number: what one more change point costs. Default: mbic (Zhang and"
              + " Siegmund 2007, as the R package changepoint).")
  void setPenalty(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "mbic" -> penalty = Penalty.MBIC;
      case "bic" -> penalty = Penalty.BIC;
      default -> {
        try {
          penalty = Penalty.manual(Double.parseDouble(value));
        } catch (IllegalArgumentException e) {
          throw usage("--penalty takes mbic, bic or a number >= 0, not '" + value + "'");
        }
      }
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  @Override
  public void run() {
    if (!(expectedRun > 1) || Double.isInfinite(expectedRun)) {
      throw usage("--expected-run must be a number above 1, not " + expectedRun);
    }
    if (measure == ChangeMeasure.KAPPA && unit == EventPeriod.MONTH) {
      throw usage(
          "--measure kappa is by year: use --by year, or --measure index, alignment or events");
    }
    CountryCodes codes = CountryCodes.bundled();
    Country x = AlignmentCommand.country(codes, a);
    Country y = AlignmentCommand.country(codes, b);
    if (x.equals(y)) {
      throw new UserException("give two different states, not " + x.iso3() + " twice");
    }
    years.check();
    Integer from = years.from();
    Integer to = years.to();
    if (measure != ChangeMeasure.KAPPA) {
      from = from == null ? RelationCommand.DEFAULT_FROM : from;
      to = to == null ? Math.max(LocalDate.now(ZoneOffset.UTC).getYear(), from) : to;
    }
    try (Store store = storeOptions.open(parent.err)) {
      DyadChanges changes = new DyadChanges(RelationCommand.sources(store));
      DyadSeries series = changes.series(x.iso3(), y.iso3(), measure, unit, from, to);
      String range = years.describe("all years");
      if (series.size() == 0) {
        throw new UserException(noEvidence(store, series, range));
      }
      int needed = DyadChanges.minLength(unit);
      if (series.size() < needed) {
        throw new UserException(
            String.format(
                Locale.ROOT,
                "%s–%s: %s has %d %s with a value (%s … %s); change points need at least %d"
                    + " (two segments of %d) — widen --from/--to",
                x.iso3(),
                y.iso3(),
                series.source(),
                series.size(),
                unit.key() + "s",
                series.label(0),
                series.label(series.size() - 1),
                needed,
                DyadChanges.minSegment(unit)));
      }
      List<DyadChange> found =
          switch (method) {
            case "pelt" -> changes.find(series, penalty);
            case "online" -> changes.findOnline(series, expectedRun);
            default -> throw usage("--method takes pelt or online, not '" + method + "'");
          };
      ChangeWriter.write(output.format, found, parent.out);
      notes(series, found);
    }
  }

  /** Why a series is empty: the alignment's own explanation for κ, the sources for the rest. */
  private static String noEvidence(Store store, DyadSeries series, String range) {
    String a = series.a();
    String b = series.b();
    return switch (series.measure()) {
      case KAPPA -> new UnAlignment(new VoteQueries(store)).whyNoData(a, b, range);
      case INDEX ->
          "no relation index for "
              + a
              + "–"
              + b
              + " in "
              + range
              + ": neither UN votes nor events for any "
              + series.unit().key()
              + " (alliances and sanctions alone do not make an index)";
      case ALIGNMENT ->
          "no alignment estimate for "
              + a
              + "–"
              + b
              + " in "
              + range
              + ": the relation model places the two on the alignment dimension in no "
              + series.unit().key()
              + " (see `entente relation "
              + a
              + " "
              + b
              + "`, column basis)";
      case EVENTS ->
          "no event evidence for "
              + a
              + "–"
              + b
              + " in "
              + range
              + ": no raw events in the store (import-events) and no aggregated scores for those"
              + " periods (the bundled GDELT scores run 2018-01 … 2024-02)";
    };
  }

  /** Skipped periods and an empty result, on standard error so that the output stays data. */
  private void notes(DyadSeries series, List<DyadChange> found) {
    if (!series.skipped().isEmpty()) {
      parent.err.println(
          "note: "
              + series.skipped().size()
              + " "
              + series.unit().key()
              + "(s) without a value left out of the series: "
              + ranges(series.skipped()));
    }
    if (found.isEmpty()) {
      parent.err.println(
          "note: no change point in "
              + series.source()
              + " of "
              + series.a()
              + "–"
              + series.b()
              + ", "
              + series.label(0)
              + " … "
              + series.label(series.size() - 1)
              + " (penalty "
              + penalty
              + ")");
    }
  }

  /** {@code 1992–2017, 2025–2026}: consecutive labels joined. */
  static String ranges(List<String> labels) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      int j = i;
      while (j + 1 < labels.size() && consecutive(labels.get(j), labels.get(j + 1))) {
        j++;
      }
      out.add(i == j ? labels.get(i) : labels.get(i) + "–" + labels.get(j));
      i = j + 1;
    }
    return String.join(", ", out);
  }

  private static boolean consecutive(String x, String y) {
    if (x.length() == 4) {
      return Integer.parseInt(x) + 1 == Integer.parseInt(y);
    }
    return java.time.YearMonth.parse(x).plusMonths(1).equals(java.time.YearMonth.parse(y));
  }
}
