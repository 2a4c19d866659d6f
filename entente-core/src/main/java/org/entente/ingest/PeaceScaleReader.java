package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;

/**
 * Reads Peace Scale dyad-years (Diehl, Goertz & Gallegos 2021, v3.0) in the layout {@code
 * a,b,year,peace}: two states by ISO-3 code, a year and the year's mean of the monthly codes (0 …
 * 1). An expert reference: the relation model is calibrated on the pairs of {@code
 * ExpertAgreement.Part.FIT} and checked on the others ({@code data/validation/README.md}). The pair
 * is stored with {@code a < b}, whichever order the file gives.
 *
 * <pre>{@code
 * List<PeaceYear> years = new PeaceScaleReader(CountryCodes.bundled())
 *     .read(SourceFile.of(path), rejects, Progress.NONE);
 * }</pre>
 */
public final class PeaceScaleReader {

  private static final List<String> COLUMNS = List.of("a", "b", "year", "peace");

  private final CountryCodes codes;

  public PeaceScaleReader(CountryCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<PeaceYear> read(SourceFile file, Rejects rejects, Progress progress) {
    List<PeaceYear> years = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          String a = state(file, row, "a", rejects);
          String b = a == null ? null : state(file, row, "b", rejects);
          if (b == null) {
            return;
          }
          if (a.equals(b)) {
            reject(file, row, "b", b, "expected a state other than a", rejects);
            return;
          }
          String yearText = row.get("year").trim();
          int year;
          try {
            year = Integer.parseInt(yearText);
          } catch (NumberFormatException e) {
            year = -1;
          }
          if (year < 1816 || year > 2100) {
            reject(file, row, "year", yearText, "expected a year from 1816 to 2100", rejects);
            return;
          }
          String peaceText = row.get("peace").trim();
          double peace;
          try {
            peace = Double.parseDouble(peaceText);
          } catch (NumberFormatException e) {
            peace = Double.NaN;
          }
          if (!(peace >= 0 && peace <= 1)) {
            reject(file, row, "peace", peaceText, "expected a number from 0 to 1", rejects);
            return;
          }
          String low = a.compareTo(b) < 0 ? a : b;
          String high = low.equals(a) ? b : a;
          if (!seen.add(low + high + year)) {
            reject(
                file,
                row,
                "year",
                yearText,
                low + "–" + high + " appears twice for this year",
                rejects);
            return;
          }
          years.add(new PeaceYear(low, high, year, peace, file.name(), row.line()));
        });
    return years;
  }

  private String state(SourceFile file, CsvRows.Row row, String column, Rejects rejects) {
    String value = row.get(column).trim();
    if (codes.country(value).isPresent()) {
      return value;
    }
    reject(file, row, column, value, "expected the ISO-3 code of a state Entente knows", rejects);
    return null;
  }

  private static void reject(
      SourceFile file,
      CsvRows.Row row,
      String column,
      String value,
      String expected,
      Rejects rejects) {
    rejects.add(new Reject(file.name(), row.line(), column, value, expected, row.raw()));
  }
}
