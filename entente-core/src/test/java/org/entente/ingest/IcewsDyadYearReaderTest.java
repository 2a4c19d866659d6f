package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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
