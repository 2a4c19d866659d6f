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
import org.entente.domain.Rivalry;
import org.junit.jupiter.api.Test;

class RivalryReaderTest {

  static final String FILE = "tss-rivalries-2020.csv.gz";

  static final String HEADER =
      "\"tssr_id\",\"rivalry\",\"ccode1\",\"ccode2\",\"start\",\"end\",\"positional\","
          + "\"spatial\",\"ideological\",\"interventionary\",\"principal\",\"aprin\"";

  /**
   * COW codes of the bundled file that have no ISO-3 code (data/validation/README.md):
   * Austria-Hungary, Venice (not a COW code at all), Kosovo, the Republic of Vietnam.
   */
  private static final Set<Integer> NO_ISO = Set.of(300, 324, 347, 817);

  private final RivalryReader reader = new RivalryReader(CowCodes.bundled());

  /**
   * The bundled file's data lines, read without Entente's reader: the name is the only quoted field
   * and has no comma, so the fields after it split on commas.
   */
  static List<String[]> rawRows() throws IOException {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("validation/" + FILE)))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertThat(lines[0]).isEqualTo(HEADER);
      return Arrays.stream(lines).skip(1).map(l -> l.split(",")).toList();
    }
  }

  private static SourceFile bundled() {
    // under its own name, as the bundled load gives it
    return new SourceFile(FILE, SourceFile.of(Fixtures.bundled("validation/" + FILE)).bytes());
  }

  @Test
  void readsEveryRivalryButThoseOfStatesWithoutAnIsoCode() throws IOException {
    List<String[]> raw = rawRows();
    assertThat(raw).hasSize(264).allSatisfy(r -> assertThat(r).hasSize(12));
    Map<String, Long> expected = new TreeMap<>();
    for (String[] r : raw) {
      int c1 = Integer.parseInt(r[2]);
      int c2 = Integer.parseInt(r[3]);
      // The reader names the first column without an actor.
      int named = NO_ISO.contains(c1) ? c1 : NO_ISO.contains(c2) ? c2 : 0;
      if (named != 0) {
        expected.merge(Integer.toString(named), 1L, Long::sum);
      }
    }
    assertThat(expected)
        .containsExactly(
            Map.entry("300", 5L), Map.entry("324", 2L), Map.entry("347", 1L), Map.entry("817", 2L));

    Rejects rejects = new Rejects();
    List<Rivalry> rivalries = reader.read(bundled(), rejects, Progress.NONE);
    assertThat(rivalries).hasSize(264 - 10);
    Map<String, Long> byCode =
        rejects.all().stream()
            .collect(Collectors.groupingBy(Reject::value, TreeMap::new, Collectors.counting()));
    assertThat(byCode).isEqualTo(expected);
    assertThat(rejects.all())
        .allSatisfy(r -> assertThat(r.file()).isEqualTo(FILE))
        .allSatisfy(r -> assertThat(r.column()).isIn("ccode1", "ccode2"))
        .allSatisfy(r -> assertThat(r.problem()).containsAnyOf("has no ISO-3 code", "is not in"));

    // Each rivalry read is its raw line: number, years and elements (1 → true, NA → false).
    Map<Long, String[]> byLine = new TreeMap<>();
    for (int i = 0; i < raw.size(); i++) {
      byLine.put(i + 2L, raw.get(i));
    }
    for (Rivalry r : rivalries) {
      String[] line = byLine.get(r.line());
      assertThat(r.id()).isEqualTo(Integer.parseInt(line[0]));
      assertThat('"' + r.name() + '"').isEqualTo(line[1]);
      assertThat(r.start()).isEqualTo(Integer.parseInt(line[4]));
      assertThat(r.end()).isEqualTo(Integer.parseInt(line[5]));
      assertThat(List.of(r.positional(), r.spatial(), r.ideological(), r.interventionary()))
          .isEqualTo(
              List.of(
                  line[6].equals("1"),
                  line[7].equals("1"),
                  line[8].equals("1"),
                  line[9].equals("1")));
    }
    // 56 run in 2020, as the README says; Kosovo–Serbia is one of them and is rejected.
    assertThat(raw.stream().filter(r -> r[5].equals("2020"))).hasSize(56);
    assertThat(rivalries.stream().filter(r -> r.covers(2020))).hasSize(55);
  }

  /** China–United States 2: COW 2 (USA) first in the file, stored CHN–USA; positional only. */
  @Test
  void chinaAndTheUnitedStatesArePositionalRivalsFrom1996() throws IOException {
    assertThat(String.join(",", rawRows().get(211 - 1)))
        .isEqualTo("211,\"China-United States 2\",2,710,1996,2020,1,NA,NA,NA,1,NA");
    List<Rivalry> rivalries = reader.read(bundled(), new Rejects(), Progress.NONE);
    assertThat(rivalries.stream().filter(r -> r.a().equals("CHN") && r.b().equals("USA")))
        .containsExactly(
            new Rivalry(
                "CHN",
                "USA",
                116,
                "China-United States 1",
                1949,
                1972,
                true,
                false,
                true,
                false,
                FILE,
                117),
            new Rivalry(
                "CHN",
                "USA",
                211,
                "China-United States 2",
                1996,
                2020,
                true,
                false,
                false,
                false,
                FILE,
                212));
    assertThat(rivalries.get(rivalries.size() - 1).citation()).startsWith("TSS rivalry ");
  }

  /** COW 345 is resolved in the rivalry's last year: Yugoslavia to 2002, Serbia from 2006. */
  @Test
  void aStateThatChangedIsTheOneOfTheRivalrysLastYear() {
    List<Rivalry> rivalries = reader.read(bundled(), new Rejects(), Progress.NONE);
    assertThat(rivalries.stream().filter(r -> r.name().equals("Bosnia-Serbia")))
        .singleElement()
        .satisfies(r -> assertThat(List.of(r.a(), r.b())).containsExactly("BIH", "SRB"));
    assertThat(rivalries.stream().filter(r -> r.name().equals("Croatia-Serbia")))
        .singleElement()
        .satisfies(r -> assertThat(List.of(r.a(), r.b())).containsExactly("HRV", "YUG"));
  }

  @Test
  void badValuesAreRejectsNamingFileLineColumnValueAndWhatWasExpected() {
    String text =
        HEADER
            + "\n"
            + "211,\"China-United States 2\",2,710,1996,2020,1,NA,NA,NA,1,NA\n"
            + "211,\"China-United States 2\",2,710,1996,2020,1,NA,NA,NA,1,NA\n"
            + "5,\"A-B\",2,710,1996,2020,yes,NA,NA,NA,NA,NA\n"
            + "6,\"A-B\",2,710,1996,1990,1,NA,NA,NA,NA,NA\n"
            + "7,\"A-B\",2,999,1996,2020,1,NA,NA,NA,NA,NA\n"
            + "8,\"Austria (Hungary)-France\",300,220,1816,1918,1,1,NA,NA,NA,NA\n"
            + "9,\"\",2,710,1996,2020,1,NA,NA,NA,NA,NA\n"
            + "10,\"A-B\",260,255,1990,1990,1,NA,NA,NA,NA,NA\n"
            + "0,\"A-B\",2,710,1996,2020,1,NA,NA,NA,NA,NA\n"
            + "12,\"A-B\",2,710,19x6,2020,1,NA,NA,NA,NA,NA\n"
            + "13,\"India-Pakistan\",750,770,1947,2020,1,1,0,NA,NA,NA\n";
    Rejects rejects = new Rejects();
    List<Rivalry> rivalries =
        reader.read(
            new SourceFile("typed.csv", text.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rivalries).extracting(Rivalry::line).containsExactly(2L, 12L);
    assertThat(rivalries.get(1))
        .isEqualTo(
            new Rivalry(
                "IND",
                "PAK",
                13,
                "India-Pakistan",
                1947,
                2020,
                true,
                true,
                false,
                false,
                "typed.csv",
                12));
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "typed.csv:3: column tssr_id: '211': rivalry 211 appears twice in this file",
            "typed.csv:4: column positional: 'yes': expected 1, or NA where the rivalry lacks"
                + " this element",
            "typed.csv:5: column end: '1990': expected a year from the rivalry's start (1996) to"
                + " 2100",
            "typed.csv:6: column ccode2: '999': COW code 999 is not in cow-country-codes.csv;"
                + " expected a COW state code listed there (year 2020)",
            "typed.csv:7: column ccode1: '300': "
                + CowCodes.bundled().unresolved(300, 1918)
                + " (year 1918)",
            "typed.csv:8: column rivalry: '': expected the rivalry's name",
            "typed.csv:9: column ccode2: '255': COW 260 and 255 are one actor (DEU) in 1990",
            "typed.csv:10: column tssr_id: '0': expected a rivalry number (a positive whole"
                + " number)",
            "typed.csv:11: column start: '19x6': expected a year from 1400 to 2100");
    assertThat(rejects.all().get(4).problem()).contains("COW 300 (Austria-Hungary) has no ISO-3");
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() {
    SourceFile mid = Fixtures.file("atop/atop_ddyr_extract.csv");
    assertThatThrownBy(() -> reader.read(mid, new Rejects(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header lacks column(s) [tssr_id");
  }
}
