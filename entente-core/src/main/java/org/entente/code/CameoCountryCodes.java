package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the CAMEO country codes of GDELT's actor fields to Entente's ISO-3 actors. Most are
 * ISO-3 already; those that are not (Romania's ROM, regions such as AFR) are listed in {@code
 * cameo-country-codes.csv} with the decision for each.
 *
 * <pre>{@code
 * CameoCountryCodes.bundled().state("ROM"); // Optional[ROU]
 * CameoCountryCodes.bundled().state("AFR"); // Optional.empty: a region
 * }</pre>
 */
public final class CameoCountryCodes {

  private static volatile CameoCountryCodes bundled;

  private final Map<String, String> differing;
  private final CountryCodes countries;

  private CameoCountryCodes(Map<String, String> differing, CountryCodes countries) {
    this.differing = Map.copyOf(differing);
    this.countries = countries;
  }

  /** The table shipped with Entente. */
  public static CameoCountryCodes bundled() {
    if (bundled == null) {
      bundled =
          CodeTable.bundled(
              "cameo-country-codes.csv",
              in -> {
                Map<String, String> differing = new HashMap<>();
                try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(in)) {
                  for (NamedCsvRecord r : csv) {
                    differing.put(r.getField("cameo"), r.getField("iso3"));
                  }
                }
                return new CameoCountryCodes(differing, CountryCodes.bundled());
              });
    }
    return bundled;
  }

  /** The state a CAMEO country code names, or empty for a region, a territory or no code. */
  public Optional<String> state(String cameo) {
    if (cameo == null || cameo.isEmpty()) {
      return Optional.empty();
    }
    String iso3 = differing.get(cameo);
    if (iso3 != null) {
      return iso3.isEmpty() ? Optional.empty() : Optional.of(iso3);
    }
    return countries.country(cameo).map(Country::iso3);
  }
}
