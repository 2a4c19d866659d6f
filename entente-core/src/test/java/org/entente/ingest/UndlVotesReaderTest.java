package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.GaSessions;
import org.entente.code.UnIssueRules;
import org.entente.code.UnMemberStates;
import org.entente.domain.CountryVote;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;
import org.junit.jupiter.api.Test;

class UndlVotesReaderTest {

  private final UndlVotesReader reader =
      new UndlVotesReader(UnMemberStates.bundled(), GaSessions.bundled(), UnIssueRules.bundled());

  private static String es11() throws Exception {
    byte[] gz = Fixtures.file("unvotes-undl/ES-11.json.gz").bytes();
    return new String(
        new GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes(),
        StandardCharsets.UTF_8);
  }

  private UndlVotesReader.Extract read(String name, String content, Rejects rejects) {
    return reader.read(
        new SourceFile(name, content.getBytes(StandardCharsets.UTF_8)), rejects, Progress.NONE);
  }

  /**
   * The published tally of A/RES/ES-11/1 (2 March 2022, "Aggression against Ukraine"): 141 in
   * favour, 5 against (Belarus, Eritrea, DPRK, Russia, Syria), 35 abstentions with China (UN press
   * release GA/12407).
   */
  @Test
  void aggressionAgainstUkraineHasThePublishedTally() {
    Rejects rejects = new Rejects();
    UndlVotesReader.Extract extract =
        reader.read(Fixtures.file("unvotes-undl/ES-11.json.gz"), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(extract.rollCalls()).hasSize(6);
    RollCall es111 =
        extract.rollCalls().stream()
            .filter(rc -> rc.resolution().equals("A/RES/ES-11/1"))
            .findFirst()
            .orElseThrow();
    assertThat(es111.date()).isEqualTo(java.time.LocalDate.of(2022, 3, 2));
    assertThat(es111.session()).as("the regular session running on its date").isEqualTo(76);
    assertThat(es111.rcid()).isEqualTo(20_110_010);
    Map<VoteChoice, List<String>> byChoice =
        extract.votes().stream()
            .filter(v -> v.rcid() == es111.rcid())
            .collect(
                Collectors.groupingBy(
                    CountryVote::vote,
                    Collectors.mapping(CountryVote::country, Collectors.toList())));
    assertThat(byChoice.get(VoteChoice.YES)).hasSize(141).contains("UKR", "USA", "JPN", "KOR");
    assertThat(byChoice.get(VoteChoice.NO))
        .containsExactlyInAnyOrder("BLR", "ERI", "PRK", "RUS", "SYR");
    assertThat(byChoice.get(VoteChoice.ABSTAIN)).hasSize(35).contains("CHN", "IND");
    ResolutionRecord record =
        extract.records().stream().filter(r -> r.rcid() == es111.rcid()).findFirst().orElseThrow();
    assertThat(record.symbol()).isEqualTo("A/RES/ES-11/1");
    assertThat(record.meetingRecord()).startsWith("A/ES-11/PV.");
    assertThat(record.draft()).startsWith("A/ES-11/L.1");
    assertThat(record.subjects()).isNotEmpty();
  }

  @Test
  void votesKeepTheirLine() throws Exception {
    UndlVotesReader.Extract extract = read("es11.json", es11(), new Rejects());
    List<String> lines = es11().lines().toList();
    for (RollCall rc : extract.rollCalls()) {
      assertThat(lines.get((int) rc.line() - 1)).contains("\"" + rc.resolution() + "\"");
    }
    assertThat(extract.votes())
        .allSatisfy(
            v ->
                assertThat(v.line())
                    .isEqualTo(
                        extract.rollCalls().stream()
                            .filter(rc -> rc.rcid() == v.rcid())
                            .findFirst()
                            .orElseThrow()
                            .line()));
  }

  @Test
  void rollCallIdsComeFromTheSymbol() {
    assertThat(UndlVotesReader.rcid("A/RES/76/262")).hasValue(17_602_620);
    assertThat(UndlVotesReader.rcid("A/RES/78/183 B")).hasValue(17_801_832);
    assertThat(UndlVotesReader.rcid("A/RES/ES-10/24")).hasValue(20_100_240);
    assertThat(UndlVotesReader.rcid("A/RES/75/254 A-C")).isEmpty();
    assertThat(UndlVotesReader.rcid("S/RES/2664")).isEmpty();
  }

  @Test
  void resolutionsAdoptedWithoutAVoteAreNotRollCalls() throws Exception {
    String line = es11().lines().findFirst().orElseThrow();
    String withoutVote =
        line.replaceFirst(
            "\"adoption_type\": ?\"[^\"]*\"", "\"adoption_type\": \"Without a vote\"");
    assertThat(withoutVote).isNotEqualTo(line);
    UndlVotesReader.Extract extract = read("x.json", withoutVote + "\n", new Rejects());
    assertThat(extract.rollCalls()).isEmpty();
    assertThat(extract.notRecorded()).isEqualTo(1);
  }

  /** The same resolution twice, Türkiye spelled two ways: the same votes, counted once. */
  @Test
  void aRepeatedSymbolWithTheSameVotesCountsOnce() {
    Rejects rejects = new Rejects();
    UndlVotesReader.Extract extract =
        reader.read(Fixtures.file("unvotes-undl/79-repeated.jsonl"), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(extract.rollCalls()).singleElement().extracting(RollCall::line).isEqualTo(1L);
    assertThat(extract.votes()).hasSize(164);
    assertThat(extract.repeated()).isEqualTo(1);
  }

  @Test
  void aRepeatedSymbolWithOtherVotesIsRejected() throws Exception {
    List<String> lines =
        Files.readAllLines(Fixtures.path("unvotes-undl/79-repeated.jsonl"), StandardCharsets.UTF_8);
    String changed =
        lines.get(1).replaceFirst("\"MS_against\": ?\\[\"UNITED STATES\"\\]", "\"MS_against\":[]");
    changed =
        changed.replaceFirst("\"MS_abstaining\": ?\\[", "\"MS_abstaining\":[\"UNITED STATES\",");
    assertThat(changed).isNotEqualTo(lines.get(1));
    Rejects rejects = new Rejects();
    read("r.json", lines.get(0) + "\n" + changed + "\n", rejects);
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.column()).isEqualTo("symbol");
              assertThat(r.problem())
                  .contains("repeats line 1 with different votes", "USA no→abstain");
            });
  }

  @Test
  void badRecordsAreRejectedWithLineKeyAndValue() throws Exception {
    List<String> lines = es11().lines().toList();
    String notAList =
        lines.get(0).replaceFirst("\"MS_against\": ?\\[[^\\]]*\\]", "\"MS_against\": \"RUSSIA\"");
    String unknown = lines.get(1).replaceFirst("\"UKRAINE\"", "\"UKRAINIA\"");
    String badDate =
        lines
            .get(2)
            .replaceFirst(
                "\"adoption_date\": ?\"[^\"]*\"", "\"adoption_date\": \"the 7th of April\"");
    String inTwoLists =
        lines.get(3).replaceFirst("\"MS_against\": ?\\[", "\"MS_against\": [\"UKRAINE\", ");
    String notJson = "{\"symbol\": \"A/RES/ES-11/9\", \"title\": ";
    for (String changed : List.of(notAList, unknown, badDate, inTwoLists)) {
      assertThat(lines).doesNotContain(changed);
    }
    Rejects rejects = new Rejects();
    UndlVotesReader.Extract extract =
        read(
            "bad.json",
            String.join(
                    "\n",
                    notAList,
                    unknown,
                    badDate,
                    inTwoLists,
                    notJson,
                    lines.get(4),
                    lines.get(5))
                + "\n",
            rejects);
    assertThat(extract.rollCalls()).hasSize(2);
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "MS_against"),
            org.assertj.core.groups.Tuple.tuple(2L, "MS_in_favour"),
            org.assertj.core.groups.Tuple.tuple(3L, "adoption_date"),
            org.assertj.core.groups.Tuple.tuple(4L, "MS_against"),
            org.assertj.core.groups.Tuple.tuple(5L, ""));
    assertThat(rejects.all().get(0).problem()).contains("expected a list of member-state names");
    assertThat(rejects.all().get(1).value()).isEqualTo("UKRAINIA");
    assertThat(rejects.all().get(1).problem()).contains("UKRAINIA");
    assertThat(rejects.all().get(2).value()).isEqualTo("the 7th of April");
    assertThat(rejects.all().get(3).problem()).contains("UKR is also in the list of");
    assertThat(rejects.all().get(4).problem()).contains("not valid JSON");
  }

  /** Issue 25: invalid UTF-8 was stored as U+FFFD; now the line is a counted reject. */
  @Test
  void aLineThatIsNotUtf8IsACountedRejectWithItsByteOffset() throws Exception {
    List<String> lines = es11().lines().toList();
    byte[] first = (lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] second = (lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
    int quote = new String(second, StandardCharsets.ISO_8859_1).indexOf("\"symbol\"");
    second[quote + 1] = (byte) 0xff; // "\xffymbol": not UTF-8
    byte[] bytes = new byte[first.length + second.length];
    System.arraycopy(first, 0, bytes, 0, first.length);
    System.arraycopy(second, 0, bytes, first.length, second.length);
    Rejects rejects = new Rejects();

    UndlVotesReader.Extract extract =
        reader.read(new SourceFile("bad.json", bytes), rejects, Progress.NONE);

    assertThat(extract.rollCalls()).hasSize(1);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "bad.json:2: invalid UTF-8 at byte offset "
                + (first.length + quote + 1)
                + " (expected UTF-8 text without control characters)");
  }

  @Test
  void aLastLineCutOffIsABrokenFile() throws Exception {
    String all = es11();
    String cut = all.substring(0, all.length() - 200);
    assertThatThrownBy(() -> read("cut.json", cut, new Rejects()))
        .isInstanceOfSatisfying(
            BrokenFileException.class,
            e -> {
              assertThat(e.lastGoodLine()).isEqualTo(5);
              assertThat(e.reason()).contains("last line (6) is incomplete JSON");
            });
  }

  @Test
  void aCutGzipStreamIsABrokenFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(es11().getBytes(StandardCharsets.UTF_8));
    }
    byte[] half = Arrays.copyOf(out.toByteArray(), out.size() / 2);
    assertThatThrownBy(
            () -> reader.read(new SourceFile("half.json.gz", half), new Rejects(), Progress.NONE))
        .isInstanceOfSatisfying(
            BrokenFileException.class, e -> assertThat(e.reason()).contains("ends early", "gzip"));
  }

  @Test
  void layoutIsToldByContent() throws Exception {
    assertThat(UnVotesLayout.of(Fixtures.file("unvotes-undl/ES-11.json.gz")))
        .isEqualTo(UnVotesLayout.UNDL_EXTRACT);
    assertThat(UnVotesLayout.of(Fixtures.file("unvotes/votes_s74.csv")))
        .isEqualTo(UnVotesLayout.VOTES_CSV);
    assertThat(UnVotesLayout.of(Fixtures.file("unvotes/roll_calls_s74.csv")))
        .isEqualTo(UnVotesLayout.ROLL_CALLS_CSV);
    assertThat(UnVotesLayout.of(Fixtures.file("unvotes/issues_s74.csv")))
        .isEqualTo(UnVotesLayout.ISSUES_CSV);
    assertThatThrownBy(
            () ->
                UnVotesLayout.of(
                    new SourceFile("x.txt", "hello\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("x.txt:1: cannot tell what this file is");
  }

  /**
   * VoteImportFuzzTest's case: a byte that is not UTF-8 in a resolution's title was stored as
   * U+FFFD. Now the line is a reject naming the byte, and the other lines are read.
   */
  @Test
  void aLineWithBytesThatAreNotUtf8IsARejectNotATitleWithUFffd() throws Exception {
    String es11 = es11();
    int title = es11.indexOf("Aggression");
    byte[] bytes = es11.getBytes(StandardCharsets.UTF_8);
    int at = es11.substring(0, title).getBytes(StandardCharsets.UTF_8).length;
    bytes[at] = (byte) 0xFF;
    long line = es11.substring(0, title).chars().filter(c -> c == '\n').count() + 1;
    Rejects rejects = new Rejects();

    UndlVotesReader.Extract damaged =
        reader.read(new SourceFile("ES-11.json", bytes), rejects, Progress.NONE);
    UndlVotesReader.Extract whole = read("ES-11.json", es11, new Rejects());

    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(line);
              assertThat(r.problem())
                  .startsWith(
                      "invalid UTF-8 at byte offset "
                          + at
                          + " (expected UTF-8 text without control characters)");
            });
    assertThat(damaged.rollCalls()).hasSize(whole.rollCalls().size() - 1);
    assertThat(damaged.rollCalls().toString()).doesNotContain("\uFFFD");
  }
}
