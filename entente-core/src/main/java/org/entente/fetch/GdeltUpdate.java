package org.entente.fetch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.ingest.GdeltFileList;
import org.entente.ingest.GdeltFileList.Export;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;

/**
 * Brings GDELT 2.0 up to date from its own endpoint: which 15-minute export files are new (from the
 * end of {@code masterfilelist.txt}), then each downloaded and checked against the list's size and
 * MD5. The import itself is {@code import-events}' ({@code EventImport}), so every row keeps its
 * file and line and a file is never counted twice.
 *
 * <p>Which files are new: those after the newest export already in the store (by the names the
 * imports recorded, whether by {@code update} or by {@code import-events}), or from {@code since}
 * on for a backfill; with neither, the newest day. A file that cannot be had stops the run there:
 * the files before it are imported and the next run starts with it, so none is skipped for good.
 */
public final class GdeltUpdate {

  /** GDELT 2.0's public endpoint (terms: README, "Keeping up to date"). */
  public static final URI DEFAULT_SOURCE = URI.create("http://data.gdeltproject.org/gdeltv2/");

  /** The files a day of GDELT 2.0 has, one every 15 minutes. */
  static final int FILES_A_DAY = 96;

  /** About what one 15-minute file adds to the master list (three lines), with room to spare. */
  private static final long LIST_BYTES_PER_FILE = 400;

  /**
   * What an update will fetch.
   *
   * @param exports the new export files, oldest first
   * @param listRejects lines of the master list that could not be read
   * @param after the newest export already in the store, or null
   * @param newest the newest export the source lists, or null for an empty list
   */
  public record Plan(
      List<Export> exports, List<Reject> listRejects, LocalDateTime after, LocalDateTime newest) {

    public long bytes() {
      return exports.stream().mapToLong(Export::size).sum();
    }
  }

  /**
   * What was downloaded: the files ready to import, oldest first, and why the run stopped before
   * the rest (null when nothing failed).
   */
  public record Fetched(List<Path> files, String failure) {}

  private final URI source;
  private final Path staging;
  private final Downloader downloader;

  /**
   * @param source the folder of the lists and files, ending in {@code /}
   * @param staging this store's staging folder; GDELT files go to its {@code gdelt/}
   */
  public GdeltUpdate(URI source, Path staging, Downloader downloader) {
    this.source = Downloader.folder(source);
    this.staging = staging.resolve("gdelt");
    this.downloader = Objects.requireNonNull(downloader);
  }

  /**
   * Finds the new export files.
   *
   * @param imported the names of the event files in the store ({@code Store.sourceNames("events")})
   * @param since the first day to fetch for a backfill, or null to go on after the newest file in
   *     the store
   */
  public Plan plan(Collection<String> imported, LocalDate since) {
    Set<LocalDateTime> have = new TreeSet<>();
    for (String name : imported) {
      LocalDateTime t = GdeltFileList.published(name);
      if (t != null) {
        have.add(t);
      }
    }
    LocalDateTime after = have.isEmpty() ? null : ((TreeSet<LocalDateTime>) have).last();
    LocalDateTime from = since != null ? since.atStartOfDay() : after;
    URI list = source.resolve("masterfilelist.txt");
    long wanted =
        from == null
            ? FILES_A_DAY + 2
            : Duration.between(from, LocalDateTime.now(java.time.ZoneOffset.UTC)).toMinutes() / 15
                + 8;
    GdeltFileList.Parsed parsed;
    // The list only grows at its end: ask for the part that holds the wanted files, and for more
    // while the part starts after them.
    for (long bytes = Math.max(wanted, 16) * LIST_BYTES_PER_FILE; ; bytes *= 4) {
      Downloader.Text text = downloader.text(list, bytes);
      parsed = read(text.body(), list);
      boolean covers =
          !text.partial()
              || (from != null
                  && !parsed.exports().isEmpty()
                  && !parsed.exports().get(0).published().isAfter(from))
              || (from == null && parsed.exports().size() > FILES_A_DAY);
      if (covers) {
        break;
      }
    }
    List<Export> all = parsed.exports();
    LocalDateTime newest = all.isEmpty() ? null : all.get(all.size() - 1).published();
    LocalDateTime start =
        from != null ? from : newest == null ? null : newest.minusMinutes(15L * FILES_A_DAY);
    List<Export> exports = new ArrayList<>();
    for (Export e : all) {
      boolean inRange =
          start == null
              || e.published().isAfter(start)
              || (since != null && e.published().equals(start));
      if (inRange && !have.contains(e.published())) {
        exports.add(e);
      }
    }
    return new Plan(List.copyOf(exports), parsed.rejects(), after, newest);
  }

  private static GdeltFileList.Parsed read(String body, URI list) {
    try {
      return GdeltFileList.read(new StringReader(body), list.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail to read
    }
  }

  /**
   * Downloads the plan's files into the staging folder, oldest first, stopping at the first that
   * cannot be had. A file downloaded and checked by an earlier run is not fetched again.
   */
  public Fetched fetch(Plan plan, Progress progress) {
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + staging + ": " + e.getMessage(), e);
    }
    List<Path> files = new ArrayList<>();
    long[] done = {0};
    progress.start(
        "Downloading " + plan.exports().size() + " GDELT file(s)", plan.bytes(), "bytes");
    try {
      for (Export e : plan.exports()) {
        Path target = staging.resolve(e.fileName());
        if (!Files.exists(target)) {
          try {
            downloader.download(
                source.resolve(e.fileName()),
                target,
                e.size(),
                e.md5(),
                n -> progress.advanceTo(done[0] += n));
          } catch (FetchException failure) {
            return new Fetched(List.copyOf(files), failure.getMessage());
          }
        } else {
          progress.advanceTo(done[0] += e.size());
        }
        files.add(target);
      }
    } finally {
      progress.finish();
    }
    return new Fetched(List.copyOf(files), null);
  }

  /** This store's staging folder for GDELT files. */
  public Path folder() {
    return staging;
  }
}
