package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the ISO-2 codes of the UN voting data to Entente's ISO-3 actors, through the explicit
 * table {@code un-country-codes.csv} (its header comments give each decision). A code can depend on
 * the country name ({@code NA} stands for Namibia and three former states) and on the date (the
 * China seat, Yugoslavia's successors). It also reads the names users type for states ({@link
 * #lookup}).
 *
 * <pre>{@code
 * CountryCodes codes = CountryCodes.bundled();
 * codes.resolve("NA", "Federal Republic of Germany", LocalDate.of(1980, 1, 1)); // Optional[DEU]
 * }</pre>
 */
public final class CountryCodes {

  private static final String TABLE = "un-country-codes.csv";

  private record Row(String iso2, String dataName, String iso3, LocalDate from, LocalDate to) {

    boolean matches(String code, String name, LocalDate date) {
      return iso2.equals(code)
          && (dataName.isEmpty() || dataName.equalsIgnoreCase(name.trim()))
          && (from == null || !date.isBefore(from))
          && (to == null || !date.isAfter(to));
    }
  }

  private static volatile CountryCodes bundled;

  private final List<Row> rows;
  private final Map<String, List<Row>> rowsByIso2;
  private final Map<String, Country> countries;
  private final CountryNames names;

  private CountryCodes(List<Row> rows, Map<String, Country> countries, CountryNames names) {
    this.rows = rows;
    this.rowsByIso2 = rows.stream().collect(Collectors.groupingBy(Row::iso2));
    this.countries = countries;
    this.names = names;
  }

  /** The table shipped with Entente, with its aliases. */
  public static CountryCodes bundled() {
    if (bundled == null) {
      bundled =
          CodeTable.bundled(
              TABLE,
              table -> CodeTable.bundled(CountryNames.ALIASES, aliases -> read(table, aliases)));
    }
    return bundled;
  }

  static CountryCodes read(InputStream table, InputStream aliases) throws IOException {
    List<Row> rows = new ArrayList<>();
    Map<String, Country> countries = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String iso3 = r.getField("iso3");
        rows.add(
            new Row(
                r.getField("iso2"),
                r.getField("data_name"),
                iso3,
                date(r.getField("from")),
                date(r.getField("to"))));
        countries.putIfAbsent(iso3, new Country(iso3, r.getField("name")));
      }
    }
    return new CountryCodes(
        List.copyOf(rows),
        Collections.unmodifiableMap(countries),
        CountryNames.read(countries.values(), aliases));
  }

  private static LocalDate date(String text) {
    return text.isEmpty() ? null : LocalDate.parse(text);
  }

  /**
   * The actor for one row of voting data.
   *
   * @param iso2 the data's {@code country_code}
   * @param dataName the data's {@code country} name
   * @param date the roll call's date
   * @return the ISO-3 code, or empty when the table has no row for this combination
   */
  public Optional<String> resolve(String iso2, String dataName, LocalDate date) {
    for (Row row : rowsByIso2.getOrDefault(iso2, List.of())) {
      if (row.matches(iso2, dataName, date)) {
        return Optional.of(row.iso3);
      }
    }
    return Optional.empty();
  }

  /** What the table accepts for an ISO-2 code, for error messages. */
  public String expectedFor(String iso2) {
    List<String> options =
        rowsByIso2.getOrDefault(iso2, List.of()).stream()
            .map(
                r ->
                    r.iso3
                        + (r.dataName.isEmpty() ? "" : " when the name is '" + r.dataName + "'")
                        + (r.from == null ? "" : " from " + r.from)
                        + (r.to == null ? "" : " until " + r.to))
            .collect(Collectors.toList());
    if (options.isEmpty()) {
      return "an ISO-2 code listed in " + TABLE;
    }
    return iso2 + " resolves to " + String.join("; ", options);
  }

  /** All actors of the table, in table order. */
  public List<Country> countries() {
    return List.copyOf(countries.values());
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /**
   * Reads a user's name for a state: an ISO-3 code in any case, else a display name or an alias of
   * {@code country-aliases.csv}, forgiving case, accents, apostrophe and dash variants, full-width
   * letters and spacing. Never guesses: see {@link #suggest} for near misses.
   *
   * <pre>{@code
   * codes.lookup("Cote d'Ivoire"); // Optional[Country[iso3=CIV, name=Côte d'Ivoire]]
   * codes.lookup("Korea");         // Optional.empty: North or South?
   * }</pre>
   *
   * @return the actor, or empty if nothing matches
   */
  public Optional<Country> lookup(String text) {
    Country byCode = countries.get(CountryNames.fold(text).toUpperCase(Locale.ROOT));
    if (byCode != null) {
      return Optional.of(byCode);
    }
    return names.lookup(text);
  }

  /**
   * The states whose names come closest to a name {@link #lookup} did not find, closest first:
   * {@code suggest("Korea", 5)} gives North Korea and South Korea, {@code suggest("Turky", 5)}
   * Turkey.
   *
   * @param max how many at most; at least 1
   * @return empty when no name is close
   */
  public List<Country> suggest(String text, int max) {
    return names.suggest(text, max);
  }

  /**
   * The state a user named, by code or name, for commands and the API alike.
   *
   * @throws UnknownCountryException naming the closest names when nothing matches; never picks one,
   *     since "Korea" may mean either
   */
  public Country require(String text) {
    return lookup(text)
        .orElseThrow(
            () ->
                new UnknownCountryException(
                    text, suggest(text, UnknownCountryException.SUGGESTIONS)));
  }
}
