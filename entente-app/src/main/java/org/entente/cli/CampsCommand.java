package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.analyze.CampSplit;
import org.entente.analyze.YearCamps;
import org.entente.code.Country;
import org.entente.report.TriadWriter;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente camps A B C D…}: the two camps of a set of states in one year. */
@Command(
    name = "camps",
    mixinStandardHelpOptions = true,
    description = {
      "Splits a set of states into the two camps that best fit 'friends together, enemies apart'"
          + " in one year, from the signs of `entente relation` for every pair, each tie weighted"
          + " by |index|: the frustrated ties (a + tie across the camps, a - tie within one) are"
          + " the fewest possible, and listed; balanced when there are none (Cartwright and"
          + " Harary). Exact for up to 20 states, or any balanced set."
    },
    footer = {"", "Example:", "  entente camps USA JPN KOR CHN RUS PRK --year 2024"})
final class CampsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "3..*", paramLabel = "STATE", description = "Three or more states.")
  List<String> states;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year. Default: last year (this year's evidence is still coming in).")
  Integer year;

  @Mixin FormatOption output;

  @Override
  public void run() {
    List<Country> countries = TriadCommand.countries(states);
    int y = year == null ? LocalDate.now(ZoneOffset.UTC).getYear() - 1 : year;
    if (y < 1) {
      throw new UserException("--year must be a positive year, not " + y);
    }
    if (year == null) {
      parent.err.println("Camps in " + y + ", the last full year (--year YEAR for another).");
    }
    try (Store store = storeOptions.open(parent.err)) {
      YearCamps camps =
          RelationCommand.sources(store).camps(countries.stream().map(Country::iso3).toList(), y);
      CampSplit split = camps.split();
      TriadWriter.camps(output.format, split, camps.relations(), parent.out);
      if (split.groups() > 1) {
        parent.err.println(
            "note: the ties fall into "
                + split.groups()
                + " unconnected groups; sharing a camp across groups means nothing");
      }
    }
  }
}
