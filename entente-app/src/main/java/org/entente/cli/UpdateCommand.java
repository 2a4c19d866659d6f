package org.entente.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.entente.code.CountryCodes;
import org.entente.code.SanctionsPrograms;
import org.entente.fetch.Downloader;
import org.entente.fetch.FetchException;
import org.entente.fetch.GdeltUpdate;
import org.entente.fetch.SanctionsUpdate;
import org.entente.fetch.UnVotesUpdate;
import org.entente.fetch.UpdateLock;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.entente.store.DataDates;
import org.entente.store.EventImport;
import org.entente.store.EventImportReport;
import org.entente.store.ImportRejectedException;
import org.entente.store.ImportReport;
import org.entente.store.SanctionsFile;
import org.entente.store.SanctionsImport;
import org.entente.store.SanctionsImportReport;
import org.entente.store.Store;
import org.entente.store.UnVotesFiles;
import org.entente.store.UnVotesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code entente update}: fetches what is new from a source's own endpoint and imports it. The
 * store is read to plan and written only to import, so other commands keep reading it while files
 * download.
 */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches what is new from a source's public endpoint, checks each file against the source's"
          + " list (size, MD5) and imports it as import-events would: each row with its file and"
          + " line, nothing counted twice.",
      "gdelt: the GDELT 2.0 15-minute event exports after the newest one in the store (by"
          + " update or import-events), from --since on for a backfill, or the newest day on a"
          + " first update. Downloads go to STORE.updates/gdelt/ next to the store, resumed after"
          + " a broken connection or a killed run; a file that does not match the list is kept"
          + " in refused/ there and not imported, and the next update starts with it.",
      "sanctions: today's snapshot of the UN Security Council consolidated list and OFAC's SDN"
          + " list, imported as import-sanctions would (a list already imported, by SHA-256,"
          + " changes nothing; a new one is a new dated snapshot). The SDN list does not date"
          + " itself: it is dated by the day it is fetched (UTC).",
      "unvotes: the UN's extracts of General Assembly votes (the source of the bundled sessions"
          + " 75–80), each session's whole file from the one of the store's last roll call (or"
          + " of --since) to the one running today, and the open emergency sessions'; imported"
          + " as import-votes would: roll calls the store holds are not counted again.",
      "all: gdelt, unvotes, then sanctions."
    },
    footer = {
      "",
      "Base addresses: --source (for sanctions a folder with consolidated.xml and sdn.csv), else"
          + " the lines gdelt=URL, unvotes=URL, un=URL and ofac=URL of $ENTENTE_HOME/sources.properties, else"
          + " the publishers' own (README, \"Keeping up to date\").",
      "",
      "Examples:",
      "  entente update",
      "  entente update gdelt --since 2026-12-01 --one-a-day",
      "  entente update --dry-run",
      "  entente update --source http://127.0.0.1:8099/gdeltv2/"
    })
final class UpdateCommand implements Runnable {

  @ParentCommand EntenteCommand parent;

  @Mixin StoreOptions storeOptions;

  @Parameters(
      arity = "0..1",
      paramLabel = "SOURCE",
      defaultValue = "gdelt",
      description = "gdelt, unvotes, sanctions or all. Default: ${DEFAULT-VALUE}.")
  String what;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Fetch from this day on (YYYY-MM-DD), whatever the store holds: a backfill.")
  LocalDate since;

  @Option(names = "--dry-run", description = "Say what would be fetched; fetch and change nothing.")
  boolean dryRun;

  @Option(
      names = "--source",
      paramLabel = "URL",
      description = "The folder of the source's lists and files, e.g. a mirror.")
  URI source;

