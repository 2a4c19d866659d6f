package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The UN General Assembly votes shipped with Entente (sessions 1–75; provenance in {@code
 * data/unvotes/README.md}), loaded into a store on first use.
 */
public final class BundledUnVotes {

  private static final String DIR = "/org/entente/data/unvotes/";

  /**
   * States whose session-75 votes the source (un-project/un-votes) inferred from pairwise scores
   * instead of recording them; see {@code data/unvotes/README.md}.
   */
  private static final Set<String> INFERRED_IN_SESSION_75 =
      Set.of("USA", "RUS", "GBR", "FRA", "JPN");

  /** Session 75's roll calls ran from November 2020 to March 2021. */
  private static final Set<Integer> SESSION_75_YEARS = Set.of(2020, 2021);

  private BundledUnVotes() {}

  /**
   * Loads the bundled votes unless the store already holds them. Cheap when they are there: the
   * checksums in {@code SHA256SUMS} are compared with the store's sources, and no data file is
   * read.
   *
   * @return true if anything was loaded now
   */
  public static boolean ensureLoaded(Store store, CountryCodes codes, Progress progress) {
    if (isLoaded(store)) {
      return false;
    }
    UnVotesImport importer = new UnVotesImport(store, codes);
    ImportReport main =
        importer.run(
            new UnVotesFiles(
                file("un_roll_calls.csv.gz"),
                file("un_roll_call_issues.csv.gz"),
                file("un_votes.csv.gz")),
            "bundled",
            0,
            null,
            progress);
    ImportReport session75 =
        importer.run(
            new UnVotesFiles(
                file("unga_session75_2020_roll_calls.csv.gz"),
                null,
                file("unga_session75_2020_votes.csv.gz")),
            "bundled",
            0,
            null,
            progress);
    return !main.alreadyLoaded() || !session75.alreadyLoaded();
  }

  /**
   * Caveats a reader of these values must see: today, that some session-75 votes of the dyad's
   * states were inferred by the source, not recorded.
   */
  public static List<String> caveats(
      String a, String b, PeriodUnit unit, Collection<Integer> periods) {
    boolean covers =
        unit == PeriodUnit.SESSION
            ? periods.contains(75)
            : periods.stream().anyMatch(SESSION_75_YEARS::contains);
    List<String> inferred = Stream.of(a, b).filter(INFERRED_IN_SESSION_75::contains).toList();
    if (!covers || inferred.isEmpty()) {
      return List.of();
    }
    return List.of(
        "Note: the session-75 votes (Nov 2020 – Mar 2021) of "
            + String.join(" and ", inferred)
            + " were inferred by the source from pairwise scores, not recorded"
            + " (data/unvotes/README.md).");
  }

  /** Whether the store holds every bundled file (by checksum; no data file is read). */
  public static boolean isLoaded(Store store) {
    return store.hasSources(checksums().values());
  }

  /** File name → SHA-256, as listed in the bundled {@code SHA256SUMS}. */
  static Map<String, String> checksums() {
    try (InputStream in = BundledUnVotes.class.getResourceAsStream(DIR + "SHA256SUMS")) {
      if (in == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + DIR + "SHA256SUMS");
      }
      Map<String, String> sums = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] parts = line.trim().split("\\s+\\*?");
        if (parts.length == 2) {
          sums.put(parts[1], parts[0]);
        }
      }
      return sums;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceFile file(String name) {
    return SourceFile.resource(BundledUnVotes.class, DIR + name);
  }
}
