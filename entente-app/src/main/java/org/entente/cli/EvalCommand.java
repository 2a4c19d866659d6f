package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.analyze.ExpertAgreement;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.PeaceScaleReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.SourceFile;
import org.entente.report.ExpertAgreementWriter;
import org.entente.store.RelationFits;
import org.entente.store.Store;
import org.entente.text.english.PetrarchEvaluation;
import org.entente.text.english.PetrarchUnitRecords.Expectation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente eval}: measures Entente's coders against others' test records. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measures Entente against others' records: its English event coder against PETRARCH2's"
            + " unit records, its relation index against the Peace Scale.",
    subcommands = {
      EvalCommand.Petrarch.class,
      EvalCommand.PeaceScale.class,
      EvalCommand.SourceEdgesCommand.class
    })
final class EvalCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Override
  public void run() {
    throw new UserException(
        "eval needs a subcommand: petrarch FILE, peace-scale FILE or source-edges");
  }

  /** {@code entente eval petrarch FILE}: PETRARCH2's unit records through the English coder. */
  @Command(
      name = "petrarch",
      mixinStandardHelpOptions = true,
      description = {
        "Codes PETRARCH2's unit records (PETR.UnitTest.records.xml) with the dictionaries their",
        "<Environment> names, read from beside FILE; prints each failed record (id, expected, got)",
        "and ends with 'N passed, M failed'. A record passes when every expected source-target-code",
        "is coded (codes compared at the record's depth); noevents and error records pass when",
        "nothing is coded."
      })
  static final class Petrarch implements Runnable {

    @ParentCommand EvalCommand eval;

    @Parameters(index = "0", paramLabel = "FILE", description = "PETR.UnitTest.records.xml")
    Path file;

    @Override
    public void run() {
      if (!Files.isRegularFile(file)) {
        throw new UserException(file + ": no such file");
      }
      PetrarchEvaluation.Result result;
      try {
        result = PetrarchEvaluation.run(file);
      } catch (IOException e) {
        throw new UserException(e.getMessage());
      }
      var out = eval.parent.out;
      var err = eval.parent.err;
      result.notes().forEach(err::println);
      for (PetrarchEvaluation.Outcome o : result.outcomes()) {
        if (o.passed()) {
          continue;
        }
        String expected =
            o.record().expectation() == Expectation.EVENTS
                ? o.record().expected().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("; "))
                : o.record().expectation() == Expectation.NO_EVENTS
                    ? "no events"
                    : "not coded (" + o.record().error() + ")";
        String got =
            o.got().isEmpty()
                ? "nothing"
                : o.got().stream()
                    .map(e -> e.source() + " " + e.target() + " " + e.cameo())
                    .collect(Collectors.joining("; "));
        out.println(o.record().id() + "  expected: " + expected + "  got: " + got);
      }
      err.println(
          String.format(
              Locale.ROOT,
              "%d records in %.2f s (%.0f records/s)",
              result.outcomes().size(),
              result.nanos() / 1e9,
              result.recordsPerSecond()));
      out.println(result.passed() + " passed, " + result.failed() + " failed");
    }
  }

  /**
   * {@code entente eval peace-scale FILE}: the relation index of every dyad-year of a Peace Scale
   * file against the scale, for the pairs a calibration may use, those it may not, and all.
   */
  @Command(
      name = "peace-scale",
      mixinStandardHelpOptions = true,
      description = {
        "Reads the relation index (as `entente relation`: the stored fit) of every dyad-year of FILE, a Peace",
        "Scale file (a,b,year,peace: ISO-3 codes, 0 severe rivalry … 1 security community), and",
        "measures it against the scale: Spearman's rho, the index's mean in each category, the",
        "share of rivalry years (0, 0.25) with an index below 0 and of warm-peace years (0.75, 1)",
        "with one above 0. One row each for the pairs a calibration may use (fit), those it",
        "may not (held-out: a fixed hash of the pair decides) and all."
      },
      footer = {"", "Example:", "  entente eval peace-scale peace-scale.csv.gz --format csv"})
  static final class PeaceScale implements Runnable {

    @ParentCommand EvalCommand eval;

    @Mixin StoreOptions storeOptions;

    @Mixin FormatOption output;

    @Parameters(index = "0", paramLabel = "FILE", description = "Peace Scale dyad-years (CSV, .gz)")
    Path file;

    @Override
    public void run() {
      if (!Files.isRegularFile(file)) {
        throw new UserException(file + ": no such file");
      }
      var err = eval.parent.err;
      Rejects rejects = new Rejects();
      List<PeaceYear> years;
      try {
        years =
            new PeaceScaleReader(CountryCodes.bundled())
                .read(SourceFile.of(file), rejects, Progress.NONE);
      } catch (BrokenFileException e) {
        throw new UserException(e.getMessage());
      }
      if (!rejects.isEmpty()) {
        err.printf(
            Locale.ROOT,
            "%d row(s) of %s not read (first: %s)%n",
            rejects.count(),
            file,
            rejects.all().get(0).describe());
      }
      if (years.isEmpty()) {
        throw new UserException(file + ": no dyad-year to measure against");
      }
      Map<ExpertAgreement.Part, List<ExpertAgreement.Judged>> judged;
      try (Store store = storeOptions.open(err)) {
        // the stored fit of the relation model, read once: what `relation` shows as its index
        Map<String, Double> index = new java.util.HashMap<>();
        int first = years.stream().mapToInt(PeaceYear::year).min().orElseThrow();
        int last = years.stream().mapToInt(PeaceYear::year).max().orElseThrow();
        new RelationFits(store)
            .forEach(first, last, r -> index.put(r.a() + r.b() + r.year(), r.relationsMean()));
        // a Peace Scale pair is a < b, as the fit's
        judged =
            ExpertAgreement.judge(
                years, y -> index.getOrDefault(y.a() + y.b() + y.year(), Double.NaN));
      }
      ExpertAgreementWriter.write(
          output.format, ExpertAgreement.byPart(judged, 0), eval.parent.out);
    }
  }

  /**
   * {@code entente eval source-edges}: the mean absolute year-on-year change of every pair's index
   * in the stored fit, year by year, and for the years a source starts or stops its ratio to the
   * median of the others.
   */
  @Command(
      name = "source-edges",
      mixinStandardHelpOptions = true,
      description = {
        "The mean |year-on-year change| of the relation index over all pairs, each year since",
        "--since, and for the --edges years (default 2018 and 2025: GDELT's scores start and",
        "stop) the ratio to the median of the other years. A ratio near 1 means the index does",
        "not jump where a source starts or stops."
      },
      footer = {"", "Example:", "  entente eval source-edges --format csv"})
  static final class SourceEdgesCommand implements Runnable {

    @ParentCommand EvalCommand eval;

    @Mixin StoreOptions storeOptions;

    @Mixin FormatOption output;

    @picocli.CommandLine.Option(
        names = "--since",
        paramLabel = "YEAR",
        defaultValue = "2000",
        description = "First year. Default: ${DEFAULT-VALUE}.")
    int since;

    @picocli.CommandLine.Option(
        names = "--edges",
        paramLabel = "YEAR",
        split = ",",
        defaultValue = "2018,2025",
        description = "Years a source starts or stops. Default: ${DEFAULT-VALUE}.")
    List<Integer> edges;

    @Override
    public void run() {
      org.entente.analyze.SourceEdges changes = new org.entente.analyze.SourceEdges();
      try (Store store = storeOptions.open(eval.parent.err)) {
        new RelationFits(store)
            .forEach(since - 1, 9999, r -> changes.add(r.a(), r.b(), r.year(), r.relationsMean()));
      }
      List<String[]> rows = new java.util.ArrayList<>();
      for (org.entente.analyze.SourceEdges.Year y : changes.years(since, edges)) {
        rows.add(
            new String[] {
              Integer.toString(y.year()),
              Long.toString(y.pairs()),
              String.format(Locale.ROOT, "%.5f", y.meanChange()),
              Double.isNaN(y.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", y.ratio())
            });
      }
      org.entente.report.Rows.write(
          output.format,
          new String[] {"year", "pairs", "mean_abs_change", "ratio_to_median"},
          java.util.Set.of("pairs", "mean_abs_change", "ratio_to_median"),
          rows,
          eval.parent.out);
    }
  }
}
