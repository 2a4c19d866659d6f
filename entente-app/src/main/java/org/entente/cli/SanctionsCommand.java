package org.entente.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.analyze.NameMatch;
import org.entente.analyze.NameSearch;
import org.entente.analyze.SanctionsCatalog;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.SanctionsRegime;
import org.entente.report.Format;
import org.entente.report.SanctionsText;
import org.entente.report.SanctionsWriter;
import org.entente.store.SanctionsQueries;
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
 * {@code entente sanctions programs|entities|search}: the sanctions programmes with their authority
 * and target state, the designated entries, and a forgiving search over designated names.
 */
@Command(
    name = "sanctions",
    mixinStandardHelpOptions = true,
    description = {
      "Sanctions lists (the UN Security Council consolidated list, OFAC's SDN list) and the cited"
          + " table of autonomous regimes and counter-sanctions.",
      "Each list is a snapshot; every entry names the file and line it was read from, every regime"
          + " record its citation."
    },
    subcommands = {
      SanctionsCommand.Programs.class,
      SanctionsCommand.Entities.class,
      SanctionsCommand.Search.class
    },
    footer = {
      "",
      "Examples:",
      "  entente sanctions programs --target PRK",
      "  entente sanctions programs --authority JPN --target RUS",
      "  entente sanctions entities --target PRK --authority UN --format csv",
      "  entente sanctions search \"kim jong un\""
    })
