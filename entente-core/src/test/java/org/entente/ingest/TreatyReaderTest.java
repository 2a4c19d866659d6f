package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.PartialDate;
import org.entente.domain.TreatyRecord;
import org.junit.jupiter.api.Test;

class TreatyReaderTest {

  /** A fixture under its own name, as a user would give it. */
  private static SourceFile fixture(String relative) {
    SourceFile file = Fixtures.file(relative);
    return new SourceFile(relative.substring(relative.lastIndexOf('/') + 1), file.bytes());
  }

  private final TreatyReader reader = new TreatyReader(CountryCodes.bundled());

  @Test
  void theBundledRecordsReadWithoutRejectsEachWithACitation() {
    Rejects rejects = new Rejects();
    List<TreatyRecord> records =
        reader.read(
            SourceFile.of(Fixtures.bundled("treaties/treaties.csv")), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(records)
        .extracting(TreatyRecord::id)
        .containsExactly(
            "chn-prk-1961",
            "rus-prk-1961",
            "rus-prk-2000",
            "rus-prk-2024",
            "usa-jpn-1960",
            "usa-kor-1953",
            "chn-rus-2001",
            "blr-rus-2024",
            "aze-tur-2021",
            "pak-sau-2025",
            "irn-rus-2025");
    for (TreatyRecord r : records) {
      assertThat(r.source()).as(r.id()).contains("http");
      assertThat(r.note()).as(r.id()).isNotBlank();
    }
    TreatyRecord chnPrk = records.get(0);
    assertThat(chnPrk.parties()).containsExactly("CHN", "PRK");
    assertThat(chnPrk.signed()).isEqualTo(PartialDate.parse("1961-07-11"));
    assertThat(chnPrk.inForce()).isEqualTo(PartialDate.parse("1961-09-10"));
    assertThat(chnPrk.ended()).isNull();
    assertThat(chnPrk.provisions()).hasToString("defense;nonagg");
    assertThat(chnPrk.line()).isEqualTo(2);
    TreatyRecord rusPrk2000 = records.get(2);
    assertThat(rusPrk2000.inForce().precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(rusPrk2000.ended()).isEqualTo(PartialDate.parse("2024-12-04"));
    assertThat(rusPrk2000.provisions()).hasToString("consul");
  }

  @Test
  void oddDatesAndOtherMistakesAreRejectsNamingFileLineColumnValue() {
    Rejects rejects = new Rejects();
    List<TreatyRecord> records =
        reader.read(fixture("treaties/treaties_bad.csv"), rejects, Progress.NONE);
    assertThat(records).extracting(TreatyRecord::line).containsExactly(6L);
    assertThat(rejects.all())
        .extracting(Reject::file, Reject::line, Reject::column, Reject::value)
        .containsExactly(
            tuple("treaties_bad.csv", 2L, "signed", "11/07/1961"),
            tuple("treaties_bad.csv", 3L, "in_force", "1961-9-10"),
            tuple("treaties_bad.csv", 4L, "ended", "Dec 2024"),
            tuple("treaties_bad.csv", 5L, "in_force", "1960-02-30"),
            tuple("treaties_bad.csv", 7L, "parties", "SUN"),
            tuple("treaties_bad.csv", 8L, "source", ""),
            tuple("treaties_bad.csv", 9L, "id", "usa-kor-1953"),
            tuple("treaties_bad.csv", 10L, "in_force", "2024-01-01"),
            tuple("treaties_bad.csv", 11L, "defense", "yes"));
    assertThat(rejects.all().get(0).describe())
        .isEqualTo(
            "treaties_bad.csv:2: column signed: '11/07/1961': expected a date as YYYY, YYYY-MM or"
                + " YYYY-MM-DD ('11/07/1961' is not YYYY, YYYY-MM or YYYY-MM-DD)");
    assertThat(rejects.all().get(3).problem()).contains("no such day");
    assertThat(rejects.all().get(5).problem())
        .isEqualTo("every record needs a citation of its source");
    assertThat(rejects.all().get(7).problem())
        .startsWith("in force before it was signed (2024-12-06)");
    assertThat(rejects.all().get(0).record()).startsWith("chn-prk-1961,\"Treaty of Friendship");
  }
}
