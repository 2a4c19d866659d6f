package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.code.CountryCodes;
import org.entente.domain.CountRow;
import org.junit.jupiter.api.Test;

/**
 * The whole ICEWS dyad-year file from the project's shared data (never bundled: ICEWS's terms);
 * skipped where that file is absent.
 */
class IcewsDyadYearReaderIT {

  private static final Path FILE =
      Path.of(
          "..",
          "..",
          "shared",
          "data",
          "events",
          "aggregates",
          "icews-netify",
          "icews_netify_all_dyad_year_2002_2014.csv.gz");

  @Test
  void readsEveryRowOfTheSharedFileAsCounts() {
    assumeTrue(Files.isRegularFile(FILE), "no shared ICEWS file at " + FILE.toAbsolutePath());
    Rejects rejects = new Rejects();
    List<CountRow> rows =
        new IcewsDyadYearReader(CountryCodes.bundled())
            .read(SourceFile.of(FILE), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(rows).hasSize(298_376);
    assertThat(rows).allMatch(r -> r.year() >= 2002 && r.year() <= 2014);
    assertThat(rows)
        .filteredOn(r -> r.source().equals("PRK") && r.target().equals("KOR"))
        .hasSize(13)
        .allMatch(r -> r.verbConf() + r.matlConf() > 0);
  }
}
