package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Obligations;

/**
 * Reads ATOP's directed dyad-year alliance data in the layout of the R package {@code
 * peacesciencer} ({@code atop_alliance}, ATOP 5.1): {@code ccode1, ccode2, year, atop_defense,
 * atop_offense, atop_neutral, atop_nonagg, atop_consul}. COW codes become ISO-3 actors through
 * {@link CowCodes}; a code with no actor that year is a reject naming the column and value.
 *
 * <pre>{@code
 * List<AtopRow> rows = new AtopReader(CowCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class AtopReader {

  /** The first year of ATOP's coverage (the Congress of Vienna). */
  public static final int FIRST_YEAR = 1815;

  private static final int LAST_YEAR = 2100;

  private static final List<String> COLUMNS =
      List.of(
          "ccode1",
          "ccode2",
          "year",
          "atop_defense",
          "atop_offense",
          "atop_neutral",
          "atop_nonagg",
          "atop_consul");

  private final CowCodes cow;

  public AtopReader(CowCodes cow) {
    this.cow = cow;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<AtopRow> read(SourceFile file, Rejects rejects, Progress progress) {
    List<AtopRow> rows = new ArrayList<>(1 << 18);
    Set<Long> seen = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          Fields f = new Fields(file, row, rejects);
          Integer ccode1 = f.code("ccode1");
          Integer ccode2 = f.code("ccode2");
          Integer year = f.year("year");
          boolean[] flags = new boolean[5];
          for (int i = 0; i < 5; i++) {
            flags[i] = f.flag(COLUMNS.get(3 + i));
          }
          if (f.failed) {
            return;
          }
          String a = f.actor("ccode1", ccode1, year);
          String b = f.actor("ccode2", ccode2, year);
          if (f.failed) {
            return;
          }
          if (a.equals(b)) {
            f.reject(
                "ccode2",
                Integer.toString(ccode2),
                "COW " + ccode1 + " and " + ccode2 + " are one actor (" + a + ") in " + year);
            return;
          }
          long key = ((long) ccode1 << 40) | ((long) ccode2 << 20) | year;
          if (!seen.add(key)) {
            f.reject(
                "year",
                Integer.toString(year),
                "COW " + ccode1 + " → " + ccode2 + " in " + year + " appears twice in this file");
            return;
          }
          rows.add(
              new AtopRow(
                  a,
                  b,
                  year,
                  ccode1,
                  ccode2,
                  new Obligations(flags[0], flags[1], flags[2], flags[3], flags[4]),
                  file.name(),
                  row.line()));
        });
    return rows;
  }

  /** Parses the fields of one row, rejecting the row (once) at the first bad value. */
  private final class Fields {
    private final SourceFile file;
    private final CsvRows.Row row;
    private final Rejects rejects;
    boolean failed;

    Fields(SourceFile file, CsvRows.Row row, Rejects rejects) {
      this.file = file;
      this.row = row;
      this.rejects = rejects;
    }

    Integer code(String column) {
      String value = row.get(column).trim();
      try {
        int n = Integer.parseInt(value);
        if (n > 0 && n < 1_000_000) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      reject(column, value, "expected a COW state code (a positive whole number)");
      return null;
    }

    Integer year(String column) {
      String value = row.get(column).trim();
      try {
        int n = Integer.parseInt(value);
        if (n >= FIRST_YEAR && n <= LAST_YEAR) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      reject(column, value, "expected a year from " + FIRST_YEAR + " to " + LAST_YEAR);
      return null;
    }

    boolean flag(String column) {
      String value = row.get(column).trim();
      switch (value) {
        case "1":
          return true;
        case "0":
          return false;
        default:
          reject(column, value, "expected 1 or 0");
          return false;
      }
    }

    String actor(String column, int ccode, int year) {
      Optional<String> iso3 = cow.iso3(ccode, year);
      if (iso3.isEmpty()) {
        reject(
            column, Integer.toString(ccode), cow.unresolved(ccode, year) + " (year " + year + ")");
        return null;
      }
      return iso3.get();
    }

    void reject(String column, String value, String problem) {
      if (!failed) {
        failed = true;
        rejects.add(new Reject(file.name(), row.line(), column, value, problem, row.raw()));
      }
    }
  }
}
