package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the member-state names of the UN's machine-readable General Assembly extracts (lists
 * {@code MS_in_favour}, {@code MS_against}, {@code MS_abstaining}) to Entente's ISO-3 actors,
 * through the explicit table {@code un-member-state-names.csv}: one row per spelling, matched
 * exactly. A spelling the table lacks is an error ({@link #unknown}), never a guess.
 *
 * <pre>{@code
 * UnMemberStates states = UnMemberStates.bundled();
 * states.iso3("TÜRKİYE");   // Optional[TUR]
 * states.iso3("Türkiye");   // Optional.empty: not a spelling of the extracts
 * states.unknown("Türkiye"); // "... did you mean 'TURKIYE', 'TÜRKIYE' or 'TÜRKİYE'?"
 * }</pre>
 */
public final class UnMemberStates {

  static final String TABLE = "un-member-state-names.csv";

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  /** Letters and digits only: what is left of a name once {@link CountryNames#fold} has run. */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static volatile UnMemberStates bundled;

  private final Map<String, String> iso3ByName;

  private UnMemberStates(Map<String, String> iso3ByName) {
    this.iso3ByName = iso3ByName;
  }

  /** The table shipped with Entente. */
  public static UnMemberStates bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, UnMemberStates::read);
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code un-member-state-names.csv}.
   *
   * @throws IllegalStateException naming the line, for an empty name, a name with surrounding
   *     spaces (it could never match), a name listed twice, an iso3 that is not three capitals, or
   *     two spellings with the same letters for different states
   */
  static UnMemberStates read(InputStream table) throws IOException {
    Map<String, String> iso3ByName = new LinkedHashMap<>();
    Map<String, String> iso3ByLetters = new HashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String name = r.getField("name");
        String iso3 = r.getField("iso3");
        String where = TABLE + " line " + r.getStartingLineNumber() + ": ";
        if (name.isBlank() || !name.equals(name.strip())) {
          throw new IllegalStateException(
              where + "name '" + name + "' must be non-empty, without surrounding spaces");
        }
        if (!ISO3.matcher(iso3).matches()) {
          throw new IllegalStateException(
              where + "iso3 '" + iso3 + "' of '" + name + "' must be three capital letters");
        }
        String taken = iso3ByName.putIfAbsent(name, iso3);
        if (taken != null) {
          throw new IllegalStateException(
              where + "'" + name + "' is listed twice (first as " + taken + "); keep one row");
        }
        // Spellings with the same letters are offered for each other; they must be one state.
        String letters = letters(name);
        String other = iso3ByLetters.putIfAbsent(letters, iso3);
        if (other != null && !other.equals(iso3)) {
          throw new IllegalStateException(
              where + "'" + name + "' (" + iso3 + ") has the letters of a spelling of " + other);
        }
      }
    }
    return new UnMemberStates(Collections.unmodifiableMap(iso3ByName));
  }

  /**
   * The actor a name of the extracts stands for. Only surrounding whitespace is forgiven: {@code
   * "TÜRKİYE"} and {@code " TÜRKİYE "} resolve, {@code "Türkiye"} does not.
   *
   * @return the ISO-3 code, or empty when the table does not list this spelling
   */
  public Optional<String> iso3(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(iso3ByName.get(name.strip()));
  }

  /** Every spelling the table lists, in table order. */
  public List<String> spellings() {
    return List.copyOf(iso3ByName.keySet());
  }

  /**
   * The error message for a name {@link #iso3} did not resolve, with the listed spellings that have
   * the same letters (ignoring case, accents and punctuation), if any: {@code unknown member-state
   * spelling 'Cote d’Ivoire': not in un-member-state-names.csv; did you mean 'COTE D'IVOIRE' or
   * 'CÔTE D'IVOIRE'?}.
   */
  public String unknown(String name) {
    Objects.requireNonNull(name, "name");
    String message = "unknown member-state spelling '" + name + "': not in " + TABLE;
    List<String> near = nearSpellings(name);
    if (near.isEmpty()) {
      return message;
    }
    StringBuilder suggestion = new StringBuilder(message).append("; did you mean ");
    for (int i = 0; i < near.size(); i++) {
      if (i > 0) {
        suggestion.append(i == near.size() - 1 ? " or " : ", ");
      }
      suggestion.append('\'').append(near.get(i)).append('\'');
    }
    return suggestion.append('?').toString();
  }

  /** Listed spellings, other than {@code name} itself, with the same {@link #letters}. */
  private List<String> nearSpellings(String name) {
    String letters = letters(name);
    List<String> near = new ArrayList<>();
    if (letters.isEmpty()) {
      return near;
    }
    for (String spelling : iso3ByName.keySet()) {
      if (!spelling.equals(name.strip()) && letters(spelling).equals(letters)) {
        near.add(spelling);
      }
    }
    return near;
  }

  /**
   * A name reduced to its letters and digits, lower case, without accents: {@code "CÔTE D'IVOIRE"}
   * and {@code "Cote d’Ivoire"} both give {@code "cotedivoire"}.
   */
  private static String letters(String name) {
    return NOT_LETTER_OR_DIGIT.matcher(CountryNames.fold(name)).replaceAll("");
  }
}
