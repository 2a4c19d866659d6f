package org.entente.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.analyze.AggregateSeries;
import org.entente.analyze.AggregateSeries.ScorePeriod;
import org.entente.analyze.DyadEventPeriod;
import org.entente.analyze.DyadEventSeries;
import org.entente.analyze.DyadEvidencePeriod;
import org.entente.analyze.EventAggregation;
import org.entente.analyze.EventPeriod;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
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
          + " columns stay empty for periods without imported events.",
      "Events imported as aggregates (import-events --dataset aggregate, the output of"
          + " entente-spark) count with the others; aggregates by month count by month or year"
          + " only, and cannot be listed one by one.",
      "--all, without A and B, writes every directed dyad's counts per dataset and day or month"
          + " (the columns of entente-spark's Parquet): the embedded side of the cluster job."
    },
    footer = {
      "",
      "Examples:",
      "  entente events USA PRK --by day --format csv",
      "  entente events CHN RUS --by month --from 2018-01-01 --to 2018-12-31",
      "  entente events USA PRK --list --from 2018-06-01 --to 2018-06-01",
      "  entente events CHN RUS --by year --plover",
      "  entente events --all --by day --format csv > dyad-days.csv"
    })
final class EventsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "A",
      description = "A state: ISO-3 code or name.")
  String a;

  @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "Another state.")
  String b;

  @Option(
      names = "--all",
      description =
          "Every directed dyad per dataset and period (--by day or month), instead of one pair.")
  boolean all;

  @Option(
      names = "--plover",
      description = "Add the sixteen PLOVER type counts (plover_agree … plover_assault).")
  boolean plover;

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
    if (all) {
      everyDyad(first, last);
      return;
    }
    if (a == null || b == null) {
      throw new UserException("give two states (events A B), or --all for every dyad");
    }
    CountryCodes codes = CountryCodes.bundled();
    Country x = AlignmentCommand.country(codes, a);
    Country y = AlignmentCommand.country(codes, b);
    if (x.equals(y)) {
      throw new UserException("give two different states, not " + x.iso3() + " twice");
    }
    try (Store store = storeOptions.open(parent.err)) {
      EventQueries queries = new EventQueries(store);
      List<Event> events = queries.between(x.iso3(), y.iso3(), directed, first, last);
      List<EventAggregate> aggregated =
          list ? List.of() : queries.aggregates(x.iso3(), y.iso3(), directed, first, last);
      if (list && events.isEmpty()) {
        List<EventAggregate> only = queries.aggregates(x.iso3(), y.iso3(), directed, first, last);
        if (!only.isEmpty()) {
          throw new UserException(
              "the events between "
                  + x.iso3()
                  + " and "
                  + y.iso3()
                  + " in the store are aggregates ("
                  + only.get(0).source()
                  + "), counted by "
                  + only.get(0).unit().name().toLowerCase(Locale.ROOT)
                  + ": they cannot be listed one by one; its _manifest.json names the input files");
        }
      }
      List<ScorePeriod> scores =
          list || directed
              ? List.of()
              : new AggregateSeries(new ScoreQueries(store))
                  .scores(x.iso3(), y.iso3(), by, first, last);
      if (!scores.isEmpty()) {
        EventWriter.evidence(
            output.format,
            x.iso3(),
            y.iso3(),
            DyadEvidencePeriod.join(series(x, y, events, aggregated), scores),
            plover,
            parent.out);
        return;
      }
      if (events.isEmpty() && aggregated.isEmpty()) {
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
        EventWriter.list(output.format, events, queries.sentences(events), parent.out);
      } else {
        EventWriter.series(output.format, series(x, y, events, aggregated), plover, parent.out);
      }
    }
  }

  private List<DyadEventPeriod> series(
      Country x, Country y, List<Event> events, List<EventAggregate> aggregated) {
    try {
      return DyadEventSeries.of(x.iso3(), y.iso3(), by, directed, events, aggregated);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Every directed dyad's counts, from the raw events and the aggregates in the store. */
  private void everyDyad(LocalDate first, LocalDate last) {
    if (a != null || b != null || list || directed) {
      throw new UserException(
          "--all writes every directed dyad: give no states, and neither --list nor --directed");
    }
    DatePrecision unit = by.aggregateUnit();
    if (unit == null) {
      throw new UserException("--all counts by day or month, not by " + by.key());
    }
    try (Store store = storeOptions.open(parent.err)) {
      EventQueries queries = new EventQueries(store);
      if (queries.aggregatedEvents() == 0) {
        // Raw events only: the query's rows are the answer, in order; adding them up again in
        // Java and sorting took half the time at ten million events (BENCHMARKS.md).
        List<EventAggregate> rows = new ArrayList<>();
        queries.forEachDyadTotal(unit, first, last, rows::add);
        EventWriter.aggregates(output.format, rows, parent.out);
        return;
      }
      EventAggregation aggregation = new EventAggregation(unit);
      queries.forEachDyadTotal(unit, first, last, aggregation::add);
      try {
        queries.forEachAggregate(
            g -> {
              if (within(g.period(), first, last)) {
                aggregation.add(g);
              }
            });
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage() + "; ask --by month");
      }
      EventWriter.aggregates(
          output.format, aggregation.aggregates(store.file().toString()), parent.out);
    }
  }

  private static boolean within(LocalDate d, LocalDate first, LocalDate last) {
    return (first == null || !d.isBefore(first)) && (last == null || !d.isAfter(last));
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
