package org.entente.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.entente.analyze.AlignmentEvidence;
import org.entente.analyze.DyadAlignment;
import org.entente.analyze.Measure;
import org.entente.analyze.Standing;
import org.entente.analyze.UnAlignment;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.code.UnknownCountryException;
import org.entente.domain.Issue;
import org.entente.report.AlignmentTable;
import org.entente.report.AlignmentWriter;
import org.entente.report.EvidenceWriter;
import org.entente.report.Format;
import org.entente.report.StandingWriter;
import org.entente.store.BundledUnVotes;
import org.entente.store.PeriodUnit;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente alignment}: UN-vote alignment of two states, of every pair by period, or of every
 * state with one ({@code --with}), ranked.
 */
@Command(
    name = "alignment",
    mixinStandardHelpOptions = true,
    description = {
      "UN General Assembly vote alignment of two states, or of every pair, by period; or, with"
          + " --with, every state ranked by its alignment with one.",
      "Measures: agreement, S score, Cohen's kappa, Scott's pi (README, \"Measures\").",
      "--with pools the roll calls of every period from --from to --to into one value per pair"
          + " (\"in 2020-2025\" means those roll calls together, not a mean of yearly values), so"
          + " --by only decides which roll calls the years select: a session counts as year"
          + " s + 1945. States that voted with it on fewer than --min-n roll calls are left out"
          + " and counted under the table (on standard error with csv and json)."
    },
    footer = {
      "",
      "Examples:",
      "  entente alignment CHN RUS --measure kappa --by year",
      "  entente alignment CHN RUS --evidence 74",
      "  entente alignment --all --by session --format csv > alignment.csv",
      "  entente alignment --with CHN --top 20 --min-n 30 --from 2025 --to 2025"
    })
