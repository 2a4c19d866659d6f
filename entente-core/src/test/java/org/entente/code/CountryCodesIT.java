package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every country name the bundled UN voting data writes is a name users may type: copied from the
 * data, it finds the state that the data's own code stands for in those rows.
 */
class CountryCodesIT {

  private final CountryCodes codes = CountryCodes.bundled();

  @Test
  void everyNameOfTheBundledDataIsFound() throws IOException {
    Map<Integer, LocalDate> dates = new HashMap<>();
    readDates("unvotes/un_roll_calls.csv.gz", dates);
    Map<String, Set<String>> statesByName = new TreeMap<>();
    readNames("unvotes/un_votes.csv.gz", dates, statesByName);

    assertThat(statesByName).hasSizeGreaterThan(190);
    Map<String, String> notFound = new TreeMap<>();
    statesByName.forEach(
        (name, states) -> {
          String found = codes.lookup(name).map(Country::iso3).orElse("nothing");
          if (!states.contains(found)) {
            notFound.put(name, found + ", expected one of " + states);
          }
        });
    assertThat(notFound).isEmpty();
  }

  private static CsvReader<NamedCsvRecord> csv(String file) throws IOException {
    InputStream in = new GZIPInputStream(Files.newInputStream(Fixtures.bundled(file)));
    return CsvReader.builder().ofNamedCsvRecord(in);
  }

  private static void readDates(String file, Map<Integer, LocalDate> dates) throws IOException {
    try (var csv = csv(file)) {
      for (NamedCsvRecord r : csv) {
        dates.put(Integer.parseInt(r.getField("rcid")), LocalDate.parse(r.getField("date")));
      }
    }
  }

  /** Each name with the states its rows resolve to (Yugoslavia's seat passes to SCG and SRB). */
  private void readNames(
      String file, Map<Integer, LocalDate> dates, Map<String, Set<String>> statesByName)
      throws IOException {
    try (var csv = csv(file)) {
      for (NamedCsvRecord r : csv) {
        String name = r.getField("country");
        LocalDate date = dates.get(Integer.parseInt(r.getField("rcid")));
        codes
            .resolve(r.getField("country_code"), name, date)
            .ifPresent(iso3 -> statesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(iso3));
      }
    }
  }
}
