package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.analyze.UnscVetoes;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.Veto;
import org.entente.report.Format;
import org.entente.report.VetoTable;
import org.entente.report.VetoWriter;
import org.entente.store.Store;
import org.entente.store.VetoFilter;
import org.entente.store.VetoQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente vetoes}: UN Security Council vetoes, one row per vetoed draft, with sources. */
@Command(
    name = "vetoes",
    mixinStandardHelpOptions = true,
    description = {
      "UN Security Council vetoes, one row per vetoed draft, each with its source.",
      "Rows give date, draft, topic, vetoing members, and the file and line each comes from (with"
          + " the citation of UN documents for records added from September 2022).",
      "Members are ISO-3 codes: the Soviet Union is RUS; the China seat is TWN until 24 October"
          + " 1971, CHN from 25 October 1971."
    },
    footer = {
      "",
      "Examples:",
      "  entente vetoes --member CHN --with RUS",
      "  entente vetoes --member RUS --from 2024 --format csv"
    })
final class VetoesCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Option(
      names = "--member",
      paramLabel = "STATE",
      description = "Only vetoes this state cast: an ISO-3 code or a name (RUS, Russia, CHN…).")
  String member;

  @Option(
      names = "--with",
      paramLabel = "STATE",
      description = "With --member: only the vetoes both states cast, on the same draft.")
  String with;

  @Mixin YearRange years;

  @Mixin FormatOption output;

  @Override
  public void run() {
    if (with != null && member == null) {
      throw new UserException(
          "--with needs --member: the vetoes both states cast, e.g. --member CHN --with RUS");
    }
    years.check();
    CountryCodes codes = CountryCodes.bundled();
    List<Country> states = new ArrayList<>();
    if (member != null) {
      states.add(AlignmentCommand.country(codes, member));
    }
    if (with != null) {
      Country other = AlignmentCommand.country(codes, with);
      if (other.equals(states.get(0))) {
        throw new UserException(
            "give two different states to --member and --with, not " + other.iso3() + " twice");
      }
      states.add(other);
    }
    VetoFilter filter =
        new VetoFilter(
            Set.copyOf(states.stream().map(Country::iso3).toList()), years.from(), years.to());
    try (Store store = storeOptions.open(parent.err)) {
      UnscVetoes found = new UnscVetoes(new VetoQueries(store));
      List<Veto> vetoes = found.vetoes(filter);
      if (vetoes.isEmpty()) {
        throw new UserException(found.whyNone(states, years.from(), years.to()));
      }
      if (output.format == Format.TABLE) {
        parent.out.print(VetoTable.render(heading(states, vetoes.size()), vetoes, notes(states)));
      } else {
        VetoWriter.write(output.format, vetoes, parent.out);
      }
    }
  }

  private String heading(List<Country> states, int n) {
    StringBuilder sb = new StringBuilder("UN Security Council vetoes");
    if (!states.isEmpty()) {
      sb.append(" cast by ").append(name(states.get(0)));
    }
    if (states.size() == 2) {
      sb.append(" and ").append(name(states.get(1))).append(" together");
    }
    if (years.from() != null || years.to() != null) {
      sb.append(", ").append(range());
    }
    return sb.append(": ").append(n).toString();
  }

  private static List<String> notes(List<Country> states) {
    List<String> notes = new ArrayList<>();
    if (states.stream().anyMatch(c -> c.iso3().equals("CHN") || c.iso3().equals("TWN"))) {
      notes.add(
          "The China seat was the Republic of China's (TWN) until 24 October 1971 and the People's"
              + " Republic's (CHN) from 25 October 1971 (GA resolution 2758).");
    }
    notes.add(
        "Source: the file and line of each record. Records from September 2022 on cite UN"
            + " documents: see them with --format csv or json.");
    return notes;
  }

  private static String name(Country c) {
    return c.name() + " (" + c.iso3() + ")";
  }

  private String range() {
    return years.describe("");
  }
}
