package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.CountRow;

/**
 * Reads ICEWS events counted per directed pair of states and year by QuadClass, in the layout of
 * the R package netify's {@code icews} data: {@code source_iso3, target_iso3, i, j, year, verbCoop,
 * matlCoop, verbConf, matlConf}. Counts, read as counts; the names {@code i} and {@code j} are
 * ignored. ICEWS's terms allow research use only, so Entente reads such files but ships none.
 *
 * <pre>{@code
 * List<CountRow> rows = new IcewsDyadYearReader(CountryCodes.bundled())
 *     .read(SourceFile.of(path), rejects, Progress.NONE);
 * }</pre>
 */
public final class IcewsDyadYearReader {

  /** The name these series carry in provenance. */
  public static final String DATASET = "icews-netify";

  private static final List<String> COLUMNS =
      List.of("source_iso3", "target_iso3", "year", "verbcoop", "matlcoop", "verbconf", "matlconf");

  private final CountryCodes codes;

  public IcewsDyadYearReader(CountryCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<CountRow> read(SourceFile file, Rejects rejects, Progress progress) {
    List<CountRow> rows = new ArrayList<>(1 << 16);
    Set<String> seen = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          String source = state(file, row, "source_iso3", rejects);
          String target = source == null ? null : state(file, row, "target_iso3", rejects);
          if (target == null) {
            return;
          }
          long[] n = new long[5];
          for (int i = 0; i < 5; i++) {
            String column = COLUMNS.get(2 + i);
            String value = row.get(column).trim();
            long max = i == 0 ? 2100 : Long.MAX_VALUE;
            long min = i == 0 ? 1900 : 0;
            try {
              n[i] = Long.parseLong(value);
            } catch (NumberFormatException e) {
              n[i] = -1;
            }
            if (n[i] < min || n[i] > max) {
              String expected =
                  i == 0 ? "expected a year from 1900 to 2100" : "expected a count, 0 or more";
              rejects.add(new Reject(file.name(), row.line(), column, value, expected, row.raw()));
              return;
            }
          }
          if (source.equals(target)) {
            rejects.add(
                new Reject(
                    file.name(),
                    row.line(),
                    "target_iso3",
                    target,
                    "expected a state other than the source",
                    row.raw()));
            return;
          }
          if (!seen.add(source + target + n[0])) {
            rejects.add(
                new Reject(
                    file.name(),
                    row.line(),
                    "year",
                    Long.toString(n[0]),
                    source + " → " + target + " appears twice for this year in this file",
                    row.raw()));
            return;
          }
          rows.add(
              new CountRow(
                  DATASET,
                  source,
                  target,
                  (int) n[0],
                  n[1],
                  n[2],
                  n[3],
                  n[4],
                  file.name(),
                  row.line()));
        });
    return rows;
  }

  private String state(SourceFile file, CsvRows.Row row, String column, Rejects rejects) {
    String value = row.get(column).trim();
    if (codes.country(value).isPresent()) {
      return value;
    }
    rejects.add(
        new Reject(
            file.name(),
            row.line(),
            column,
            value,
            "expected the ISO-3 code of a state Entente knows",
            row.raw()));
    return null;
  }
}
