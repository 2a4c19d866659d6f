package org.entente.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.code.SanctionsPrograms;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.store.ImportRejectedException;
import org.entente.store.SanctionsFile;
import org.entente.store.SanctionsImport;
import org.entente.store.SanctionsImportReport;
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
 * {@code entente import-sanctions}: adds snapshots of sanctions lists to the store, each file
 * recognised by its content ({@link SanctionsFile#detect}).
 */
@Command(
    name = "import-sanctions",
    mixinStandardHelpOptions = true,
    description = {
      "Imports snapshots of sanctions lists, recognised by their content (plain or .gz): the UN"
          + " Security Council's consolidated list (XML), OFAC's sdn.csv, Japan's Ministry of"
          + " Finance asset-freeze list (shisantouketsu….csv). A newer snapshot of a list"
          + " supersedes the older one in every command; the older stays in the store.",
      "All or nothing: if more entries are bad than --max-rejects allows, or a file cannot be"
          + " read to its end, the store is left as it was. Bad entries go to a new rejects file,"
          + " written before the commit. Importing the same file again changes nothing."
    })
final class ImportSanctionsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "List files, plain or .gz.")
  List<Path> files;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description =
          "The day the lists without a date of their own (OFAC's sdn.csv, the MOF list) were"
              + " published or downloaded, YYYY-MM-DD. Default: the day in the file's name"
              + " (sdn_2024-05-03.csv, shisantouketsu20260828.csv).")
  String published;

  @Option(
      names = "--rejects",
      paramLabel = "CSV",
      description =
          "Where to write rejected entries; must not exist yet (default: a new file in rejects/ of"
              + " the data directory).")
  Path rejectsFile;

  @Spec CommandSpec spec;

  private int maxRejects;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Import the good entries anyway when at most N are bad. A file that cannot be read to"
              + " its end is refused whatever N is. Default: ${DEFAULT-VALUE}.")
  void setMaxRejects(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "--max-rejects must be 0 or more, not " + n);
    }
    maxRejects = n;
  }

  @Override
  public void run() {
    LocalDate day = day();
    List<SanctionsFile> lists = new ArrayList<>();
    for (Path path : files) {
      try {
        lists.add(SanctionsFile.detect(SourceFile.of(path), day));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new UserException(e.getMessage() + "; nothing was imported");
      }
    }
    RejectsFile target =
        rejectsFile != null
            ? RejectsFile.at(rejectsFile)
            : RejectsFile.newIn(StoreOptions.dataDirectory().resolve("rejects"), "sanctions");
    try {
      target.check(); // before any work, so that a bad --rejects costs nothing
    } catch (UncheckedIOException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
    try (Store store = storeOptions.openForWriting(parent.err)) {
      SanctionsImportReport report;
      try {
        report =
            new SanctionsImport(store, SanctionsPrograms.bundled())
                .run(lists, "import", maxRejects, target, new ConsoleProgress(parent.err));
      } catch (ImportRejectedException e) {
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
      for (SanctionsFile f : lists) {
        parent.out.println(
            f.file().name()
                + ": "
                + f.list()
                + (f.published() == null ? "" : " list of " + f.published()));
      }
      parent.out.printf(
          Locale.ROOT,
          "Imported %d entries with %d names and aliases.%n",
          report.entriesAdded(),
          report.namesAdded());
      if (!report.rejects().isEmpty()) {
        parent.out.printf(
            Locale.ROOT,
            "%d entry(ies) rejected, written to %s%n",
            report.rejects().size(),
            report.rejectsFile());
      }
    }
  }

  private LocalDate day() {
    if (published == null) {
      return null;
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new UserException(
          "--published takes a day as YYYY-MM-DD, not '" + published + "'; nothing was imported");
    }
  }
}
