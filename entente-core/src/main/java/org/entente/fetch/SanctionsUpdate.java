package org.entente.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.ingest.Progress;

/**
 * Fetches today's snapshot of the sanctions lists from their publishers: the UN Security Council's
 * consolidated list (XML, which dates itself) and OFAC's SDN list ({@code sdn.csv}, which does not:
 * it is dated by the day it was fetched, in UTC, and named {@code sdn_YYYY-MM-DD.csv} so that
 * {@code import-sanctions} reads the same day from it). Neither publisher gives a checksum, so a
 * download is checked for its whole length (the answer's {@code Content-Length}) and then by the
 * import, which refuses a list it cannot read whole. The import is {@code import-sanctions}': a
 * snapshot already in the store (same SHA-256) changes nothing; a new one is a new dated snapshot.
 */
public final class SanctionsUpdate {

  /** The UN Security Council Consolidated List (terms: README, "Keeping up to date"). */
  public static final URI UN =
      URI.create("https://scsanctions.un.org/resources/xml/en/consolidated.xml");

  /** OFAC's Specially Designated Nationals list, as a CSV without header. */
  public static final URI OFAC = URI.create("https://www.treasury.gov/ofac/downloads/sdn.csv");

  /** One list to fetch: its address and the name it is kept under. */
  private record Source(URI url, String fileName) {}

  /** What came: the files ready to import, and why the run stopped short (null if it did not). */
  public record Fetched(List<Path> files, String failure) {}

  private final List<Source> sources;
  private final Path staging;
  private final Downloader downloader;

  /**
   * @param un the UN list's address, or null to leave it out
   * @param ofac the SDN list's address, or null to leave it out
   * @param today the day the snapshot is of, in UTC
   */
  public SanctionsUpdate(URI un, URI ofac, LocalDate today, Path staging, Downloader downloader) {
    List<Source> list = new ArrayList<>();
    if (un != null) {
      list.add(new Source(un, "consolidated_" + today + ".xml"));
    }
    if (ofac != null) {
      list.add(new Source(ofac, "sdn_" + today + ".csv"));
    }
    this.sources = List.copyOf(list);
    this.staging = staging.resolve("sanctions");
    this.downloader = downloader;
  }

  /** Downloads each list not yet downloaded today; stops at the first that cannot be had. */
  public Fetched fetch(Progress progress) {
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + staging + ": " + e.getMessage(), e);
    }
    List<Path> files = new ArrayList<>();
    long[] done = {0};
    progress.start("Downloading " + sources.size() + " sanctions list(s)", -1, "bytes");
    try {
      for (Source s : sources) {
        Path target = staging.resolve(s.fileName());
        if (!Files.exists(target)) {
          try {
            downloader.download(s.url(), target, -1, null, n -> progress.advanceTo(done[0] += n));
          } catch (FetchException failure) {
            return new Fetched(List.copyOf(files), failure.getMessage());
          }
        }
        files.add(target);
      }
    } finally {
      progress.finish();
    }
    return new Fetched(List.copyOf(files), null);
  }
}
