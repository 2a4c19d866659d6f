package org.entente.analyze;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CowCodes;

/**
 * Bailey, Strezhnev & Voeten's published ideal points (fixtures/voeten-idealpoints/), read without
 * Entente's model, and the Pearson correlation of an estimate with them, overall and by decade.
 */
final class PublishedIdealPoints {

  /** Published ideal point by {@code ISO3:year}. */
  final Map<String, Double> byKey;

  private PublishedIdealPoints(Map<String, Double> byKey) {
    this.byKey = byKey;
  }

  static PublishedIdealPoints load() throws IOException {
    CowCodes cow = CowCodes.bundled();
    Map<String, Double> byKey = new HashMap<>();
    try (InputStream in =
            new GZIPInputStream(
                Files.newInputStream(
                    Fixtures.path("voeten-idealpoints/IdealpointestimatesAll_Apr2020.csv.gz")));
        CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
      for (NamedCsvRecord r : csv) {
        int year = Integer.parseInt(r.getField("session")) + 1945;
        Optional<String> iso3 = cow.iso3(Integer.parseInt(r.getField("ccode")), year);
        if (iso3.isEmpty()) {
          throw new IllegalStateException("published row without an actor: " + r);
        }
        Double before =
            byKey.put(iso3.get() + ":" + year, Double.valueOf(r.getField("IdealPoint")));
        if (before != null) {
          throw new IllegalStateException("two published rows for " + iso3.get() + " " + year);
        }
      }
    }
    return new PublishedIdealPoints(byKey);
  }

  /** Correlations of estimates with the published ones, over the country-years both have. */
  record Comparison(
      int n, double overall, Map<Integer, Double> byDecade, Map<Integer, Integer> nByDecade) {

    String describe() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(java.util.Locale.ROOT, "overall r = %.4f (n = %d)%n", overall, n));
      byDecade.forEach(
          (decade, r) ->
              sb.append(
                  String.format(
                      java.util.Locale.ROOT,
                      "%ds r = %.4f (n = %d)%n",
                      decade,
                      r,
                      nByDecade.get(decade))));
      return sb.toString();
    }
  }

  /** Correlation within each session's year, for diagnosis. */
  Map<Integer, Double> bySession(List<IdealPoint> estimates) {
    Map<Integer, List<double[]>> years = new TreeMap<>();
    for (IdealPoint p : estimates) {
      Double published = byKey.get(p.country() + ":" + p.year());
      if (published != null) {
        years
            .computeIfAbsent(p.year(), y -> new ArrayList<>())
            .add(new double[] {p.idealPoint(), published});
      }
    }
    Map<Integer, Double> r = new TreeMap<>();
    years.forEach((y, pairs) -> r.put(y, pearson(pairs)));
    return r;
  }

  Comparison compare(List<IdealPoint> estimates) {
    List<double[]> all = new ArrayList<>();
    Map<Integer, List<double[]>> decades = new TreeMap<>();
    for (IdealPoint p : estimates) {
      Double published = byKey.get(p.country() + ":" + p.year());
      if (published != null) {
        double[] pair = {p.idealPoint(), published};
        all.add(pair);
        decades.computeIfAbsent(p.year() / 10 * 10, d -> new ArrayList<>()).add(pair);
      }
    }
    Map<Integer, Double> byDecade = new TreeMap<>();
    Map<Integer, Integer> nByDecade = new TreeMap<>();
    decades.forEach(
        (d, pairs) -> {
          byDecade.put(d, pearson(pairs));
          nByDecade.put(d, pairs.size());
        });
    return new Comparison(all.size(), pearson(all), byDecade, nByDecade);
  }

  static double pearson(List<double[]> pairs) {
    double n = pairs.size();
    double mx = 0;
    double my = 0;
    for (double[] p : pairs) {
      mx += p[0] / n;
      my += p[1] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (double[] p : pairs) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
      syy += (p[1] - my) * (p[1] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
