package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CowCodes;
import org.entente.domain.MidDyadYear;
import org.junit.jupiter.api.Test;

class MidDyadYearReaderTest {

  static final String FILE = "cow-mid5-dyad-years-1946-2014.csv.gz";

  static final String HEADER =
      "\"dispnum\",\"ccode1\",\"ccode2\",\"year\",\"cowmidonset\",\"cowmidongoing\",\"sidea1\","
          + "\"sidea2\",\"hiact1\",\"hiact2\",\"hostlev1\",\"hostlev2\",\"fatality\",\"hostlev\","
          + "\"recip\",\"stmon\",\"mindur\",\"maxdur\"";

  /** COW codes of the bundled file that have no ISO-3 code (data/conflict/README.md). */
  private static final Set<Integer> NO_ISO = Set.of(347, 817);

  private final MidDyadYearReader reader = new MidDyadYearReader(CowCodes.bundled());

  /** The bundled file's data lines, split on commas, read without Entente's reader. */
  static List<String[]> rawRows() throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("conflict/" + FILE)))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo(HEADER);
      return Arrays.stream(lines).skip(1).map(l -> l.split(",")).toList();
    }
  }

  private static SourceFile bundled() {
    // under its own name, as the bundled load gives it
    return new SourceFile(FILE, SourceFile.of(Fixtures.bundled("conflict/" + FILE)).bytes());
  }

  @Test
  void readsEveryRowButThoseOfStatesWithoutAnIsoCode() throws IOException {
    List<String[]> raw = rawRows();
    assertThat(raw).hasSize(6_374);
    Map<String, Long> expected = new TreeMap<>();
    for (String[] r : raw) {
      int c1 = Integer.parseInt(r[1]);
      int c2 = Integer.parseInt(r[2]);
      // The reader names the first column without an actor.
      int named = NO_ISO.contains(c1) ? c1 : NO_ISO.contains(c2) ? c2 : 0;
      if (named != 0) {
        expected.merge(Integer.toString(named), 1L, Long::sum);
      }
    }
    assertThat(expected).containsExactly(Map.entry("347", 4L), Map.entry("817", 82L));

    Rejects rejects = new Rejects();
    List<MidDyadYear> rows = reader.read(bundled(), rejects, Progress.NONE);
    assertThat(rows).hasSize(6_374 - 86);
    Map<String, Long> byCode =
        rejects.all().stream()
            .collect(Collectors.groupingBy(Reject::value, TreeMap::new, Collectors.counting()));
    assertThat(byCode).isEqualTo(expected);
    assertThat(rejects.all())
        .allSatisfy(r -> assertThat(r.problem()).contains("has no ISO-3 code"));
  }

  /** Kargil: the raw line, read here by hand, and the row the reader makes of it. */
  @Test
  void aRowIsWhatItsLineSays() throws IOException {
    List<String[]> raw = rawRows();
    // data line 5504 is file line 5505 (the header is line 1)
    assertThat(String.join(",", raw.get(5504 - 1)))
        .isEqualTo("4223,750,770,1999,1,1,1,0,17,17,4,4,2,4,1,7,469,469");
    MidDyadYear row =
        reader.read(bundled(), new Rejects(), Progress.NONE).stream()
            .filter(r -> r.line() == 5505)
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .isEqualTo(
            new MidDyadYear(
                "IND", "PAK", 1999, 4223, 750, 770, true, true, true, false, 17, 17, 4, 4, 2, 4,
                true, 7, 469, 469, FILE, 5505));
    assertThat(row.citation())
        .isEqualTo("MID 5.0 " + FILE + " line 5505: dispute 4223, COW 750 (IND) – 770 (PAK), 1999");
  }

  /** The file has both directions of every dispute-year, the paired columns swapped. */
  @Test
  void everyRowHasItsMirror() throws IOException {
    Set<String> lines =
        rawRows().stream().map(r -> String.join(",", r)).collect(Collectors.toSet());
    for (String[] r : rawRows()) {
      String mirror =
          String.join(
              ",", r[0], r[2], r[1], r[3], r[4], r[5], r[7], r[6], r[9], r[8], r[11], r[10], r[12],
              r[13], r[14], r[15], r[16], r[17]);
      assertThat(lines).contains(mirror);
    }
  }

  @Test
  void badValuesAreRejectsNamingLineColumnValueAndWhatWasExpected() {
    String text =
        HEADER
            + "\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,4,2,4,1,7,469,469\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,4,2,4,1,7,469,469\n"
            + "4223,750,770,1999,1,1,1,0,24,17,4,4,2,4,1,7,469,469\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,4,-5,4,1,7,469,469\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,6,2,4,1,7,469,469\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,4,2,4,1,13,469,469\n"
            + "4223,750,770,1999,1,1,1,0,17,17,4,4,2,4,1,7,469,400\n"
            + "4223,750,770,1999,1,1,yes,0,17,17,4,4,2,4,1,7,469,469\n"
            + "4223,750,770,1815,1,1,1,0,17,17,4,4,2,4,1,7,469,469\n"
            + "4223,750,999,1999,1,1,1,0,17,17,4,4,2,4,1,7,469,469\n"
            + "9,260,255,1990,1,1,1,0,17,17,4,4,2,4,1,7,469,469\n"
            + "0,750,770,1999,1,1,1,0,17,17,4,4,-9,4,1,7,469,469\n"
            + "4224,750,770,1999,1,1,1,0,17,17,4,4,-9,4,1,7,469,469\n";
    Rejects rejects = new Rejects();
    List<MidDyadYear> rows =
        reader.read(
            new SourceFile("typed.csv", text.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rows).extracting(MidDyadYear::line).containsExactly(2L, 14L);
    assertThat(rows.get(1).fatality()).isEqualTo(MidDyadYear.FATALITY_UNKNOWN);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "typed.csv:3: column year: '1999': dispute 4223, COW 750 → 770 in 1999 appears twice"
                + " in this file",
            "typed.csv:4: column hiact1: '24': expected a highest action from 0 to 23",
            "typed.csv:5: column fatality: '-5': expected a fatality level from 0 to 6, or -9"
                + " (unknown)",
            "typed.csv:6: column hostlev2: '6': expected a hostility level from 1 to 5",
            "typed.csv:7: column stmon: '13': expected a month from 1 to 12",
            "typed.csv:8: column maxdur: '400': expected a duration in days, at least mindur",
            "typed.csv:9: column sidea1: 'yes': expected 1 or 0",
            "typed.csv:10: column year: '1815': expected a year from 1816 to 2100",
            "typed.csv:11: column ccode2: '999': COW code 999 is not in cow-country-codes.csv;"
                + " expected a COW state code listed there (year 1999)",
            "typed.csv:12: column ccode2: '255': COW 260 and 255 are one actor (DEU) in 1990",
            "typed.csv:13: column dispnum: '0': expected a dispute number (a positive whole"
                + " number)");
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() {
    SourceFile atop = Fixtures.file("atop/atop_ddyr_extract.csv");
    assertThatThrownBy(() -> reader.read(atop, new Rejects(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header lacks column(s) [dispnum");
  }
}
