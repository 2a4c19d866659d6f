package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The names people type for states: the display names of {@code un-country-codes.csv} and the
 * aliases of {@code country-aliases.csv}, compared in a {@linkplain #fold folded} form. A name
 * matches exactly in that form or not at all; when it does not, {@link #suggest} offers the closest
 * names rather than picking one.
 */
final class CountryNames {

  static final String ALIASES = "country-aliases.csv";

  /**
   * Jaro-Winkler similarity from which a name counts as a likely misspelling: "turky" and "turkey"
   * score 0.97, "irak" and "iraq" 0.88, "korea" and "kenya" 0.60.
   */
  private static final double SIMILAR = 0.88;

  /** Shorter input is too unspecific to suggest every name with a word it begins. */
  private static final int MIN_PREFIX = 3;

  /** Shorter names ("US", "UK", "PRC") are too likely to occur in unrelated input by chance. */
  private static final int MIN_CONTAINED = 4;

  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

  private static final Pattern APOSTROPHES =
      Pattern.compile("[\\u2018\\u2019\\u201B\\u02BB\\u02BC`\\u00B4\\u2032\\uFF07]");
  private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\\u2212]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PERIODS = Pattern.compile("\\.");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** One name of a state, with the state's position in the table for stable ordering. */
  private record Name(String folded, Country country, int rank) {}

  /** Why a name is offered, strongest reason first. */
  private enum Reason {
    /** The name begins with the input: "Cote" for "Côte d'Ivoire". */
    BEGINS_NAME,
    /** A later word of the name begins with it ("Korea"), or the input contains the name. */
    BEGINS_WORD_OR_CONTAINED,
    /** Similar enough to be a misspelling: "Turky". */
    SIMILAR
  }

  private record Candidate(Country country, Reason reason, double similarity, int rank) {

    /** One state's candidates over all its names: the strongest reason, the highest similarity. */
    Candidate strongest(Candidate other) {
      return new Candidate(
          country,
          reason.compareTo(other.reason) <= 0 ? reason : other.reason,
          Math.max(similarity, other.similarity),
          rank);
    }
  }

  private static final Comparator<Candidate> CLOSEST_FIRST =
      Comparator.comparing(Candidate::reason)
          .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
          .thenComparingInt(Candidate::rank);

  private final Map<String, Country> byFolded;
  private final List<Name> names;

  private CountryNames(Map<String, Country> byFolded, List<Name> names) {
    this.byFolded = byFolded;
    this.names = names;
  }

  /**
   * The form in which names are compared: apostrophe variants as {@code '}, compatibility forms
   * (full-width letters, no-break spaces) as their plain letters, accents dropped, hyphens and
   * dashes as spaces, periods dropped, lower case, single spaces. "Côte d’Ivoire", "COTE D'IVOIRE"
   * and "Cote d´Ivoire" all fold to "cote d'ivoire".
   */
  static String fold(String typed) {
    // Before decomposition, which would turn the acute accent ´ into a space and a combining mark.
    String s = APOSTROPHES.matcher(typed).replaceAll("'");
    s = Normalizer.normalize(s, Normalizer.Form.NFKD); // ＣＨＮ → CHN, ô → o + combining ^
    s = MARKS.matcher(s).replaceAll("");
    s = DASHES.matcher(s).replaceAll(" "); // "Guinea-Bissau" = "Guinea – Bissau" = "Guinea Bissau"
    s = PERIODS.matcher(s).replaceAll(""); // "St. Lucia" = "St Lucia", "U.S." = "US"
    s = s.toLowerCase(Locale.ROOT);
    return SPACES.matcher(s).replaceAll(" ").trim();
  }

  /**
   * Indexes the display names of {@code countries} (in table order) and the aliases read from
   * {@code aliases}.
   *
   * @throws IllegalStateException naming the line, when an alias names an unknown actor, folds to a
   *     name already taken, or is an ISO-3 code
   */
  static CountryNames read(Collection<Country> countries, InputStream aliases) throws IOException {
    Map<String, Country> byIso3 = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    Map<String, Country> byFolded = new HashMap<>();
    List<Name> names = new ArrayList<>();
    for (Country c : countries) {
      rank.put(c.iso3(), rank.size());
      byIso3.put(c.iso3(), c);
      String folded = fold(c.name());
      Country taken = byFolded.putIfAbsent(folded, c);
      if (taken != null) {
        throw new IllegalStateException(
            "un-country-codes.csv: "
                + c.iso3()
                + " and "
                + taken.iso3()
                + " have the same display name '"
                + c.name()
                + "'");
      }
      names.add(new Name(folded, c, rank.get(c.iso3())));
    }
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(aliases)) {
      for (NamedCsvRecord r : csv) {
        String alias = r.getField("alias");
        String iso3 = r.getField("iso3");
        String where = ALIASES + " line " + r.getStartingLineNumber() + ": alias '" + alias + "'";
        Country c = byIso3.get(iso3);
        if (c == null) {
          throw new IllegalStateException(
              where + " names '" + iso3 + "', expected an iso3 of un-country-codes.csv");
        }
        String folded = fold(alias);
        if (byIso3.containsKey(folded.toUpperCase(Locale.ROOT))) {
          throw new IllegalStateException(
              where + " is an ISO-3 code, which is matched before names; remove the row");
        }
        Country taken = byFolded.putIfAbsent(folded, c);
        if (taken != null) {
          throw new IllegalStateException(
              where
                  + " reads as '"
                  + folded
                  + "', already a name of "
                  + taken.iso3()
                  + (taken.equals(c) ? "; remove the row" : ": a name must pick one state"));
        }
        names.add(new Name(folded, c, rank.get(iso3)));
      }
    }
    return new CountryNames(Map.copyOf(byFolded), List.copyOf(names));
  }

  /** The state whose display name or alias folds to the same form as {@code text}. */
  Optional<Country> lookup(String text) {
    return Optional.ofNullable(byFolded.get(fold(text)));
  }

  /**
   * The states whose names come closest to {@code text}, at most {@code max}, closest first (see
   * {@link Reason}; then by Jaro-Winkler similarity, then in table order).
   */
  List<Country> suggest(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, was " + max);
    }
    String typed = fold(text);
    if (typed.isEmpty()) {
      return List.of();
    }
    Map<Country, Candidate> best = new LinkedHashMap<>();
    for (Name name : names) {
      Candidate c = candidate(typed, name);
      if (c != null) {
        best.merge(c.country(), c, Candidate::strongest);
      }
    }
    return best.values().stream().sorted(CLOSEST_FIRST).limit(max).map(Candidate::country).toList();
  }

  private static Candidate candidate(String typed, Name name) {
    String folded = name.folded();
    boolean beginsWord = false;
    double similarity = 0;
    // Comparing from each word on finds "korea" in "north korea", and "korae" near it.
    for (int start = 0; start < folded.length(); start++) {
      if ((start > 0 && isWordChar(folded.charAt(start - 1)))
          || !isWordChar(folded.charAt(start))) {
        continue;
      }
      String tail = folded.substring(start);
      beginsWord |= typed.length() >= MIN_PREFIX && tail.startsWith(typed);
      similarity = Math.max(similarity, SIMILARITY.apply(typed, tail));
    }
    Reason reason;
    if (beginsWord && folded.startsWith(typed)) {
      reason = Reason.BEGINS_NAME;
    } else if (beginsWord || folded.length() >= MIN_CONTAINED && containsWords(typed, folded)) {
      reason = Reason.BEGINS_WORD_OR_CONTAINED;
    } else if (similarity >= SIMILAR) {
      reason = Reason.SIMILAR;
    } else {
      return null;
    }
    return new Candidate(name.country(), reason, similarity, name.rank());
  }

  /** Whether {@code words} occurs in {@code text} with no letter or digit touching either end. */
  private static boolean containsWords(String text, String words) {
    for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      int end = at + words.length();
      if ((at == 0 || !isWordChar(text.charAt(at - 1)))
          && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
