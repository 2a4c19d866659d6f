package org.entente.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.entente.code.GaSessions;
import org.entente.ingest.Progress;
import org.entente.report.OutputFiles;

/**
 * Brings the UN General Assembly's recorded votes up to date from the source the bundled sessions
 * 75–80 came from: the UN's machine-readable extracts ({@code data_extract/<session>.json}, one
 * adopted resolution a line, github.com/UNxml/GAresolutions). A session's file grows as the session
 * adopts resolutions, so an update fetches the whole file of each session that may have grown (the
 * one of the store's last roll call through the one running today) and of the emergency special
 * sessions still open; the import ({@code UnVotesImport}, as {@code import-votes}) adds what the
 * store does not hold and changes nothing for a file it has already (same SHA-256).
 *
 * <p>The source gives no checksums: a download is checked for its whole length, then read whole by
 * the import, which refuses a file it cannot read. Each day's downloads go to their own folder, so
 * that a part left by an earlier day is never resumed into a file that has grown since. A session
 * whose file the source does not have yet (404: it opens in September, its first resolutions come
 * in the autumn) is left for a later update, with a note; any other file missing stops the run.
 */
public final class UnVotesUpdate {

  /** The UN's extracts, on GitHub (terms: README, "Keeping up to date"). */
  public static final URI DEFAULT_SOURCE =
      URI.create("https://raw.githubusercontent.com/UNxml/GAresolutions/main/data_extract/");

  /**
   * The emergency special sessions still open, which the General Assembly resumes to vote again
   * (Palestine since 1997, Ukraine since 2022): their files are fetched by every update.
   */
  static final List<String> OPEN_EMERGENCY_SESSIONS = List.of("ES-10", "ES-11");

  /**
   * What an update will fetch.
   *
   * @param sessions the regular sessions, oldest first
   * @param files the file names, the regular sessions' then the emergency sessions'
   * @param lastRollCall the day of the store's last roll call, or null for none
   */
  public record Plan(List<Integer> sessions, List<String> files, LocalDate lastRollCall) {}

  /**
   * What was downloaded: the files ready to import, the sessions the source does not have yet, and
   * why the run stopped short (null when nothing failed).
   */
  public record Fetched(List<Path> files, List<String> notYetPublished, String failure) {}

  private final URI source;
  private final Path staging;
  private final Downloader downloader;

  /**
   * @param source the folder of the extracts, ending in {@code /}
   * @param staging this store's staging folder; the extracts go to its {@code unvotes/<day>/}
   */
  public UnVotesUpdate(URI source, Path staging, Downloader downloader) {
    this.source = Downloader.folder(source);
    this.staging = staging.resolve("unvotes");
    this.downloader = Objects.requireNonNull(downloader);
  }

  /**
   * The files to fetch.
   *
   * @param lastRollCall the day of the store's last roll call, or null when it holds none
   * @param since fetch the sessions from the one running on this day, whatever the store holds; or
   *     null
   * @param today the day of the update (UTC)
   */
  public static Plan plan(LocalDate lastRollCall, LocalDate since, LocalDate today) {
    GaSessions table = GaSessions.bundled();
    int current = session(table.expectedOn(today), today);
    LocalDate from = since != null ? since : lastRollCall;
    // A store without votes starts with the session before today's: today's may have none yet.
    int first = from == null ? current - 1 : session(table.sessionOn(from), from);
    List<Integer> sessions = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (int s = Math.min(first, current); s <= current; s++) {
      sessions.add(s);
      files.add(s + ".json");
    }
    OPEN_EMERGENCY_SESSIONS.forEach(es -> files.add(es + ".json"));
    return new Plan(List.copyOf(sessions), List.copyOf(files), lastRollCall);
  }

  private static int session(OptionalInt session, LocalDate day) {
    return session.orElseThrow(
        () ->
            new IllegalArgumentException(
                day + ": before the first session in the table of General Assembly sessions"));
  }

  /**
   * Downloads the plan's files into today's staging folder, stopping at the first that cannot be
   * had; the file of the session running today, when the source does not have it yet (404), is
   * noted and passed over. Every file is fetched again, since it may have grown; the folders of
   * earlier days, whose files were imported or are parts of an older version, are removed.
   */
  public Fetched fetch(Plan plan, LocalDate today, Progress progress) {
    Path folder = staging.resolve(today.toString());
    try {
      Files.createDirectories(folder);
      removeEarlierDays(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    // Only the session running today may have no file yet; any other missing file means a wrong
    // address or a source that has moved, which must not pass for "nothing new".
    String newest = plan.sessions().get(plan.sessions().size() - 1) + ".json";
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    long[] done = {0};
    progress.start("Downloading " + plan.files().size() + " UN vote extract(s)", -1, "bytes");
    try {
      for (String name : plan.files()) {
        Path target = folder.resolve(name);
        try {
          // A file may have grown since an earlier run today: fetch it again (a part left by a
          // broken run of today is resumed).
          Files.deleteIfExists(target);
          downloader.download(
              source.resolve(name), target, -1, null, n -> progress.advanceTo(done[0] += n));
        } catch (FetchException failure) {
          if (!failure.notFound() || !name.equals(newest)) {
            return new Fetched(List.copyOf(files), List.copyOf(missing), failure.getMessage());
          }
          missing.add(name);
          continue;
        } catch (IOException e) {
          throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
        files.add(target);
      }
    } finally {
      progress.finish();
    }
    return new Fetched(List.copyOf(files), List.copyOf(missing), null);
  }

  private void removeEarlierDays(Path today) throws IOException {
    try (var days = Files.list(staging)) {
      for (Path day : days.filter(d -> !d.equals(today) && Files.isDirectory(d)).toList()) {
        OutputFiles.deleteTree(day);
      }
    }
  }
}
