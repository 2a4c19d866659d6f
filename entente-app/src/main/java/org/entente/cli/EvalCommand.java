package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.analyze.DyadRelations;
import org.entente.analyze.ExpertAgreement;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;
import org.entente.ingest.BrokenFileException;
import org.entente.ingest.PeaceScaleReader;
import org.entente.ingest.Progress;
import org.entente.ingest.Rejects;
import org.entente.ingest.SourceFile;
import org.entente.report.ExpertAgreementWriter;
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
    subcommands = {EvalCommand.Petrarch.class, EvalCommand.PeaceScale.class})
final class EvalCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Override
  public void run() {
    throw new UserException("eval needs a subcommand: petrarch FILE, or peace-scale FILE");
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
        "Computes the relation index (as `entente relation`) of every dyad-year of FILE, a Peace",
        "Scale file (a,b,year,peace: ISO-3 codes, 0 severe rivalry … 1 security community), and",
        "measures it against the scale: Spearman's rho, the index's mean in each category, the",
        "share of rivalry years (0, 0.25) with a negative index and of warm-peace years (0.75, 1)",
        "with a positive one. One row each for the pairs a calibration may use (fit), those it",
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
        long pairs = years.stream().map(y -> y.a() + y.b()).distinct().count();
        judged =
            ExpertAgreement.judge(
                RelationCommand.sources(store),
                years,
                done -> {
                  if (done % 100 == 0 || done == pairs) {
                    err.printf(Locale.ROOT, "%d of %d pairs%n", done, pairs);
                  }
                });
      }
      ExpertAgreementWriter.write(
          output.format, ExpertAgreement.byPart(judged, DyadRelations.TOLERANCE), eval.parent.out);
    }
  }
}
