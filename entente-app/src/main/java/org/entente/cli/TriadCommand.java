package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.TriadPeriod;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.report.Format;
import org.entente.report.TriadWriter;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente triad A B C}: Dittmer's strategic triangle of three states over time. */
@Command(
    name = "triad",
    mixinStandardHelpOptions = true,
    description = {
      "The strategic triangle of three states by year or month (Dittmer 1981), from the relations"
          + " dimension of each pair: menage_a_trois (+++), romantic_triangle (++-, the pivot on"
          + " both + ties), stable_marriage (+--, two partners and a pariah), unit_veto (---). The"
          + " type is the one of the signs of the three pairs' estimates, with its probability"
          + " under the model (p_type); below 0.8 the triangle is undetermined and most_likely"
          + " says what it leans to. Balanced when the product of the signs is positive (Heider)."
          + " Each pair's sign, index and alignment with their 80 %% intervals are those of"
          + " `entente relation`."
    },
    footer = {
      "",
      "Examples:",
      "  entente triad CHN RUS PRK --by year",
      "  entente triad USA CHN RUS --from 2015 --format csv"
    })
final class TriadCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Mixin YearRange years;

  @Parameters(
      arity = "3",
      paramLabel = "STATE",
      description = "Three states: ISO-3 codes or names.")
  List<String> states;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "year",
      description = "year or month. Default: ${DEFAULT-VALUE}.")
  String by;

  @Mixin FormatOption output;

  @Override
  public void run() {
    EventPeriod unit = RelationCommand.unit(by);
    List<Country> three = countries(states);
    years.check();
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    int from = years.from() == null ? RelationCommand.DEFAULT_FROM : years.from();
    int to = years.to() == null ? Math.max(thisYear, from) : years.to();
    String a = three.get(0).iso3();
    String b = three.get(1).iso3();
    String c = three.get(2).iso3();
    try (Store store = storeOptions.open(parent.err)) {
      List<TriadPeriod> periods = RelationCommand.sources(store).triad(a, b, c, unit, from, to);
      if (output.format == Format.TABLE) {
        parent.out.println(
            three.get(0).name()
                + " ("
                + a
                + ") – "
                + three.get(1).name()
                + " ("
                + b
                + ") – "
                + three.get(2).name()
                + " ("
                + c
                + "): strategic triangle by "
                + by);
        parent.out.println(
            "ab = "
                + a
                + "–"
                + b
                + ", ac = "
                + a
                + "–"
                + c
                + ", bc = "
                + b
                + "–"
                + c
                + "; each pair: sign, index [80 % interval] from `entente relation`, evidence"
                + " there. type: most_likely when p_type >= 0.8, else undetermined.");
        parent.out.println();
      }
      TriadWriter.triads(output.format, periods, parent.out);
      if (output.format == Format.TABLE) {
        RelationCommand.printEvidenceEnds(store, to, parent.out);
      }
    }
  }

  /** The states named, each once. */
  static List<Country> countries(List<String> names) {
    CountryCodes codes = CountryCodes.bundled();
    List<Country> countries = names.stream().map(n -> AlignmentCommand.country(codes, n)).toList();
    HashSet<Country> seen = new HashSet<>();
    for (Country c : countries) {
      if (!seen.add(c)) {
        throw new UserException(
            "give different states: "
                + c.iso3()
                + " is named twice ("
                + String.join(" ", names)
                + ")");
      }
    }
    return countries;
  }
}
