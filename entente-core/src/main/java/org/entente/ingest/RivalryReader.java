package org.entente.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.code.CowCodes;
import org.entente.domain.Rivalry;

/**
 * Reads the strategic rivalries of Thompson, Sakuwa & Suhas (2021) in the layout of the R package
 * {@code peacesciencer} ({@code tss_rivalries}): {@code tssr_id, rivalry, ccode1, ccode2, start,
 * end, positional, spatial, ideological, interventionary}, each element 1 where the rivalry has it
 * and {@code NA} where not ({@code principal} and {@code aprin} are not read). COW codes become
 * ISO-3 actors through {@link CowCodes} in the rivalry's last year, so that a rivalry is one row (a
 * code that changed state, COW 345, is the state it was when the rivalry ended); a code with no
 * actor then is a reject naming the column and value.
 *
 * <pre>{@code
 * List<Rivalry> rivalries = new RivalryReader(CowCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class RivalryReader {

  /** The first year of the data (1494), with room before it. */
  private static final int FIRST_YEAR = 1400;

  private static final int LAST_YEAR = 2100;

  private static final List<String> COLUMNS =
      List.of(
          "tssr_id",
          "rivalry",
          "ccode1",
          "ccode2",
          "start",
          "end",
          "positional",
          "spatial",
          "ideological",
          "interventionary");

  private final CowCodes cow;

  public RivalryReader(CowCodes cow) {
    this.cow = cow;
  }

  /**
   * Reads every row; bad rows go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<Rivalry> read(SourceFile file, Rejects rejects, Progress progress) {
    List<Rivalry> rivalries = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          CowRowFields f = new CowRowFields(cow, file, row, rejects);
          int id = f.whole("tssr_id", 1, 999_999, "a rivalry number (a positive whole number)");
          String name = row.get("rivalry").strip();
          if (name.isEmpty()) {
            f.reject("rivalry", name, "expected the rivalry's name");
          }
          int ccode1 = f.code("ccode1");
          int ccode2 = f.code("ccode2");
          int start = f.year("start", FIRST_YEAR, LAST_YEAR);
          int end =
              f.whole(
                  "end",
                  start,
                  LAST_YEAR,
                  "a year from the rivalry's start (" + start + ") to " + LAST_YEAR);
          boolean positional = element(f, row, "positional");
          boolean spatial = element(f, row, "spatial");
          boolean ideological = element(f, row, "ideological");
          boolean interventionary = element(f, row, "interventionary");
          if (f.failed()) {
            return;
          }
          String first = f.actor("ccode1", ccode1, end);
          String second = f.actor("ccode2", ccode2, end);
          if (f.failed()) {
            return;
          }
          if (first.equals(second)) {
            f.reject(
                "ccode2",
                Integer.toString(ccode2),
                "COW " + ccode1 + " and " + ccode2 + " are one actor (" + first + ") in " + end);
            return;
          }
          if (!seen.add(id)) {
            f.reject(
                "tssr_id", Integer.toString(id), "rivalry " + id + " appears twice in this file");
            return;
          }
          boolean inOrder = first.compareTo(second) < 0;
          rivalries.add(
              new Rivalry(
                  inOrder ? first : second,
                  inOrder ? second : first,
                  id,
                  name,
                  start,
                  end,
                  positional,
                  spatial,
                  ideological,
                  interventionary,
                  file.name(),
                  row.line()));
        });
    return rivalries;
  }

  /** An element of the rivalry: 1 where it has it, {@code NA} (or 0) where not. */
  private static boolean element(CowRowFields f, CsvRows.Row row, String column) {
    String value = row.get(column).strip();
    switch (value) {
      case "1":
        return true;
      case "NA", "0":
        return false;
      default:
        f.reject(column, value, "expected 1, or NA where the rivalry lacks this element");
        return false;
    }
  }
}
