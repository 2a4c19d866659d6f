package org.entente.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.EventPeriod;
import org.entente.analyze.RelationSources;
import org.entente.analyze.SanctionsRelation;
import org.entente.analyze.SanctionsRelations;
import org.entente.analyze.Standing;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.report.AllRelationsWriter;
import org.entente.report.EvidenceEnds;
import org.entente.report.Format;
import org.entente.report.RelationWriter;
import org.entente.report.SanctionsText;
import org.entente.report.StandingWriter;
import org.entente.report.brief.BriefingLanguage;
import org.entente.store.RelationFits;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente relation A B}: the fused relation of two states by year or month. */
@Command(
    name = "relation",
    mixinStandardHelpOptions = true,
    description = {
      "How close two states were, by year or month: the relations dimension (index, how the two"
          + " treat each other, from enmity - to amity +) and the alignment dimension (whether they"
          + " take the same positions), each with its 80 %% interval; the sign of the index (+ or -"
          + " only when the interval excludes 0, else 0), the sources behind the period (basis),"
          + " each component's value, the coverage of the evidence and what it rests on. A"
          + " component without evidence is left out, never counted as 0.",
      "With --with STATE instead of A B: every state ranked by the index of its relation with"
          + " STATE, highest first, with the index's 80 %% interval and the alignment dimension"
          + " beside it, in one year: the last of --from to --to (default: this year). One year,"
          + " not a mean of the range: each year's estimate already draws on all years (the"
          + " model's random walk), and a mean's interval would need the covariances of the"
          + " years, which the fit does not store."
    },
    footer = {
      "",
      "Examples:",
      "  entente relation CHN RUS --from 1992",
      "  entente relation KOR PRK --by month --from 2018 --to 2018 --format csv",
      "  entente relation --with CHN --top 20 --to 2025"
    })
final class RelationCommand implements Runnable {

  /** The first year of the default range: the end of the Cold War. */
  static final int DEFAULT_FROM = RelationSources.DEFAULT_FROM;

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Mixin YearRange years;

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
          "Every pair in the stored fit instead of A and B: both dimensions with their 80 %%"
              + " intervals, the sign and the sources of each year, one row per pair and year"
              + " (by year only; no components).")
  boolean all;

  @Option(
      names = "--with",
      paramLabel = "STATE",
      description =
          "Rank every state by the index of its relation with STATE in the last year of the range.")
  String with;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "With --with: how many states to show. Default: " + Standing.DEFAULT_TOP + ".")
  Integer top;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "year",
      description = "year or month. Default: ${DEFAULT-VALUE}.")
  String by;

  @Mixin FormatOption output;

  @Override
  public void run() {
    if (with != null) {
      runWith();
      return;
    }
    if (top != null) {
      throw new UserException("--top ranks the states --with one: give --with STATE");
    }
    if (all) {
      runAll();
      return;
    }
    if (a == null || b == null) {
      throw new UserException("give two states (relation A B), or --all for every pair");
    }
    EventPeriod unit = unit(by);
    CountryCodes codes = CountryCodes.bundled();
    Country x = AlignmentCommand.country(codes, a);
    Country y = AlignmentCommand.country(codes, b);
    if (x.equals(y)) {
      throw new UserException("give two different states, not " + x.iso3() + " twice");
    }
    years.check();
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    int from = years.from() == null ? DEFAULT_FROM : years.from();
    int to = years.to() == null ? Math.max(thisYear, from) : years.to();
    try (Store store = storeOptions.open(parent.err)) {
      List<DyadRelation> relations = sources(store).relations(x.iso3(), y.iso3(), unit, from, to);
      RelationWriter.write(output.format, relations, parent.out);
      if (output.format == Format.TABLE) {
        SanctionsRelations sanctions = new SanctionsRelations(new SanctionsQueries(store));
        SortedMap<Integer, List<SanctionsRelation>> byYear = new TreeMap<>();
        for (int year = from; year <= to; year++) {
          byYear.put(year, sanctions.relations(x.iso3(), y.iso3(), year));
        }
        List<String> lines = SanctionsText.regimes(byYear, true);
        if (!lines.isEmpty()) {
          parent.out.println("\nSanctions regimes behind the sanctions column (with citations):");
          lines.forEach(line -> parent.out.println("  " + line));
        }
        printEvidenceEnds(store, to, parent.out);
      }
    }
  }

  /** {@code relation --with STATE}: every state ranked by the index with one, in one year. */
  private void runWith() {
    if (a != null || all) {
      throw new UserException("--with ranks every state: give no states and no --all with it");
    }
    if (!by.equals("year")) {
      throw new UserException("--with is by year: the model is fitted by year");
    }
    if (top != null && top < 1) {
      throw new UserException("--top takes 1 or more, not " + top);
    }
    Country state = AlignmentCommand.country(CountryCodes.bundled(), with);
    years.check();
    int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
    int year =
        years.to() != null
            ? years.to()
            : Math.max(thisYear, years.from() == null ? 0 : years.from());
    try (Store store = storeOptions.open(parent.err)) {
      Standing standing =
          sources(store).standing(state.iso3(), year, top == null ? Standing.DEFAULT_TOP : top);
      if (standing.rows().isEmpty()) {
        throw new UserException(standing.whyEmpty());
      }
      StandingWriter.write(output.format, standing, parent.out);
      if (output.format == Format.TABLE) {
        printEvidenceEnds(store, year, parent.out);
      } else {
        StandingWriter.notes(standing).forEach(note -> parent.err.println("entente: " + note));
      }
    }
  }

  /** {@code relation --all}: every stored dyad-year, streamed from the fit. */
  private void runAll() {
    if (a != null) {
      throw new UserException("--all takes no states; give A B without --all for one pair");
    }
    if (!by.equals("year")) {
      throw new UserException("--all is by year: the model is fitted by year");
    }
    years.check();
    int from = years.from() == null ? DEFAULT_FROM : years.from();
    int to = years.to() == null ? 9999 : years.to();
    try (Store store = storeOptions.open(parent.err);
        AllRelationsWriter writer = new AllRelationsWriter(output.format, parent.out)) {
      RelationFits fits = new RelationFits(store);
      if (fits.run().isEmpty()) {
        throw new UserException("the store holds no relation fit; run entente fit");
      }
      fits.forEach(from, to, writer::add);
    }
  }

  /**
   * After a table: where the updated components' evidence ends, when a year shown is past it
   * (README, "Keeping up to date"), so that no later year reads as judged with it.
   */
  static void printEvidenceEnds(Store store, int toYear, java.io.PrintStream out) {
    String note =
        EvidenceEnds.of(StoreSummary.freshness(store)).sentence(toYear, BriefingLanguage.EN);
    if (!note.isEmpty()) {
      out.println();
      out.println(note);
    }
  }

  /** The period of {@code --by}: year or month. */
  static EventPeriod unit(String by) {
    return switch (by) {
      case "year" -> EventPeriod.YEAR;
      case "month" -> EventPeriod.MONTH;
      default -> throw new UserException("--by takes year or month, not '" + by + "'");
    };
  }

  /** Where relations come from: one piece for the relation, triad and camps commands. */
  static RelationSources sources(Store store) {
    return RelationSources.of(store);
  }
}
