package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.entente.analyze.DyadTies;
import org.entente.analyze.TieYear;
import org.entente.analyze.TiesOnDay;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.report.Format;
import org.entente.report.TiesTable;
import org.entente.report.TiesWriter;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente ties}: what formally binds or divides two states — alliance obligations, joint
 * Security Council vetoes, sanctions — by year, or the records in force on one day.
 */
@Command(
    name = "ties",
    mixinStandardHelpOptions = true,
    description = {
      "What formally binds or divides two states, year by year: alliance obligations (ATOP 5.1 to"
          + " 2018 and cited treaty records), the Security Council vetoes they cast together, and"
          + " who sanctions whom (UN and national lists). Every value cites its records.",
      "Years run from --from (default 1946) to --to (default: this year)."
    },
    footer = {
      "",
      "Examples:",
      "  entente ties RUS PRK --by year",
      "  entente ties CHN PRK --on 2023-09-13",
      "  entente ties CHN RUS --from 2000 --format csv"
    })
final class TiesCommand implements Runnable {

  /** The first year of the UN era, when all three kinds of evidence can exist. */
  static final int DEFAULT_FROM = 1946;

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Mixin YearRange years;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "2",
      paramLabel = "STATE",
      description = "Two states, as ISO-3 codes (CHN, RUS, PRK, USA…) or names.")
  List<String> states;

  @Option(
      names = "--by",
      paramLabel = "UNIT",
      defaultValue = "year",
      description = "Period: year (the only one: treaties, vetoes and lists are dated by day).")
  String by;

  LocalDate on;

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "List the records in force that day (YYYY-MM-DD) with their sources.")
  void setOn(String date) {
    try {
      on = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--on takes a date as YYYY-MM-DD, e.g. 2023-09-13; not '" + date + "'");
    }
  }

  @Mixin FormatOption output;

  @Override
  public void run() {
    if (!"year".equals(by)) {
      throw new UserException("--by takes year: ties are counted by calendar year");
    }
    if (on != null && (years.from() != null || years.to() != null)) {
      throw new UserException("--on lists one day: give it without --from and --to");
    }
    CountryCodes codes = CountryCodes.bundled();
    Country a = AlignmentCommand.country(codes, states.get(0));
    Country b = AlignmentCommand.country(codes, states.get(1));
    if (a.equals(b)) {
      throw new UserException("give two different states, not " + a.iso3() + " twice");
    }
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    int from = years.from() == null ? DEFAULT_FROM : years.from();
    int to = years.to() == null ? Math.max(thisYear, from) : years.to();
    years.check();
    try (Store store = storeOptions.open(parent.err)) {
      DyadTies ties = DyadTies.of(store);
      if (on != null) {
        TiesOnDay day = ties.onDay(a.iso3(), b.iso3(), on);
        if (day.isEmpty()) {
          throw new UserException(
              "nothing bound or divided "
                  + a.iso3()
                  + " and "
                  + b.iso3()
                  + " on "
                  + on
                  + " in the store's alliance, veto and sanctions records");
        }
        if (output.format == Format.TABLE) {
          parent.out.print(TiesTable.onDay(a, b, day));
        } else {
          TiesWriter.onDay(output.format, day, parent.out);
        }
        return;
      }
      List<TieYear> rows = ties.byYear(a.iso3(), b.iso3(), from, to);
      if (output.format == Format.TABLE) {
        parent.out.print(TiesTable.byYear(a, b, rows));
      } else {
        TiesWriter.byYear(output.format, rows, parent.out);
      }
    }
  }
}