  @Option(
      names = "--one-a-day",
      description =
          "Count one event per day, source, target and CAMEO code, as import-events does.")
  boolean oneADay;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "Give up on an answer after this many seconds of silence (then try again, four tries"
              + " in all). Default: ${DEFAULT-VALUE}.")
  int timeoutSeconds = 60;

  @Override
  public void run() {
    switch (what.toLowerCase(Locale.ROOT)) {
      case "gdelt" -> gdelt();
      case "sanctions" -> sanctions();
      case "unvotes" -> unvotes();
      case "all" -> {
        gdelt();
        unvotes();
        sanctions();
      }
      default ->
          throw new UserException(
              "unknown source '" + what + "': expected gdelt, unvotes, sanctions or all");
    }
  }

  private void gdelt() {
    Path staging = staging();
    Downloader downloader = downloader();
    URI base = source != null ? source : configured("gdelt", GdeltUpdate.DEFAULT_SOURCE);
    check(base);
    GdeltUpdate update = new GdeltUpdate(base, staging, downloader);
    try (UpdateLock lock = UpdateLock.take(staging)) {
      List<String> imported = target().read(store -> store.sourceNames("events"));
      GdeltUpdate.Plan plan = update.plan(imported, since);
      plan.listRejects().stream()
          .limit(5)
          .forEach(r -> parent.err.println("  skipped in the list: " + r.describe()));
      if (plan.exports().isEmpty()) {
        parent.out.println(
            "GDELT 2.0 at "
                + base
                + ": nothing new"
                + (plan.newest() == null
                    ? " (the list is empty)."
                    : " (newest file " + plan.newest() + ")."));
        return;
      }
      parent.out.printf(
          Locale.ROOT,
          "GDELT 2.0 at %s: %d new file(s), %.1f MB, %s to %s%s.%n",
          base,
          plan.exports().size(),
          plan.bytes() / 1e6,
          plan.exports().get(0).published(),
          plan.exports().get(plan.exports().size() - 1).published(),
          plan.after() == null ? "" : " (the store ends at " + plan.after() + ")");
      if (dryRun) {
        parent.out.println("Dry run: nothing fetched, nothing changed.");
        return;
      }
      GdeltUpdate.Fetched fetched = update.fetch(plan, new ConsoleProgress(parent.err));
      if (!fetched.files().isEmpty()) {
        importFiles(fetched.files());
      }
      if (fetched.failure() != null) {
        throw stoppedShort(
            fetched.failure(), fetched.files().size(), ", and the next update starts with it");
      }
    } catch (FetchException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
  }

  /** Each UN session's extract that may have grown, imported as import-votes would. */
  private void unvotes() {
    Path staging = staging();
    URI base =
        source != null
            ? Downloader.folder(source)
            : configured("unvotes", UnVotesUpdate.DEFAULT_SOURCE);
    check(base);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    try (UpdateLock lock = UpdateLock.take(staging)) {
      LocalDate last = target().read(DataDates::lastRollCall);
      UnVotesUpdate.Plan plan = UnVotesUpdate.plan(last, since, today);
      parent.out.println(
          "UN votes at "
              + base
              + ": session(s) "
              + plan.sessions().stream().map(String::valueOf).collect(Collectors.joining(", "))
              + " and "
              + String.join(", ", plan.files().subList(plan.sessions().size(), plan.files().size()))
              + (last == null ? "" : " (the store's last roll call: " + last + ")")
              + ".");
      if (dryRun) {
        parent.out.println("Dry run: nothing fetched, nothing changed.");
        return;
      }
      UnVotesUpdate.Fetched fetched =
          new UnVotesUpdate(base, staging, downloader())
              .fetch(plan, today, new ConsoleProgress(parent.err));
      fetched
          .notYetPublished()
          .forEach(
              name ->
                  parent.out.println(
                      "UN votes: " + name + " is not published yet; a later update fetches it."));
      if (!fetched.files().isEmpty()) {
        importVotes(fetched.files());
      }
      if (fetched.failure() != null) {
        throw stoppedShort(
            fetched.failure(), fetched.files().size(), "; the next update tries it again");
      }
    } catch (FetchException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
  }

  private void importVotes(List<Path> files) {
    target()
        .write(
            store -> {
              RejectsFile rejects = rejectsFile();
              ImportReport report;
              try {
                report =
                    new UnVotesImport(store, CountryCodes.bundled())
                        .run(
                            UnVotesFiles.extracts(files.stream().map(SourceFile::of).toList()),
                            "update",
                            0,
                            rejects,
                            new ConsoleProgress(parent.err));
              } catch (ImportRejectedException e) {
                throw refused(e);
              }
              if (report.alreadyLoaded()) {
                parent.out.println(
                    "UN votes: the extracts are as already imported (same SHA-256): nothing new.");
                return;
              }
              parent.out.printf(
                  Locale.ROOT,
                  "Imported %d roll calls, %d votes; %d rows were already in the store.%n",
                  report.rollCallsAdded(),
                  report.votesAdded(),
                  report.unchanged());
              report.notes().forEach(note -> parent.out.println("Note: " + note + "."));
            });
  }

  /** Today's snapshot of the UN and OFAC lists, imported as import-sanctions would. */
  private void sanctions() {
    Path staging = staging();
    URI un =
        source != null
            ? Downloader.folder(source).resolve("consolidated.xml")
            : configured("un", SanctionsUpdate.UN);
    URI ofac =
        source != null
            ? Downloader.folder(source).resolve("sdn.csv")
            : configured("ofac", SanctionsUpdate.OFAC);
    check(un);
    check(ofac);
    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    if (dryRun) {
      parent.out.println(
          "Sanctions: would fetch " + un + " and " + ofac + " as the snapshot of " + today + ".");
      parent.out.println("Dry run: nothing fetched, nothing changed.");
      return;
    }
    try (UpdateLock lock = UpdateLock.take(staging)) {
      SanctionsUpdate.Fetched fetched =
          new SanctionsUpdate(un, ofac, today, staging, downloader())
              .fetch(new ConsoleProgress(parent.err));
      if (!fetched.files().isEmpty()) {
        importSanctions(fetched.files());
      }
      if (fetched.failure() != null) {
        throw new UserException(
            fetched.failure()
                + (fetched.files().isEmpty() ? "; nothing was imported" : "")
                + "; the next update tries it again");
      }
    } catch (FetchException e) {
      throw new UserException(e.getMessage() + "; nothing was imported");
    }
  }

  private void importSanctions(List<Path> files) {
    List<SanctionsFile> lists = new ArrayList<>();
    for (Path path : files) {
      try {
        lists.add(SanctionsFile.detect(SourceFile.of(path), null));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new UserException(
            e.getMessage() + "; nothing was imported (the download is kept in " + path + ")");
      }
    }
    target()
        .write(
            store -> {
              RejectsFile rejects = rejectsFile();
              List<SanctionsFile> known =
                  lists.stream().filter(f -> store.hasSources(List.of(f.file().sha256()))).toList();
              SanctionsImportReport report;
              try {
                report =
                    SanctionsImport.forUpdates(store, SanctionsPrograms.bundled())
                        .run(lists, "update", 0, rejects, new ConsoleProgress(parent.err));
              } catch (ImportRejectedException e) {
                throw refused(e);
              }
              if (report.alreadyLoaded()) {
                parent.out.println(
                    "Sanctions: the lists are as already imported (same SHA-256): nothing new.");
                return;
              }
              report
                  .inStoreAlready()
                  .forEach(
                      day ->
                          parent.out.println(
                              "Sanctions: the " + day + " is in the store already."));
              for (SanctionsFile f : lists) {
                boolean sameDay =
                    report.inStoreAlready().stream()
                        .anyMatch(k -> k.startsWith(f.list() + " list"));
                if (known.contains(f)) {
                  parent.out.println("Sanctions: " + f.file().name() + " is imported already.");
                } else if (!sameDay) {
                  parent.out.println(
                      "Sanctions: "
                          + f.list()
                          + " list"
                          + (f.published() == null ? "" : " of " + f.published())
                          + " ("
                          + f.file().name()
                          + ")");
                }
              }
              parent.out.printf(
                  Locale.ROOT,
                  "Imported %d entries with %d names and aliases.%n",
                  report.entriesAdded(),
                  report.namesAdded());
            });
  }

  /**
   * Where an update reads and writes the store: connections of its own (the command), or a running
   * server's ({@code serve --update-every}), whose requests keep being answered meanwhile.
   */
  interface Target {
    <T> T read(java.util.function.Function<Store, T> work);

    /** Runs an import; after it, the model is fitted again and the watch run. */
    void write(java.util.function.Consumer<Store> work);
  }

  /** The server's target when {@code serve} runs the updates; null for the command's own. */
  Target target;

  private Target target() {
    return target != null ? target : new OwnStore();
  }

  /**
   * The command's own connections: an import on the store opened for writing; then, when pairs are
   * watched, the store opened to read, which fits the model again and runs the watch, so that
   * alerts come now rather than at the next command.
   */
  private final class OwnStore implements Target {
    @Override
    public <T> T read(java.util.function.Function<Store, T> work) {
      try (Store store = storeOptions.open(parent.err)) {
        return work.apply(store);
      }
    }

    @Override
    public void write(java.util.function.Consumer<Store> work) {
      boolean watching;
      try (Store store = storeOptions.openForWriting(parent.err)) {
        watching = !new org.entente.store.Watches(store).pairs().isEmpty();
        work.accept(store);
      }
      if (watching) {
        storeOptions.open(parent.err).close();
      }
    }
  }

  /** A run that stopped at a file it could not have: what came before it, and what comes next. */
  private static UserException stoppedShort(String failure, int imported, String next) {
    return new UserException(
        failure
            + (imported == 0
                ? "; nothing was imported"
                : "; the " + imported + " file(s) before it are imported")
            + next);
  }

  /** An import refused for its bad rows: the first of them, then the message. */
  private UserException refused(ImportRejectedException e) {
    e.rejects().stream().limit(10).forEach(r -> parent.err.println("  " + r.describe()));
    return new UserException(e.getMessage());
  }

  private static RejectsFile rejectsFile() {
    return RejectsFile.newIn(StoreOptions.dataDirectory().resolve("rejects"), "update");
  }

  /** The store's staging folder: {@code STORE.updates} beside the store file. */
  private Path staging() {
    Path db = storeOptions.dbFile().toAbsolutePath();
    return db.resolveSibling(db.getFileName() + ".updates");
  }

  private static void check(URI url) {
    if (url.getScheme() == null
        || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
        || url.getHost() == null) {
      throw new UserException(
          "--source " + url + ": expected an http:// or https:// address of the source's folder");
    }
  }

  private Downloader downloader() {
    if (timeoutSeconds < 1) {
      throw new UserException("--timeout must be 1 second or more, not " + timeoutSeconds);
    }
    return new Downloader(
        new Downloader.Settings(
            Downloader.Settings.DEFAULT.connectTimeout(),
            Duration.ofSeconds(timeoutSeconds),
            Downloader.Settings.DEFAULT.attempts(),
            Downloader.Settings.DEFAULT.firstPause()));
  }

  private void importFiles(List<Path> files) {
    target()
        .write(
            store -> {
              RejectsFile rejects = rejectsFile();
              try {
                EventImportReport report =
                    new EventImport(store)
                        .run(
                            files,
                            "gdelt",
                            oneADay,
                            EventImport.UNLIMITED,
                            rejects,
                            new ConsoleProgress(parent.err));
                parent.out.printf(
                    Locale.ROOT,
                    "Imported %d events from %d file(s): %d rows read, %d duplicates, %d rejected.%n",
                    report.imported(),
                    report.files(),
                    report.rowsRead(),
                    report.duplicates(),
                    report.rejects().size());
                if (!report.rejects().isEmpty()) {
                  report.rejects().stream()
                      .limit(5)
                      .forEach(r -> parent.err.println("  " + r.describe()));
                  parent.out.printf(
                      Locale.ROOT, "Rejected rows written to %s%n", report.rejectsFile());
                }
              } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new UserException(e.getMessage() + "; nothing was imported");
              }
            });
  }

  /** The base address a {@code sources.properties} in the data directory gives, or the default. */
  private static URI configured(String key, URI fallback) {
    Path file = StoreOptions.dataDirectory().resolve("sources.properties");
    if (!Files.exists(file)) {
      return fallback;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return URI.create(value.strip());
    } catch (IllegalArgumentException e) {
      throw new UserException(
          file + ": " + key + "=" + value + ": not a URL (" + e.getMessage() + ")");
    }
  }
}
