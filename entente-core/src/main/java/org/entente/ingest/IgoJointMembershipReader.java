package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CowCodes;
import org.entente.domain.IgoJointMembership;

/**
 * Reads the Correlates of War IGO data (version 3) as non-directed dyad-years in the layout of the
 * R package {@code peacesciencer} ({@code cow_igo_ndy}): {@code ccode1, ccode2, year, dyadigos},
 * the number of IGOs both states belonged to as full members. COW codes become ISO-3 actors through
 * {@link CowCodes}; a code with no actor that year is a reject naming the column and value. A pair
 * given twice in a year, in either order, is a reject.
 *
 * <pre>{@code
 * List<IgoJointMembership> rows =
 *     new IgoJointMembershipReader(CowCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class IgoJointMembershipReader {

  /** The first year of the COW state system. */
  public static final int FIRST_YEAR = 1816;

  private static final int LAST_YEAR = 2100;

  private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "year", "dyadigos");

  private final CowCodes cow;

  public IgoJointMembershipReader(CowCodes cow) {
    this.cow = cow;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<IgoJointMembership> read(SourceFile file, Rejects rejects, Progress progress) {
    List<IgoJointMembership> rows = new ArrayList<>(1 << 20);
    Set<Long> seen = new HashSet<>(1 << 21);
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          CowRowFields f = new CowRowFields(cow, file, row, rejects);
          int ccode1 = f.code("ccode1");
          int ccode2 = f.code("ccode2");
          int year = f.year("year", FIRST_YEAR, LAST_YEAR);
          int igos = f.whole("dyadigos", 0, 99_999, "a number of IGOs (0 or more)");
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
          // non-directed: 2–20 and 20–2 in one year are the same dyad-year
          long low = Math.min(ccode1, ccode2);
          long high = Math.max(ccode1, ccode2);
          if (!seen.add((low << 40) | (high << 20) | year)) {
            f.reject(
                "year",
                Integer.toString(year),
                "COW " + ccode1 + " – " + ccode2 + " in " + year + " appears twice in this file");
            return;
          }
          rows.add(
              new IgoJointMembership(a, b, year, ccode1, ccode2, igos, file.name(), row.line()));
        });
    return rows;
  }
}
