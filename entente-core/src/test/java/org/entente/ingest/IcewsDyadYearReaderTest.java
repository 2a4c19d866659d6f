package org.entente.ingest;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.CountRow;
import org.junit.jupiter.api.Test;

/**
 * ICEWS dyad-year QuadClass counts (a test-only fixture, never bundled: ICEWS's terms) read as
 * counts, each against its raw line.
 */
class IcewsDyadYearReaderTest {

  private static final String FIXTURE = "icews-netify/icews_dyad_year_extract.csv";

  private final IcewsDyadYearReader reader = new IcewsDyadYearReader(CountryCodes.bundled());

  private List<CountRow> rows(Rejects rejects) {
    return reader.read(Fixtures.file(FIXTURE), rejects, Progress.NONE);
  }

  @Test
  void readsEveryRowAsDirectedCountsEqualToItsLine() throws IOException {
    Rejects rejects = new Rejects();
    List<CountRow> rows = rows(rejects);
    assertThat(rejects.all()).isEmpty();
    String[] lines =
        Files.readString(Fixtures.path(FIXTURE), StandardCharsets.UTF_8).split("\r?\n");
    assertThat(rows).hasSize(lines.length - 1).hasSize(78);
    for (CountRow r : rows) {
      String[] f = lines[(int) r.line() - 1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].replace("\"", "");
      }
      assertThat(r.source()).isEqualTo(f[0]);
      assertThat(r.target()).isEqualTo(f[1]);
      assertThat(r.year()).isEqualTo(Integer.parseInt(f[4]));
      assertThat(new long[] {r.verbCoop(), r.matlCoop(), r.verbConf(), r.matlConf()})
          .containsExactly(
              Long.parseLong(f[5]),
              Long.parseLong(f[6]),
              Long.parseLong(f[7]),
              Long.parseLong(f[8]));
    }
  }

  @Test
  void indiaAndPakistanHaveMaterialConflictAndTheUsAndBritainCooperate() {
    List<CountRow> rows = rows(new Rejects());
    CountRow indPak2002 =
        rows.stream()
            .filter(r -> r.source().equals("IND") && r.target().equals("PAK") && r.year() == 2002)
            .findFirst()
            .orElseThrow();
    assertThat(indPak2002.matlConf()).isEqualTo(1040);
    assertThat(rows)
        .filteredOn(r -> r.source().equals("IND") && r.target().equals("PAK"))
        .allMatch(r -> r.matlConf() > 0);
    assertThat(rows)
        .filteredOn(r -> r.source().equals("USA") && r.target().equals("GBR"))
        .hasSize(13)
        .allMatch(r -> r.verbCoop() + r.matlCoop() > r.verbConf() + r.matlConf());
  }

  /**
   * Counted from the file with Python's csv module, not with the reader: six directed pairs, each
   * in every year 2002–2014; North Korea in conflict with the South every year, its material
   * conflict 4,080 in all and highest in 2010 (1,845: the Cheonan sinking, the Yeonpyeong
   * shelling); the South's material conflict towards the North 1,440 in all.
   */
  @Test
  void sixPairsInEveryYearAndTheKoreasInConflict() {
    List<CountRow> rows = rows(new Rejects());
    Map<Integer, Long> perYear =
        rows.stream().collect(groupingBy(CountRow::year, TreeMap::new, counting()));
    assertThat(perYear.keySet())
        .containsExactlyElementsOf(IntStream.rangeClosed(2002, 2014).boxed().toList());
    assertThat(perYear.values()).containsOnly(6L);
    assertThat(rows.stream().collect(groupingBy(r -> r.source() + ">" + r.target(), counting())))
        .containsOnly(
            entry("IND>PAK", 13L),
            entry("PAK>IND", 13L),
            entry("USA>GBR", 13L),
            entry("GBR>USA", 13L),
            entry("KOR>PRK", 13L),
            entry("PRK>KOR", 13L));
    List<CountRow> northToSouth =
        rows.stream().filter(r -> r.source().equals("PRK") && r.target().equals("KOR")).toList();
    assertThat(northToSouth).allMatch(r -> r.verbConf() + r.matlConf() > 0);
    assertThat(northToSouth.stream().mapToLong(CountRow::matlConf).sum()).isEqualTo(4_080);
    assertThat(
            northToSouth.stream().max(Comparator.comparingLong(CountRow::matlConf)).orElseThrow())
        .extracting(CountRow::year, CountRow::matlConf)
        .containsExactly(2010, 1_845L);
    assertThat(
            rows.stream()
                .filter(r -> r.source().equals("KOR") && r.target().equals("PRK"))
                .mapToLong(CountRow::matlConf)
                .sum())
        .isEqualTo(1_440);
  }

  @Test
  void rejectsAnUnknownStateAndANegativeCount() {
    String file =
        "\"source_iso3\",\"target_iso3\",\"i\",\"j\",\"year\",\"verbCoop\",\"matlCoop\","
            + "\"verbConf\",\"matlConf\"\n"
            + "\"IND\",\"PAK\",\"India\",\"Pakistan\",2002,2453,73,2338,1040\n"
            + "\"IND\",\"XXX\",\"India\",\"Nowhere\",2002,1,1,1,1\n"
            + "\"USA\",\"GBR\",\"US\",\"UK\",2002,1,-1,1,1\n";
    Rejects rejects = new Rejects();
    List<CountRow> rows =
        reader.read(
            new SourceFile("bad.csv", file.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rows).hasSize(1);
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column, Reject::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "target_iso3", "XXX"),
            org.assertj.core.groups.Tuple.tuple(4L, "matlcoop", "-1"));
  }
}
