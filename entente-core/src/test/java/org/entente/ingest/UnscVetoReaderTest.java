package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.PermanentMembers;
import org.entente.domain.Veto;
import org.junit.jupiter.api.Test;

class UnscVetoReaderTest {

  private final UnscVetoReader reader = new UnscVetoReader(PermanentMembers.bundled());
  private final Rejects rejects = new Rejects();

  private List<Veto> read(String fixture) {
    return reader.read(Fixtures.file("unsc-vetoes/" + fixture), rejects, Progress.NONE);
  }

  @Test
  void readsYordansListWithIsoDatesAndMembers() {
    List<Veto> vetoes = read("vetoes-1946-2022-sample.csv");
    assertThat(rejects.all()).isEmpty();
    assertThat(vetoes).hasSize(10);
    Veto first = vetoes.get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(1946, 2, 16));
    assertThat(first.draft()).isEqualTo("S/PV.23");
    assertThat(first.members()).containsExactly("RUS");
    assertThat(first.topic()).isEqualTo("Lebanon");
    assertThat(first.source().file()).endsWith("vetoes-1946-2022-sample.csv");
    assertThat(first.source().line()).isEqualTo(2);
    assertThat(first.source().citation()).isEmpty();
    // Two vetoes at one meeting have identical rows: both are read.
    assertThat(vetoes.stream().filter(v -> v.date().equals(LocalDate.of(1946, 6, 26)))).hasSize(3);
  }

  @Test
  void chinaIsThePeoplesRepublicAfter1971AndMembersAreSorted() {
    List<Veto> vetoes = read("vetoes-1946-2022-sample.csv");
    assertThat(vetoes.get(4).date()).isEqualTo(LocalDate.of(1972, 8, 25));
    assertThat(vetoes.get(4).members()).containsExactly("CHN");
    // "Russia,China" in the source.
    Veto syria = vetoes.get(6);
    assertThat(syria.date()).isEqualTo(LocalDate.of(2020, 7, 7));
    assertThat(syria.members()).containsExactly("CHN", "RUS");
  }

  @Test
  void aMeetingRecordOnTwoLinesBecomesOneLineAndKeepsItsStartingLine() {
    Veto syria = read("vetoes-1946-2022-sample.csv").get(6);
    assertThat(syria.meetingRecord()).isEqualTo("S/2020/661; S/2020/657");
    assertThat(syria.source().line()).isEqualTo(8);
    Veto last = read("vetoes-1946-2022-sample.csv").get(9);
    assertThat(last.date()).isEqualTo(LocalDate.of(2022, 7, 8));
    assertThat(last.source().line()).isEqualTo(13);
  }

  @Test
  void badRowsAreRejectedWithFileLineColumnAndValue() {
    List<Veto> vetoes = read("vetoes-1946-2022-bad.csv");
    assertThat(vetoes).extracting(Veto::date).first().isEqualTo(LocalDate.of(2020, 7, 7));
    assertThat(vetoes).hasSize(4);
    List<Reject> all = rejects.all();
    assertThat(all).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(all)
        .extracting(Reject::column)
        .containsExactly("date", "member_veto1", "member_veto1", "year", "member_veto1", "");
    assertThat(all.get(0).describe())
        .endsWith(
            "vetoes-1946-2022-bad.csv:2: column date: '16/2/1946': expected a date as M/D/YYYY"
                + " (month/day/year, e.g. 2/16/1946)");
    assertThat(all.get(1).value()).isEqualTo("Soviet Union");
    assertThat(all.get(1).problem())
        .contains("not a permanent member's name on 1946-06-26", "USSR, China, USA, UK, France");
    assertThat(all.get(2).value()).isEqualTo("Russia");
    assertThat(all.get(3).problem()).isEqualTo("the date 6/26/1946 is in 1946");
    assertThat(all.get(4).problem()).contains("no vetoing member");
    assertThat(all.get(5).value()).isEqualTo("5 fields");
    assertThat(all.get(5).record()).startsWith("2007,1/12/2007");
  }

  @Test
  void aFileCutInsideAQuotedFieldIsRefused() {
    assertThatThrownBy(() -> read("vetoes-1946-2022-truncated.csv"))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("vetoes-1946-2022-truncated.csv: cannot be read to its end")
        .hasMessageContaining("never closed")
        .hasMessageContaining("last good line 7");
  }

  @Test
  void readsTheAdditionsWithTheirCitations() {
    List<Veto> vetoes = read("vetoes-2022-2025-sample.csv");
    assertThat(rejects.all()).isEmpty();
    assertThat(vetoes)
        .extracting(Veto::draft)
        .containsExactly("S/2022/720", "S/2023/792", "S/2024/255");
    assertThat(vetoes.get(1).members()).containsExactly("CHN", "RUS");
    assertThat(vetoes.get(2).meetingRecord()).isEqualTo("S/PV.9591");
    assertThat(vetoes)
        .allSatisfy(v -> assertThat(v.source().citation()).contains("https://press.un.org/"));
    assertThat(vetoes.get(2).source().describe())
        .contains("vetoes-2022-2025-sample.csv:4; UN press release SC/15648");
  }

  @Test
  void badAdditionsAreRejectedOneByOne() {
    List<Veto> vetoes = read("vetoes-2022-2025-bad.csv");
    assertThat(vetoes).isEmpty();
    List<Reject> all = rejects.all();
    assertThat(all).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(all)
        .extracting(Reject::column)
        .containsExactly("date", "members", "date", "citation", "members");
    assertThat(all)
        .extracting(Reject::value)
        .containsExactly("30/09/2022", "SUN", "2024-3-28", "", "JPN");
    assertThat(all.get(0).problem()).isEqualTo("expected a date as YYYY-MM-DD");
    assertThat(all.get(1).problem())
        .isEqualTo(
            "not a permanent member on 2023-10-25: expected ISO-3 codes among RUS, CHN, USA,"
                + " GBR, FRA, separated by ;");
    assertThat(all.get(3).problem()).contains("needs a citation");
  }

  @Test
  void oneDraftWithTwoDifferentVetoersInOneFileIsRejected() {
    SourceFile file =
        new SourceFile(
            "twice.csv",
            ("date,draft,meeting_record,agenda_item,topic,members,citation\n"
                    + "2024-03-28,S/2024/255,S/PV.9591,,North Korea,RUS,SC/15648\n"
                    + "2024-03-28,S/2024/255,S/PV.9591,,North Korea,CHN;RUS,SC/15648\n")
                .getBytes(StandardCharsets.UTF_8));
    List<Veto> vetoes = reader.read(file, rejects, Progress.NONE);
    assertThat(vetoes).hasSize(1);
    assertThat(rejects.all().get(0).describe())
        .isEqualTo(
            "twice.csv:3: column draft: 'S/2024/255': the same draft on the same day is on line"
                + " 2 vetoed by RUS; this line says CHN;RUS");
  }

  @Test
  void aFileOfAnotherKindIsRefusedWithWhatWasExpected() {
    SourceFile votes =
        new SourceFile(
            "votes.csv",
            "rcid,country,country_code,vote\n1,Cuba,CU,yes\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.read(votes, rejects, Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("votes.csv:1: not a veto list")
        .hasMessageContaining("member_veto1")
        .hasMessageContaining("members,citation");
  }

  /**
   * A veto file whose first line inflates to 1 GiB (a gzip bomb of 1 MB): the header is looked at
   * in its first 64 Ki characters, never read whole, and the file is refused as not a veto list.
   */
  @Test
  void aGzipBombIsRefusedByItsHeaderNotReadWhole() {
    byte[] zeros = new byte[1 << 20];
    java.util.Arrays.fill(zeros, (byte) '0');
    byte[] member = HostileInput.pack(zeros, HostileInput.Packing.GZIP, "", 1);
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 1024; i++) {
      bomb.writeBytes(member); // gzip members one after another are one stream
    }
    SourceFile file = new SourceFile("vetoes.csv.gz", bomb.toByteArray());
    assertThatThrownBy(() -> UnscVetoReader.layoutOf(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("vetoes.csv.gz:1: not a veto list");
  }
}