final class AlignmentCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      arity = "0..2",
      paramLabel = "STATE",
      description = "Two states, as ISO-3 codes (CHN, RUS, PRK, USA…) or names.")
  List<String> states = List.of();

  @Option(names = "--all", description = "Every pair of states that both voted in a period.")
  boolean all;

  @Option(
      names = "--with",
      paramLabel = "STATE",
      description =
          "Rank every state by its alignment with this one (measure: --measure, default kappa),"
              + " highest first, over the roll calls of --from to --to pooled.")
  String with;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "With --with: how many states to show. Default: " + Standing.DEFAULT_TOP + ".")
  void setTop(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--top takes 1 or more, not " + n);
    }
    top = n;
  }

  Integer top;

  @Option(
      names = "--min-n",
      paramLabel = "N",
      description =
          "With --with: leave out states that voted with it on fewer than N roll calls (both"
              + " casting a vote). Default: "
              + Standing.DEFAULT_MIN_N
              + ".")
  void setMinN(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--min-n takes 1 or more, not " + n);
    }
    minN = n;
  }

  Integer minN;

  @Option(
      names = "--measure",
      paramLabel = "M",
      description = "Measure the table shows: agree, s, kappa or pi (default: all four).")
  Measure measure;

  @Option(
      names = "--by",
      paramLabel = "UNIT",
      defaultValue = "session",
      description =
          "Period: session (session s = year s + 1945) or year (roll-call dates). Default: ${DEFAULT-VALUE}.")
  PeriodUnit unit;

  @Spec CommandSpec spec;

  @Mixin YearRange years;

  @Mixin FormatOption output;

  @Option(
      names = "--keep-unanimous",
      description =
          "Keep roll calls on which every voting state voted the same (dropped by default, as Voeten does).")
  boolean keepUnanimous;

  @Option(
      names = "--important",
      description = "Only votes the US State Department classed important (from session 39).")
  boolean important;

  @Option(
      names = "--issue",
      paramLabel = "CODE",
      description =
          "Only roll calls tagged me (Palestinian conflict), nu (nuclear), di (disarmament), hr (human rights), co (colonialism) or ec (economic development).")
  String issue;

  @Option(
      names = "--evidence",
      paramLabel = "PERIOD",
      description =
          "List the roll calls behind one value: a session number, or a year with --by year."
              + " CSV and jsonl have one roll call per line; json wraps them in an object with"
              + " a, b, period and n.")
  void setEvidence(int period) {
    if (period < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--evidence takes a session number (1 or more) or, with --by year, a year; not "
              + period);
    }
    evidence = period;
  }

  Integer evidence;

  @Override
  public void run() {
    CountryCodes codes = CountryCodes.bundled();
    VoteQuery query = query();
    PrintStream out = parent.out;
    if (with != null) {
      runWith(codes, query);
      return;
    }
    if (top != null || minN != null) {
      throw new UserException("--top and --min-n rank the states --with one: give --with STATE");
    }
    if (all) {
      if (!states.isEmpty() || evidence != null) {
        throw new UserException("--all lists every pair: give no states and no --evidence with it");
      }
      try (Store store = storeOptions.open(parent.err)) {
        UnAlignment alignment = new UnAlignment(new VoteQueries(store));
        if (output.format == Format.TABLE) {
          throw new UserException(
              "--all prints hundreds of thousands of rows: use --format csv, json or jsonl");
        }
        try (AlignmentWriter writer = AlignmentWriter.of(output.format, out)) {
          alignment.allPairs(query, writer);
          if (writer.rows() == 0) {
            throw new UserException(
                "no roll calls with votes in " + range() + " with these filters");
          }
        }
      }
      return;
    }
    if (states.size() != 2) {
      throw new UserException("give two states (e.g. CHN RUS), or --all for every pair");
    }
    Country a = country(codes, states.get(0));
    Country b = country(codes, states.get(1));
    if (a.equals(b)) {
      throw new UserException("give two different states, not " + a.iso3() + " twice");
    }
    try (Store store = storeOptions.open(parent.err)) {
      UnAlignment alignment = new UnAlignment(new VoteQueries(store));
      if (evidence != null) {
        AlignmentEvidence found = alignment.evidence(a.iso3(), b.iso3(), query, evidence);
        if (found == null) {
          throw new UserException(
              alignment.whyNoData(a.iso3(), b.iso3(), unit.label() + " " + evidence));
        }
        if (output.format == Format.TABLE) {
          out.print(
              AlignmentTable.renderEvidence(
                  a,
                  b,
                  query,
                  found,
                  BundledUnVotes.caveats(a.iso3(), b.iso3(), unit, List.of(evidence))));
        } else {
          EvidenceWriter.write(output.format, found, out);
        }
        return;
      }
      List<DyadAlignment> rows = alignment.dyad(a.iso3(), b.iso3(), query);
      if (rows.isEmpty()) {
        throw new UserException(alignment.whyNoData(a.iso3(), b.iso3(), range()));
      }
      if (output.format == Format.TABLE) {
        List<Integer> periods = rows.stream().map(DyadAlignment::period).toList();
        out.print(
            AlignmentTable.render(
                a,
                b,
                query,
                measure,
                rows,
                BundledUnVotes.caveats(a.iso3(), b.iso3(), unit, periods)));
      } else {
        try (AlignmentWriter writer = AlignmentWriter.of(output.format, out)) {
          rows.forEach(writer);
        }
      }
    }
  }

  /** {@code alignment --with STATE}: every state ranked by its alignment with one. */
  private void runWith(CountryCodes codes, VoteQuery query) {
    if (!states.isEmpty() || all || evidence != null) {
      throw new UserException(
          "--with ranks every state: give no states, --all or --evidence with it");
    }
    Country state = country(codes, with);
    try (Store store = storeOptions.open(parent.err)) {
      Standing standing =
          new UnAlignment(new VoteQueries(store))
              .standing(
                  state.iso3(),
                  query,
                  measure == null ? Measure.KAPPA : measure,
                  minN == null ? Standing.DEFAULT_MIN_N : minN,
                  top == null ? Standing.DEFAULT_TOP : top);
      if (standing.rows().isEmpty()) {
        throw new UserException(
            standing.whyEmpty()
                + (standing.belowMinN() > 0 ? ": lower --min-n or widen --from and --to" : ""));
      }
      StandingWriter.write(output.format, standing, parent.out);
      if (output.format != Format.TABLE) {
        StandingWriter.notes(standing).forEach(note -> parent.err.println("entente: " + note));
      }
    }
  }

  private VoteQuery query() {
    Issue tag = null;
    if (issue != null) {
      tag = Issue.parseOrNull(issue);
      if (tag == null) {
        throw new UserException(
            "unknown issue '" + issue + "': expected one of me, nu, di, hr, co, ec");
      }
    }
    years.check();
    return new VoteQuery(unit, keepUnanimous, important, tag, years.from(), years.to(), Set.of());
  }

  /** A state a user named, by code or name; an unknown name is an error with suggestions. */
  static Country country(CountryCodes codes, String text) {
    try {
      return codes.require(text);
    } catch (UnknownCountryException e) {
      throw new UserException(e.getMessage());
    }
  }

  private String range() {
    return years.describe("any " + unit.label());
  }
}
