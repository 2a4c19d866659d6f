package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.analyze.CampSplit;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.SanctionsRelations;
import org.entente.analyze.YearCamps;
import org.entente.code.Country;
import org.entente.report.Format;
import org.entente.report.SanctionsText;
import org.entente.report.TriadWriter;
import org.entente.store.SanctionsQueries;
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

  /**
   * The regime records between the states in the year, one line each with its first address:
   * evidence beside the ties (the full citations are in {@code ties A B}).
   */
  private void sanctions(Store store, List<Country> countries, int y) {
    SanctionsRelations sanctions = new SanctionsRelations(new SanctionsQueries(store));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      for (int j = i + 1; j < countries.size(); j++) {
        SortedMap<Integer, List<SanctionsRelation>> year = new TreeMap<>();
        year.put(y, sanctions.relations(countries.get(i).iso3(), countries.get(j).iso3(), y));
        lines.addAll(SanctionsText.regimes(year, false));
      }
    }
    if (!lines.isEmpty()) {
      parent.out.println(
          "\nSanctions regimes between them in " + y + " (full citations: entente ties A B):");
      lines.forEach(line -> parent.out.println("  " + line));
    }
  }

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
      if (output.format == Format.TABLE) {
        sanctions(store, countries, y);
      }
      if (split.groups() > 1) {
        parent.err.println(
            "note: the ties fall into "
                + split.groups()
                + " unconnected groups; sharing a camp across groups means nothing");
      }
    }
  }
}
