package org.entente.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.entente.analyze.AggregateSeries;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.DyadEvidencePeriod;
import org.entente.analyze.EventPeriod;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.Event;
import org.entente.report.EventWriter;
import org.entente.store.EventQueries;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente events}: a dyad's events per period and QuadClass, or the events themselves. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the imported events between two states per period: all events, the four QuadClass"
          + " counts (verbal and material cooperation, verbal and material conflict) and the"
          + " Goldstein sum and mean. Undirected unless --directed (then A is the source).",
      "--list prints the events themselves, each with dataset, id, source URL and file:line.",
      "Where an aggregated series covers the pair (the bundled GDELT scores, 2018–2024), undirected"
          + " series by day, month or year add score_sum, score_days and score_dataset; count"
          + " columns stay empty for periods without imported events."
    },
    footer = {
      "",
      "Examples:",
      "  entente events USA PRK --by day --format csv",
      "  entente events CHN RUS --by month --from 2018-01-01 --to 2018-12-31",
      "  entente events USA PRK --list --from 2018-06-01 --to 2018-06-01"
    })
final class EventsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(index = "0", paramLabel = "A", description = "A state: ISO-3 code or name.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Another state.")
  String b;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "day, week (ISO), month or year. Default: ${DEFAULT-VALUE}.")
  EventPeriod by;

  @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD.")
  String to;

  @Option(names = "--directed", description = "Only events with A as source and B as target.")
  boolean directed;

  @Option(names = "--list", description = "Print the events, not the counts.")
  boolean list;

  @Mixin FormatOption output;

  @Override
  public void run() {
    LocalDate first = date("--from", from);
    LocalDate last = date("--to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw new UserException("--to " + last + " is before --from " + first);
    }
    CountryCodes codes = CountryCodes.bundled();
    Country x = AlignmentCommand.country(codes, a);
    Country y = AlignmentCommand.country(codes, b);
    if (x.equals(y)) {
      throw new UserException("give two different states, not " + x.iso3() + " twice");
    }
    try (Store store = storeOptions.open(parent.err)) {
      List<Event> events =
          new EventQueries(store).between(x.iso3(), y.iso3(), directed, first, last);
      List<ScorePeriod> scores =
          list || directed
              ? List.of()
              : new AggregateSeries(new ScoreQueries(store))
                  .scores(x.iso3(), y.iso3(), by, first, last);
      if (!scores.isEmpty()) {
        List<DyadEventPeriod> counted =
            DyadEventSeries.of(x.iso3(), y.iso3(), by, directed, events);
        EventWriter.evidence(
            output.format,
            x.iso3(),
            y.iso3(),
            DyadEvidencePeriod.join(counted, scores),
            parent.out);
        return;
      }
      if (events.isEmpty()) {
        throw new UserException(
            "no events between "
                + x.iso3()
                + " and "
                + y.iso3()
                + " in the store"
                + (first != null || last != null ? " in that range" : "")
                + "; import some with entente import-events FILE");
      }
      if (list) {
        EventWriter.list(
            output.format, events, new EventQueries(store).sentences(events), parent.out);
      } else {
        List<DyadEventPeriod> series = DyadEventSeries.of(x.iso3(), y.iso3(), by, directed, events);
        EventWriter.series(output.format, series, parent.out);
      }
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserException(
          option + " '" + value + "': expected a date YYYY-MM-DD, e.g. 2018-06-01");
    }
  }
}
