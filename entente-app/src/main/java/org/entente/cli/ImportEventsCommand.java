package org.entente.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.ingest.AggregateManifest;
import org.entente.ingest.ReadLimits;
import org.entente.ingest.RejectsFile;
import org.entente.store.AggregateImportReport;
import org.entente.store.EventAggregateImport;
import org.entente.store.EventImport;
import org.entente.store.EventImportReport;
import org.entente.store.ImportRejectedException;
import org.entente.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente import-events}: adds GDELT 2.0 or ICEWS event files to the store. */
@Command(
    name = "import-events",
    mixinStandardHelpOptions = true,
    description = {
      "Imports machine-coded events: GDELT 2.0 exports (61 columns), GDELT 1.0 (57 or 58) and"
          + " ICEWS files (20 columns with header), plain, .gz or .zip; directories are read recursively.",
      "Event files are known to be dirty, so the good rows are imported however many are bad"
          + " (unless --max-rejects is given); bad rows, and the tail of a cut .gz file, go to a"
          + " new rejects file with file:line and reason. An event is counted once by its"
          + " dataset id; importing the same files again changes nothing.",
      "--dataset aggregate imports the output directory of entente-spark aggregate (Parquet by"
          + " year and its _manifest.json) instead: every command then counts those events too."
          + " It is refused when the output differs from its manifest, or when one of its input"
          + " files is in the store already (its events would count twice)."
    },
    footer = {
      "",
      "Examples:",
      "  entente import-events events.2018.tab",
      "  entente import-events --one-a-day --max-rejects 100 gdelt/",
      "  entente import-events --dataset aggregate out/agg"
    })
final class ImportEventsCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Event files or directories.")
  List<Path> files;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      defaultValue = "auto",
      description =
          "auto (by the first line: the ICEWS or POLECAT header, GDELT's 61 or 57/58"
              + " columns), gdelt (2.0 or 1.0 by the column count), icews, polecat, or"
              + " aggregate (one output directory of entente-spark aggregate)."
              + " Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(
      names = "--one-a-day",
      description =
          "Count one event per day, source, target (as written) and CAMEO code, as the Phoenix"
              + " pipeline does.")
  boolean oneADay;

  @Option(
      names = "--rejects",
      paramLabel = "CSV",
      description =
          "Where to write rejected rows; must not exist yet (default: a new file in rejects/ of"
              + " the data directory).")
  Path rejectsFile;

  private int maxRejects = EventImport.UNLIMITED;

  @Option(
      names = "--max-rejects",
      paramLabel = "N",
      description = "Import nothing when more than N rows are bad. Default: no limit.")
  void setMaxRejects(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "--max-rejects must be 0 or more, not " + n);
    }
    maxRejects = n;
  }

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description =
          "A line longer than N bytes is a reject (its first 4096 bytes kept), never read whole"
              + " into memory. Default: 1048576 (1 MiB; GDELT's longest rows are about 2 KB).")
  int maxLineBytes = ReadLimits.DEFAULT.maxLineBytes();

  @Option(
      names = "--max-expansion",
      paramLabel = "N",
      description =
          "Refuse a .gz or .zip file that inflates to more than N times its compressed size"
              + " (judged after its first 64 MiB): a decompression bomb. Default: 100 (event"
              + " files inflate 4 to 10 times).")
  int maxExpansion = ReadLimits.DEFAULT.maxExpansion();

  @Override
  public void run() {
    ReadLimits limits;
    try {
      limits = new ReadLimits(maxLineBytes, maxExpansion);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          e.getMessage()
              .replace("maxLineBytes", "--max-line-bytes")
              .replace("maxExpansion", "--max-expansion"));
    }
    RejectsFile target =
        rejectsFile != null
            ? RejectsFile.at(rejectsFile)
            : RejectsFile.newIn(StoreOptions.dataDirectory().resolve("rejects"), "import");
    try {
      target.check();
    } catch (UncheckedIOException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
    if (dataset.equalsIgnoreCase("aggregate")) {
      importAggregate(target);
      return;
    }
    try (Store store = storeOptions.openForWriting(parent.err)) {
      EventImportReport report;
      try {
        report =
            new EventImport(store)
                .limits(limits)
                .run(files, dataset, oneADay, maxRejects, target, new ConsoleProgress(parent.err));
      } catch (ImportRejectedException e) {
        e.rejects().stream().limit(10).forEach(r -> parent.err.println("  " + r.describe()));
        throw new UserException(e.getMessage());
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new UserException(e.getMessage() + "; nothing was imported");
      }
      if (report.alreadyLoaded()) {
        parent.out.println("Already imported (same files, by SHA-256): nothing changed.");
        return;
      }
      parent.out.printf(
          Locale.ROOT,
          "Read %d rows from %d file(s): %d imported, %d duplicates, %d rejected.%n",
          report.rowsRead(),
          report.files(),
          report.imported(),
          report.duplicates(),
          report.rejects().size());
      if (!report.rejects().isEmpty()) {
        report.rejects().stream().limit(5).forEach(r -> parent.err.println("  " + r.describe()));
        parent.out.printf(Locale.ROOT, "Rejected rows written to %s%n", report.rejectsFile());
      }
    }
  }

  /** One output directory of the cluster job, in one transaction. */
  private void importAggregate(RejectsFile target) {
    if (files.size() != 1) {
      throw new UserException(
          "--dataset aggregate takes one output directory of entente-spark aggregate, not "
              + files.size()
              + " paths: import them one at a time (each import is all or nothing)");
    }
    if (oneADay) {
      throw new UserException(
          "--one-a-day applies when events are read; give it to entente-spark aggregate instead");
    }
    try (Store store = storeOptions.openForWriting(parent.err)) {
      AggregateImportReport report;
      try {
        report =
            new EventAggregateImport(store)
                .run(files.get(0), maxRejects, target, new ConsoleProgress(parent.err));
      } catch (ImportRejectedException e) {
        e.rejects().stream().limit(10).forEach(r -> parent.err.println("  " + r.describe()));
        throw new UserException(e.getMessage());
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new UserException(
            e.getMessage()
                + (e.getMessage().contains("nothing was imported")
                    ? ""
                    : "; nothing was imported"));
      }
      if (report.alreadyLoaded()) {
        parent.out.println("Already imported (same manifest, by SHA-256): nothing changed.");
        return;
      }
      AggregateManifest.Rows rows = report.manifest().rows();
      parent.out.printf(
          Locale.ROOT,
          "Read %d aggregate rows (by %s) from %d Parquet file(s): %d imported, %d rejected;"
              + " %d events of %d input file(s) (%d rows read, %d duplicates, %d rejected by the"
              + " job).%n",
          report.rowsRead(),
          report.manifest().by(),
          report.files(),
          report.imported(),
          report.rejects().size(),
          report.events(),
          report.manifest().inputs().size(),
          rows.read(),
          rows.duplicates(),
          rows.rejected());
      if (!report.rejects().isEmpty()) {
        report.rejects().stream().limit(5).forEach(r -> parent.err.println("  " + r.describe()));
        parent.out.printf(Locale.ROOT, "Rejected rows written to %s%n", report.rejectsFile());
      }
    }
  }
}
