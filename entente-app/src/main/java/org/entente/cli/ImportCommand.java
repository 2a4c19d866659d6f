package org.entente.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.code.CountryCodes;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.ingest.UnVotesLayout;
import org.entente.store.ImportRejectedException;
import org.entente.store.ImportReport;
import org.entente.store.Store;
import org.entente.store.UnVotesFiles;
import org.entente.store.UnVotesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente import-votes}: adds UN General Assembly votes to the store, from the UN's own
 * extracts or from CSV files in the layout of Voeten's data.
 */
@Command(
    name = "import-votes",
    mixinStandardHelpOptions = true,
    description = {
      "Imports UN General Assembly roll calls and votes: the UN's own extracts (JSON lines, as in"
          + " data/unvotes-undl/) or CSV files in the layout of Voeten's data"
          + " (rcid,session,importantvote,date,unres,... and rcid,country,country_code,vote),"
          + " plain or .gz. Files given without an option are recognised by their content.",
      "All or nothing: if more rows are bad than --max-rejects allows, or a file cannot be read"
          + " to its end, the store is left as it was. Bad rows go to a new rejects file, written"
          + " before the commit. Importing the same files again changes nothing."
    })
final class ImportCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "UN extracts or CSV files, recognised by their content (see --format).")
  List<Path> files = List.of();

  /** What the FILE arguments are. */
  enum InputFormat {
    AUTO,
    CSV,
    UNDL
  }

  @Option(
      names = "--format",
      paramLabel = "FMT",
      defaultValue = "auto",
      description =
          "What the FILE arguments are: auto (by content), csv (Voeten's layout, kind by header)"
              + " or undl (the UN's JSON-lines extracts). Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(
      names = "--roll-calls",
      paramLabel = "CSV",
      description = "Roll-call file (.csv or .csv.gz).")
  Path rollCalls;

  @Option(
      names = "--issues",
      paramLabel = "CSV",
      description = "Issue-tag file: rcid,short_name,issue.")
  Path issues;

  @Option(
      names = "--votes",
      paramLabel = "CSV",
      description = "Vote file: rcid,country,country_code,vote.")
  Path votes;

  @Option(
      names = "--rejects",
      paramLabel = "CSV",
      description =
          "Where to write rejected rows; must not exist yet (default: a new file in rejects/ of"
              + " the data directory).")
  Path rejectsFile;

  @Spec CommandSpec spec;

  private int maxRejects;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Import the good rows anyway when at most N rows are bad. A file that cannot be read to"
              + " its end is refused whatever N is. Default: ${DEFAULT-VALUE}.")
  void setMaxRejects(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "--max-rejects must be 0 or more, not " + n);
    }
    maxRejects = n;
  }

  @Override
  public void run() {
    if (rollCalls == null && issues == null && votes == null && files.isEmpty()) {
      throw new UserException(
          "give files to import: FILE… (UN extracts or CSV), or --roll-calls, --issues, --votes");
    }
    RejectsFile target =
        rejectsFile != null
            ? RejectsFile.at(rejectsFile)
            : RejectsFile.newIn(StoreOptions.dataDirectory().resolve("rejects"), "import");
    try {
      target.check(); // before any work, so that a bad --rejects costs nothing
    } catch (UncheckedIOException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
    UnVotesFiles input = input();
    try (Store store = storeOptions.openForWriting(parent.err)) {
      ConsoleProgress progress = new ConsoleProgress(parent.err);
      ImportReport report;
      try {
        report =
            new UnVotesImport(store, CountryCodes.bundled())
                .run(input, "import", maxRejects, target, progress);
      } catch (ImportRejectedException e) {
        // Without a rejects file the terminal is the only record: show every row then.
        int shown = e.rejectsFile() == null ? e.rejects().size() : Math.min(10, e.rejects().size());
        e.rejects().stream().limit(shown).forEach(r -> parent.err.println("  " + r.describe()));
        if (shown < e.rejects().size()) {
          parent.err.printf(
              Locale.ROOT, "  … and %d more in the rejects file%n", e.rejects().size() - shown);
        }
        throw new UserException(e.getMessage());
      }
      if (report.alreadyLoaded()) {
        parent.out.println("Already imported (same files, by SHA-256): nothing changed.");
        return;
      }
      parent.out.printf(
          Locale.ROOT,
          "Imported %d roll calls, %d issue tags, %d votes; %d rows were already in the store.%n",
          report.rollCallsAdded(),
          report.issueTagsAdded(),
          report.votesAdded(),
          report.unchanged());
      report.notes().forEach(note -> parent.out.println("Note: " + note + "."));
      if (!report.rejects().isEmpty()) {
        parent.out.printf(
            Locale.ROOT,
            "%d row(s) rejected, written to %s%n",
            report.rejects().size(),
            report.rejectsFile());
      }
    }
  }

  /** The options' files and the FILE arguments, each where its content says it belongs. */
  private UnVotesFiles input() {
    SourceFile[] csv = {source(rollCalls), source(issues), source(votes)};
    List<SourceFile> extracts = new ArrayList<>();
    for (Path path : files) {
      SourceFile file = SourceFile.of(path);
      UnVotesLayout layout = UnVotesLayout.of(file);
      if (format == InputFormat.UNDL && layout.isCsv()
          || format == InputFormat.CSV && !layout.isCsv()) {
        throw new UserException(
            path
                + " does not look like --format "
                + format.name().toLowerCase(Locale.ROOT)
                + ": its first line is "
                + (layout.isCsv() ? "a CSV header" : "JSON"));
      }
      if (layout == UnVotesLayout.UNDL_EXTRACT) {
        extracts.add(file);
        continue;
      }
      int slot = layout.ordinal(); // ROLL_CALLS_CSV, ISSUES_CSV, VOTES_CSV
      if (csv[slot] != null) {
        throw new UserException(
            "two "
                + layout.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " files: "
                + csv[slot].name()
                + " and "
                + path
                + "; import them one at a time");
      }
      csv[slot] = file;
    }
    return new UnVotesFiles(csv[0], csv[1], csv[2], extracts);
  }

  private static SourceFile source(Path path) {
    return path == null ? null : SourceFile.of(path);
  }
}
