package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CowCodes;
import org.entente.domain.MidDyadYear;

/**
 * Reads the Correlates of War militarized interstate dispute dyad-years (MID 5.0) in the layout of
 * the R package {@code peacesciencer} ({@code cow_mid_ddydisps}): {@code dispnum, ccode1, ccode2,
 * year, cowmidonset, cowmidongoing, sidea1, sidea2, hiact1, hiact2, hostlev1, hostlev2, fatality,
 * hostlev, recip, stmon, mindur, maxdur}. COW codes become ISO-3 actors through {@link CowCodes}; a
 * code with no actor that year is a reject naming the column and value.
 *
 * <pre>{@code
 * List<MidDyadYear> rows = new MidDyadYearReader(CowCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class MidDyadYearReader {

  /** The first year of the COW state system, and so of MID. */
  public static final int FIRST_YEAR = 1816;

  private static final int LAST_YEAR = 2100;

  private static final List<String> COLUMNS =
      List.of(
          "dispnum",
          "ccode1",
          "ccode2",
          "year",
          "cowmidonset",
          "cowmidongoing",
          "sidea1",
          "sidea2",
          "hiact1",
          "hiact2",
          "hostlev1",
          "hostlev2",
          "fatality",
          "hostlev",
          "recip",
          "stmon",
          "mindur",
          "maxdur");

  private final CowCodes cow;

  public MidDyadYearReader(CowCodes cow) {
    this.cow = cow;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<MidDyadYear> read(SourceFile file, Rejects rejects, Progress progress) {
    List<MidDyadYear> rows = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          CowRowFields f = new CowRowFields(cow, file, row, rejects);
          int dispnum =
              f.whole("dispnum", 1, 999_999, "a dispute number (a positive whole number)");
          int ccode1 = f.code("ccode1");
          int ccode2 = f.code("ccode2");
          int year = f.year("year", FIRST_YEAR, LAST_YEAR);
          boolean onset = f.flag("cowmidonset");
          boolean ongoing = f.flag("cowmidongoing");
          boolean sideA1 = f.flag("sidea1");
          boolean sideA2 = f.flag("sidea2");
          int hiact1 = f.whole("hiact1", 0, 23, "a highest action from 0 to 23");
          int hiact2 = f.whole("hiact2", 0, 23, "a highest action from 0 to 23");
          int hostlev1 = f.whole("hostlev1", 1, 5, "a hostility level from 1 to 5");
          int hostlev2 = f.whole("hostlev2", 1, 5, "a hostility level from 1 to 5");
          int fatality = fatality(f);
          int hostlev = f.whole("hostlev", 1, 5, "a hostility level from 1 to 5");
          boolean recip = f.flag("recip");
          int stmon = f.whole("stmon", 1, 12, "a month from 1 to 12");
          int mindur = f.whole("mindur", 1, 999_999, "a duration in days (1 or more)");
          int maxdur = f.whole("maxdur", mindur, 999_999, "a duration in days, at least mindur");
          if (f.failed()) {
            return;
          }
          String a = f.actor("ccode1", ccode1, year);
          String b = f.actor("ccode2", ccode2, year);
          if (f.failed()) {
            return;
          }
          if (a.equals(b)) {
            f.reject(
                "ccode2",
                Integer.toString(ccode2),
                "COW " + ccode1 + " and " + ccode2 + " are one actor (" + a + ") in " + year);
            return;
          }
          if (!seen.add(List.of(dispnum, ccode1, ccode2, year))) {
            f.reject(
                "year",
                Integer.toString(year),
                "dispute "
                    + dispnum
                    + ", COW "
                    + ccode1
                    + " → "
                    + ccode2
                    + " in "
                    + year
                    + " appears twice in this file");
            return;
          }
          rows.add(
              new MidDyadYear(
                  a,
                  b,
                  year,
                  dispnum,
                  ccode1,
                  ccode2,
                  onset,
                  ongoing,
                  sideA1,
                  sideA2,
                  hiact1,
                  hiact2,
                  hostlev1,
                  hostlev2,
                  fatality,
                  hostlev,
                  recip,
                  stmon,
                  mindur,
                  maxdur,
                  file.name(),
                  row.line()));
        });
    return rows;
  }

  /** The fatality level 0–6, or -9 for unknown, as the MID codebook has it. */
  private static int fatality(CowRowFields f) {
    int level = f.whole("fatality", -9, 6, "a fatality level from 0 to 6, or -9 (unknown)");
    if (level < 0 && level != MidDyadYear.FATALITY_UNKNOWN) {
      f.reject(
          "fatality",
          Integer.toString(level),
          "expected a fatality level from 0 to 6, or -9 (unknown)");
    }
    return level;
  }
}
