package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entente.text.english.PetrarchEvaluation;
import org.entente.text.english.PetrarchUnitRecords.Expectation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code entente eval}: measures Entente's coders against others' test records. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Entente's event coders against published test records.",
    subcommands = {EvalCommand.Petrarch.class})
final class EvalCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Override
  public void run() {
    throw new UserException("eval needs a subcommand: petrarch FILE");
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
}
