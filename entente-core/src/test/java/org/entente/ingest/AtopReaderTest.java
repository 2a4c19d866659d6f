package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Obligations;
import org.junit.jupiter.api.Test;

class AtopReaderTest {

  /** A fixture under its own name, as a user would give it. */
  private static SourceFile fixture(String relative) {
    SourceFile file = Fixtures.file(relative);
    return new SourceFile(relative.substring(relative.lastIndexOf('/') + 1), file.bytes());
  }

  private final AtopReader reader = new AtopReader(CowCodes.bundled());

  @Test
  void readsEveryRowWithItsLineAndRejectsStatesWithoutIsoCodes() {
    Rejects rejects = new Rejects();
    List<AtopRow> rows = reader.read(fixture("atop/atop_ddyr_extract.csv"), rejects, Progress.NONE);
    // 713 rows: two of Bavaria (1850-51) and one of the Republic of Vietnam have no ISO-3 actor.
    assertThat(rows).hasSize(710);
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column, Reject::value)
        .containsExactly(
            tuple(169L, "ccode1", "245"),
            tuple(170L, "ccode1", "245"),
            tuple(714L, "ccode1", "817"));
    assertThat(rejects.all().get(0).describe())
        .startsWith(
            "atop_ddyr_extract.csv:169: column ccode1: '245': COW 245 (Bavaria) has no ISO-3 code");
    assertThat(rejects.all().get(0).record()).isEqualTo("245,255,1850,1,0,0,1,1");
  }

  /** A row checked by hand against the raw text of the file, read here without the reader. */
  @Test
  void aRowIsWhatItsLineSays() {
    SourceFile file = fixture("atop/atop_ddyr_extract.csv");
    List<String> lines = List.of(new String(file.bytes(), StandardCharsets.UTF_8).split("\n"));
    List<AtopRow> rows = reader.read(file, new Rejects(), Progress.NONE);
    // Fixture line 247 is the original's line 143240 (README): "365,731,1961,1,0,0,1,0".
    assertThat(lines.get(247 - 1)).isEqualTo("365,731,1961,1,0,0,1,0");
    AtopRow row = rows.stream().filter(r -> r.line() == 247).findFirst().orElseThrow();
    assertThat(row)
        .isEqualTo(
            new AtopRow(
                "RUS",
                "PRK",
                1961,
                365,
                731,
                new Obligations(true, false, false, true, false),
                "atop_ddyr_extract.csv",
                247));
    assertThat(row.citation())
        .isEqualTo("ATOP 5.1 atop_ddyr_extract.csv line 247: COW 365 (RUS) → 731 (PRK), 1961");
  }

  @Test
  void bothGermaniesOf1990AreGermany() {
    List<AtopRow> rows =
        reader.read(fixture("atop/atop_ddyr_extract.csv"), new Rejects(), Progress.NONE);
    assertThat(rows.subList(0, 2))
        .extracting(AtopRow::a, AtopRow::b, AtopRow::ccode2, AtopRow::year)
        .containsExactly(tuple("USA", "DEU", 255, 1990), tuple("USA", "DEU", 260, 1990));
  }

  @Test
  void aCodeWithoutIsoAndAnUnknownCodeAreRejectsNamingFileLineColumnValue() {
    Rejects rejects = new Rejects();
    List<AtopRow> rows =
        reader.read(fixture("atop/atop_ddyr_bad_codes.csv"), rejects, Progress.NONE);
    assertThat(rows).extracting(AtopRow::line).containsExactly(2L, 3L, 6L);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "atop_ddyr_bad_codes.csv:4: column ccode1: '245': COW 245 (Bavaria) has no ISO-3 code"
                + " in cow-country-codes.csv: ceased 1871, before ISO 3166: no code (year 1850)",
            "atop_ddyr_bad_codes.csv:5: column ccode1: '999': COW code 999 is not in"
                + " cow-country-codes.csv; expected a COW state code listed there (year 1963)");
  }

  @Test
  void badValuesAreRejectsToo() {
    String text =
        "\"ccode1\",\"ccode2\",\"year\",\"atop_defense\",\"atop_offense\",\"atop_neutral\","
            + "\"atop_nonagg\",\"atop_consul\"\n"
            + "710,731,1961,1,0,0,1,0\n"
            + "710,731,1962,yes,0,0,1,0\n"
            + "710,731,61,1,0,0,1,0\n"
            + "710,731,1961,1,0,0,1,0\n"
            + "260,255,1990,1,0,0,1,0\n";
    Rejects rejects = new Rejects();
    List<AtopRow> rows =
        reader.read(
            new SourceFile("typed.csv", text.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rows).hasSize(1);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "typed.csv:3: column atop_defense: 'yes': expected 1 or 0",
            "typed.csv:4: column year: '61': expected a year from 1815 to 2100",
            "typed.csv:5: column year: '1961': COW 710 → 731 in 1961 appears twice in this file",
            "typed.csv:6: column ccode2: '255': COW 260 and 255 are one actor (DEU) in 1990");
  }

  @Test
  void aFileCutOffIsRefusedNamingItsLastGoodLine() {
    assertThatThrownBy(
            () ->
                reader.read(fixture("atop/atop_ddyr_truncated.csv"), new Rejects(), Progress.NONE))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("atop_ddyr_truncated.csv: cannot be read to its end")
        .hasMessageContaining("last good line 201");
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() {
    SourceFile votes = fixture("unvotes/votes_s74.csv");
    assertThatThrownBy(() -> reader.read(votes, new Rejects(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header lacks column(s) [ccode1, ccode2, year, atop_defense");
  }
}
