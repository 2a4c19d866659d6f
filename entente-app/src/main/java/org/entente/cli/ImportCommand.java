package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.code.CountryCodes;
import org.entente.ingest.Rejects;
import org.entente.ingest.SourceFile;
import org.entente.store.ImportRejectedException;
import org.entente.store.ImportReport;
import org.entente.store.Store;
import org.entente.store.UnVotesFiles;
import org.entente.store.UnVotesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code entente import-votes}: adds UN General Assembly votes from CSV files to the store. */
@Command(
    name = "import-votes",
    mixinStandardHelpOptions = true,
    description = {
      "Imports UN General Assembly roll calls and votes from CSV files.",
      "Layout of the bundled data: rcid,session,importantvote,date,unres,...",
      "and rcid,country,country_code,vote (.csv or .csv.gz).",
      "All or nothing: if more rows are bad than --max-rejects allows, the store is left",
      "as it was. Bad rows go to a rejects file. Importing the same files again changes nothing."
    })
final class ImportCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

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
      description = "Where to write rejected rows (default: rejects/ in the data directory).")
  Path rejectsFile;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Import the good rows anyway when at most N rows are bad. Default: ${DEFAULT-VALUE}.")
  int maxRejects;

  @Override
  public void run() {
    if (rollCalls == null && issues == null && votes == null) {
      throw new UserException("give at least one of --roll-calls, --issues, --votes");
    }
    UnVotesFiles files = new UnVotesFiles(source(rollCalls), source(issues), source(votes));
    try (Store store = storeOptions.open(parent.err)) {
      ConsoleProgress progress = new ConsoleProgress(parent.err);
      ImportReport report;
      try {
        report =
            new UnVotesImport(store, CountryCodes.bundled())
                .run(files, "import", maxRejects, progress);
      } catch (ImportRejectedException e) {
        Path path = writeRejects(e.rejects());
        e.rejects().stream().limit(10).forEach(r -> parent.err.println("  " + r.describe()));
        throw new UserException(e.getMessage() + "\nAll rejected rows: " + path);
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
      if (!report.rejects().isEmpty()) {
        Path path = writeRejects(report.rejects());
        parent.out.printf(
            Locale.ROOT, "%d row(s) rejected, written to %s%n", report.rejects().size(), path);
      }
    }
  }

  private static SourceFile source(Path path) {
    return path == null ? null : SourceFile.of(path);
  }

  private Path writeRejects(java.util.List<org.entente.ingest.Reject> list) {
    Path path = rejectsFile;
    if (path == null) {
      String stamp =
          LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
      path = StoreOptions.dataDirectory().resolve("rejects").resolve("import-" + stamp + ".csv");
    }
    Rejects rejects = new Rejects();
    list.forEach(rejects::add);
    rejects.writeTo(path);
    return path;
  }
}
