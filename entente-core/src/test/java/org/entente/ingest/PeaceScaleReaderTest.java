package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.PeaceYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Peace Scale fixture read whole, and bad rows rejected with their line. */
class PeaceScaleReaderTest {

  private final PeaceScaleReader reader = new PeaceScaleReader(CountryCodes.bundled());

  @Test
  void readsEveryDyadYearOfTheFixtureAndRejectsThoseWithoutACode() {
    Rejects rejects = new Rejects();
    List<PeaceYear> years =
        reader.read(
            Fixtures.file("validation/peace-scale-v3-dev-dyads.csv.gz"), rejects, Progress.NONE);

    // 26,985 rows (zcat | wc -l, less the header); 21 have an empty first code (awk -F, '$1==""').
    assertThat(years).hasSize(26_985 - 21);
    assertThat(rejects.all())
        .hasSize(21)
        .allSatisfy(r -> assertThat(r.column()).isEqualTo("a"))
        .allSatisfy(r -> assertThat(r.value()).isEmpty());
    assertThat(years).allMatch(y -> y.year() >= 1992 && y.year() <= 2020);
    // As the file has them (zcat | grep): USA–GBR warm peace, RUS–USA lesser rivalry, KOR–PRK
    // severe rivalry in 2015.
    assertThat(find(years, "GBR", "USA", 2015).peace()).isEqualTo(0.75);
    assertThat(find(years, "RUS", "USA", 2015).peace()).isEqualTo(0.25);
    assertThat(find(years, "KOR", "PRK", 2015).peace()).isEqualTo(0.0);
    assertThat(find(years, "KOR", "PRK", 2015).line()).isPositive();
  }

  @Test
  void badRowsAreRejectedWithTheirLineAndTheRestRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("peace.csv");
    Files.writeString(
        file,
        """
        a,b,year,peace
        USA,GBR,2001,1
        XXX,GBR,2001,1
        FRA,DEU,19x1,1
        FRA,ITA,2001,1.5
        FRA,FRA,2001,0.5
        GBR,USA,2001,1
        """);
    Rejects rejects = new Rejects();

    List<PeaceYear> years = reader.read(SourceFile.of(file), rejects, Progress.NONE);

    assertThat(years)
        .containsExactly(new PeaceYear("GBR", "USA", 2001, 1, SourceFile.of(file).name(), 2));
    assertThat(rejects.all())
        .extracting(r -> r.line() + " " + r.column() + " " + r.value())
        .containsExactly(
            "3 a XXX", "4 year 19x1", "5 peace 1.5", "6 b FRA", "7 year 2001" /* twice */);
  }

  private static PeaceYear find(List<PeaceYear> years, String a, String b, int year) {
    return years.stream()
        .filter(y -> y.a().equals(a) && y.b().equals(b) && y.year() == year)
        .findFirst()
        .orElseThrow();
  }
}