final class SanctionsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "give a subcommand: programs, entities or search");
  }

  /** {@code --target}, {@code --authority} and {@code --format}, shared by two subcommands. */
  static final class Filters {

    @Option(
        names = "--target",
        paramLabel = "STATE",
        description = "Only programmes directed at this state (ISO-3 code or name, e.g. PRK).")
    String target;

    @Option(
        names = "--authority",
        paramLabel = "WHO",
        description =
            "Only programmes of this authority: UN, EU, or a sanctioning state (e.g. USA, JPN,"
                + " CHN).")
    String authority;

    @Mixin FormatOption output;

    String targetCode() {
      if (target == null) {
        return null;
      }
      CountryCodes codes = CountryCodes.bundled();
      return codes
          .lookup(target)
          .map(Country::iso3)
          .orElseThrow(
              () -> {
                List<Country> near = codes.suggest(target, 5);
                return new UserException(
                    "unknown country '"
                        + target
                        + "' for --target: "
                        + (near.isEmpty()
                            ? "expected an ISO-3 code such as PRK, RUS or IRN"
                            : "did you mean "
                                + near.stream()
                                    .map(c -> c.iso3() + " (" + c.name() + ")")
                                    .collect(Collectors.joining(", "))
                                + "?")
                        + " 'entente countries' lists them");
              });
    }

    /** The authority asked for, among the {@code known} ones of the programmes and regimes. */
    String authorityCode(List<String> known) {
      if (authority == null) {
        return null;
      }
      String code = authority.strip().toUpperCase(java.util.Locale.ROOT);
      if (!known.contains(code)) {
        String byName = CountryCodes.bundled().lookup(authority).map(Country::iso3).orElse(null);
        if (byName == null || !known.contains(byName)) {
          throw new UserException(
              "unknown authority '"
                  + authority
                  + "' for --authority: the authorities of the loaded lists and regime records are "
                  + String.join(", ", known));
        }
        code = byName;
      }
      return code;
    }

    /** What the filters ask for, in words: "directed at PRK by UN". */
    String describe(String authorityCode, String targetCode) {
      return (targetCode == null ? "" : " directed at " + targetCode)
          + (authorityCode == null ? "" : " by " + authorityCode);
    }
  }

  /** {@code entente sanctions programs}. */
  @Command(
      name = "programs",
      mixinStandardHelpOptions = true,
      description =
          "Sanctions programmes: authority, target state, the instrument and its date, and how"
              + " many entries of the loaded lists each carries.")
  static final class Programs implements Runnable {

    @ParentCommand SanctionsCommand sanctions;

    @Mixin StoreOptions storeOptions;

    @Mixin Filters filters;

    @Override
    public void run() {
      String target = filters.targetCode();
      try (Store store = storeOptions.open(sanctions.parent.err)) {
        SanctionsQueries queries = new SanctionsQueries(store);
        SanctionsCatalog catalog = new SanctionsCatalog(queries);
        String authority = filters.authorityCode(catalog.authorities());
        List<SanctionsCatalog.ProgramCount> programs = catalog.programs(authority, target);
        List<SanctionsRegime> regimes = catalog.regimes(authority, target);
        if (programs.isEmpty() && regimes.isEmpty()) {
          throw new UserException(
              "no sanctions programme or regime record"
                  + filters.describe(authority, target)
                  + " is known");
        }
        List<String> notes = new ArrayList<>(SanctionsWriter.snapshotNote(queries.snapshots()));
        if (!regimes.isEmpty()) {
          notes.add(
              "List REGIMES: records of the cited regime table (data/sanctions-regimes/), one per"
                  + " regime or widening; `entente ties A B` shows them between two states.");
          if (filters.output.format == Format.TABLE) {
            notes.add("Citations (the first address of each; all of them with --format csv):");
            regimes.forEach(
                r -> notes.add("  " + r.id() + ": " + SanctionsText.firstAddress(r.source())));
          }
        }
        SanctionsWriter.programs(
            filters.output.format, programs, regimes, notes, sanctions.parent.out);
      }
    }
  }

  /** {@code entente sanctions entities}. */
  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description =
          "Designated individuals, entities, vessels and aircraft, with their programmes and the"
              + " file and line (or XML element) each was read from.")
  static final class Entities implements Runnable {

    @ParentCommand SanctionsCommand sanctions;

    @Mixin StoreOptions storeOptions;

    @Mixin Filters filters;

    @Override
    public void run() {
      String target = filters.targetCode();
      try (Store store = storeOptions.open(sanctions.parent.err)) {
        SanctionsQueries queries = new SanctionsQueries(store);
        SanctionsCatalog catalog = new SanctionsCatalog(queries);
        String authority = filters.authorityCode(catalog.authorities());
        List<SanctionsCatalog.Designated> entries = catalog.entries(authority, target);
        if (entries.isEmpty()) {
          throw new UserException(
              "no entry of the loaded lists is designated under a programme"
                  + filters.describe(authority, target));
        }
        SanctionsWriter.entries(
            filters.output.format,
            entries,
            SanctionsWriter.snapshotNote(queries.snapshots()),
            sanctions.parent.out);
      }
    }
  }

  /** {@code entente sanctions search}. */
  @Command(
      name = "search",
      mixinStandardHelpOptions = true,
      description = {
        "Designated names and aliases like NAME, best first, whatever the word order, case,"
            + " punctuation, hyphens or romanisation (Kim Jong-un, Jong Un Kim, Kim Jong-Eun).",
        "Scores run from 0 to 1; matches score at least "
            + NameSearch.THRESHOLD
            + ". CSV columns: "
            + SanctionsWriter.MATCHES_HEADER
            + "."
      })
  static final class Search implements Runnable {

    @ParentCommand SanctionsCommand sanctions;

    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name to look for.")
    List<String> words;

    int limit = 10;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "At most this many matches (default: 10).")
    void setLimit(int n) {
      if (n < 1) {
        throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + n);
      }
      limit = n;
    }

    @Mixin FormatOption output;

    @Override
    public void run() {
      String name = words.stream().collect(Collectors.joining(" ")).strip();
      if (name.isEmpty()) {
        throw new UserException("give a name to search for, e.g. \"Kim Jong Un\"");
      }
      try (Store store = storeOptions.open(sanctions.parent.err)) {
        SanctionsQueries queries = new SanctionsQueries(store);
        NameSearch search = new NameSearch(new SanctionsCatalog(queries), queries.names());
        List<NameMatch> matches = search.search(name, limit);
        if (matches.isEmpty()) {
          throw new UserException(
              "no designated name or alias matches '"
                  + name
                  + "' (score "
                  + NameSearch.THRESHOLD
                  + " or more) on the loaded lists");
        }
        SanctionsWriter.matches(
            output.format,
            matches,
            SanctionsWriter.snapshotNote(queries.snapshots()),
            sanctions.parent.out);
      }
    }
  }
}
