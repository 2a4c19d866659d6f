package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * The UN General Assembly votes shipped with Entente, loaded into a store on first use: sessions
 * 1–74 from Voeten's data ({@code data/unvotes/}), sessions 75–80 and the emergency special
 * sessions from the UN's own extracts ({@code data/unvotes-undl/}).
 *
 * <p>A store loaded by an earlier release is brought up to date on its next use: the new files
 * load, and the session-75 files of the first release (votes of five states inferred by their
 * source, not recorded) are removed in the same transaction. Nothing else is rebuilt.
 */
public final class BundledUnVotes {

  private static final String VOETEN = "/org/entente/data/unvotes/";
  private static final String UNDL = "/org/entente/data/unvotes-undl/";

  /**
   * SHA-256 of the first release's session-75 files (un-project/un-votes, rebuilt), which the UN's
   * extract of session 75 replaces.
   */
  static final Set<String> REPLACED =
      Set.of(
          "a4e000983a1d6ef41b7a244084dd73afc81f3a2f1459179c7a3956ada9f132a2",
          "90fa2dd810a6ade08838715897fba0f8253c044f1bd8f3852dca81b5fa964b78");

  /** The first session read from the UN's extracts, which hold whole-resolution votes only. */
  private static final int FIRST_UNDL_SESSION = 75;

  /** Session 75 opened in September 2020; Voeten's session 74 ran into January 2020. */
  private static final int FIRST_UNDL_YEAR = 2020;

  /** Who the bundled votes come from, as their terms ask to be acknowledged. */
  public static final List<String> ATTRIBUTION =
      List.of(
          "Sessions 1–74: Erik Voeten, United Nations General Assembly Voting Data"
              + " (hdl:1902.1/12379, CC0), via the R package unvotes (MIT).",
          "Sessions 75–80 and emergency special sessions: Source: United Nations (DGACM),"
              + " github.com/UNxml/GAresolutions.");

  /** The bundled votes as one of the bundled data sets. */
  public static final BundledSource SOURCE =
      new BundledSource() {
        @Override
        public String description() {
          return "UN General Assembly votes (sessions 1–80)";
        }

        @Override
        public List<String> attribution() {
          return ATTRIBUTION;
        }

        @Override
        public boolean isLoaded(Store store) {
          return BundledUnVotes.isLoaded(store);
        }

        @Override
        public void load(Store store, Progress progress) {
          ensureLoaded(store, CountryCodes.bundled(), progress);
        }
      };

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
    ImportReport voeten =
        importer.run(
            new UnVotesFiles(
                file(VOETEN, "un_roll_calls.csv.gz"),
                file(VOETEN, "un_roll_call_issues.csv.gz"),
                file(VOETEN, "un_votes.csv.gz")),
            "bundled",
            0,
            null,
            progress);
    List<SourceFile> extracts = new ArrayList<>();
    for (String name : checksums(UNDL).keySet()) {
      extracts.add(file(UNDL, name));
    }
    ImportReport undl =
        importer
            .replacing(REPLACED)
            .run(UnVotesFiles.extracts(extracts), "bundled", 0, null, progress);
    return !voeten.alreadyLoaded() || !undl.alreadyLoaded();
  }

  /**
   * Caveats a reader of these values must see: today, that from session 75 on the votes are the
   * UN's whole-resolution votes, without the separate votes on amendments and paragraphs that
   * Voeten's data has for earlier sessions.
   */
  public static List<String> caveats(
      String a, String b, PeriodUnit unit, Collection<Integer> periods) {
    boolean covers =
        unit == PeriodUnit.SESSION
            ? periods.stream().anyMatch(p -> p >= FIRST_UNDL_SESSION)
            : periods.stream().anyMatch(p -> p >= FIRST_UNDL_YEAR);
    if (!covers) {
      return List.of();
    }
    return List.of(
        "Note: from session 75 (autumn 2020) the votes are the UN's own record of votes on whole"
            + " resolutions (earlier sessions, from Voeten's data, include some votes on amendments"
            + " and paragraphs). Source: United Nations (DGACM), github.com/UNxml/GAresolutions.");
  }

  /** Whether the store holds every bundled file (by checksum; no data file is read). */
  public static boolean isLoaded(Store store) {
    List<String> all = new ArrayList<>(checksums(VOETEN).values());
    all.addAll(checksums(UNDL).values());
    return store.hasSources(all);
  }

  /** File name → SHA-256 of one bundled folder, as listed in its {@code SHA256SUMS}. */
  static Map<String, String> checksums(String dir) {
    try (InputStream in = BundledUnVotes.class.getResourceAsStream(dir + "SHA256SUMS")) {
      if (in == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + dir + "SHA256SUMS");
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

  /** Every bundled file with its SHA-256, Voeten's first. */
  static Map<String, String> checksums() {
    Map<String, String> all = new LinkedHashMap<>();
    checksums(VOETEN).forEach((name, sha) -> all.put(VOETEN + name, sha));
    checksums(UNDL).forEach((name, sha) -> all.put(UNDL + name, sha));
    return all;
  }

  static SourceFile file(String dir, String name) {
    return SourceFile.resource(BundledUnVotes.class, dir + name);
  }
}
