package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.CountryVote;
import org.entente.domain.Issue;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;
import org.junit.jupiter.api.Test;

class UnVotesReaderTest {

  private final UnVotesReader reader = new UnVotesReader(CountryCodes.bundled());

  private Map<Integer, LocalDate> dates() {
    return reader
        .readRollCalls(Fixtures.file("unvotes/roll_calls_s74.csv"), new Rejects(), Progress.NONE)
        .stream()
        .collect(Collectors.toMap(RollCall::rcid, RollCall::date));
  }

  @Test
  void readsRollCalls() {
    Rejects rejects = new Rejects();
    List<RollCall> rollCalls =
        reader.readRollCalls(Fixtures.file("unvotes/roll_calls_s74.csv"), rejects, Progress.NONE);
    assertThat(rejects.isEmpty()).isTrue();
    assertThat(rollCalls).extracting(RollCall::rcid).containsExactly(9057, 9058, 9059);
    RollCall cuba = rollCalls.get(1);
    assertThat(cuba.session()).isEqualTo(74);
    assertThat(cuba.date()).isEqualTo(LocalDate.of(2019, 11, 7));
    assertThat(cuba.resolution()).isEqualTo("A/RES/74/7");
    assertThat(cuba.important()).isNull();
    assertThat(cuba.title()).startsWith("Necessity of ending the economic, commercial");
  }

  @Test
  void readsIssues() {
    Rejects rejects = new Rejects();
    var tags = reader.readIssues(Fixtures.file("unvotes/issues_s74.csv"), rejects, Progress.NONE);
    assertThat(tags).hasSize(1);
    assertThat(tags.get(0).rcid()).isEqualTo(9059);
    assertThat(tags.get(0).issue()).isEqualTo(Issue.ME);
  }

  @Test
  void readsVotesAndResolvesCountries() {
    Rejects rejects = new Rejects();
    Map<Integer, LocalDate> dates = dates();
    List<CountryVote> votes =
        reader.readVotes(
            Fixtures.file("unvotes/votes_s74.csv"), dates::get, rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(votes).hasSize(542);
    assertThat(votes)
        .filteredOn(v -> v.rcid() == 9058 && v.country().equals("USA"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.vote()).isEqualTo(VoteChoice.NO);
              assertThat(v.line()).isEqualTo(368);
            });
    assertThat(votes).extracting(CountryVote::country).contains("CHN", "RUS", "PRK", "NAM", "SRB");
  }

  @Test
  void malformedRowsAreRejectedWithFileLineColumnAndValue() {
    Rejects rejects = new Rejects();
    Map<Integer, LocalDate> dates = dates();
    List<CountryVote> votes =
        reader.readVotes(
            Fixtures.file("unvotes/votes_s74_malformed.csv"), dates::get, rejects, Progress.NONE);
    assertThat(rejects.all())
        .extracting(Reject::line, Reject::column, Reject::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(5L, "vote", "maybe"),
            org.assertj.core.groups.Tuple.tuple(10L, "country_code", "XX (Australia, 2019-12-13)"),
            org.assertj.core.groups.Tuple.tuple(15L, "rcid", "abc"),
            org.assertj.core.groups.Tuple.tuple(20L, "rcid", "99999"),
            org.assertj.core.groups.Tuple.tuple(25L, "country", "Botswana"),
            org.assertj.core.groups.Tuple.tuple(30L, "", "3 fields"));
    assertThat(rejects.all())
        .allSatisfy(r -> assertThat(r.file()).endsWith("votes_s74_malformed.csv"));
    assertThat(rejects.all().get(0).describe())
        .endsWith("votes_s74_malformed.csv:5: column vote: 'maybe': expected yes, no or abstain");
    assertThat(rejects.all().get(0).record()).isEqualTo("9057,Andorra,AD,maybe");
    assertThat(votes).hasSize(542 - 6);
  }

  @Test
  void truncatedFileRejectsTheBrokenLastLine() {
    Rejects rejects = new Rejects();
    Map<Integer, LocalDate> dates = dates();
    List<CountryVote> votes =
        reader.readVotes(
            Fixtures.file("unvotes/votes_s74_truncated.csv"), dates::get, rejects, Progress.NONE);
    assertThat(votes).hasSize(199);
    assertThat(rejects.all()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(201));
  }

  private static byte[] gzipHalf(byte[] data) throws Exception {
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(data);
    }
    return java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
  }

  @Test
  void truncatedGzipFileKeepsTheRowsBeforeTheBreakAndRejectsTheRest() throws Exception {
    byte[] whole =
        java.nio.file.Files.readAllBytes(Fixtures.bundled("unvotes/un_roll_calls.csv.gz"));
    byte[] csv =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole)).readAllBytes();
    Rejects rejects = new Rejects();
    List<RollCall> rollCalls =
        reader.readRollCalls(new SourceFile("rc.csv.gz", gzipHalf(csv)), rejects, Progress.NONE);
    assertThat(rollCalls).hasSizeBetween(1_000, 6_000);
    assertThat(rejects.all())
        .last()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("rc.csv.gz");
              assertThat(r.line()).isGreaterThan(rollCalls.size());
              assertThat(r.problem()).contains("the rest of the file cannot be read");
            });
  }

  @Test
  void gzipFileBrokenBeforeItsFirstRecordIsAClearError() throws Exception {
    byte[] cut = gzipHalf(Fixtures.file("unvotes/votes_s74.csv").bytes());
    assertThatThrownBy(
            () ->
                reader.readVotes(
                    new SourceFile("votes.csv.gz", cut),
                    rcid -> null,
                    new Rejects(),
                    Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("votes.csv.gz:1: cannot be read")
        .hasMessageContaining("truncated");
  }

  @Test
  void missingHeaderColumnIsAnErrorNamingIt() {
    SourceFile file =
        new SourceFile(
            "votes.csv", "rcid,country,vote\n1,China,yes\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> reader.readVotes(file, rcid -> null, new Rejects(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("votes.csv:1")
        .hasMessageContaining("country_code");
  }

  @Test
  void iso3ColumnIsCheckedAgainstTheResolution() {
    SourceFile file =
        new SourceFile(
            "s75.csv",
            ("rcid,ccode,iso3,country,country_code,vote\n"
                    + "9057,710,CHN,China,CN,yes\n"
                    + "9057,365,SUN,Russia,RU,yes\n")
                .getBytes(StandardCharsets.UTF_8));
    Rejects rejects = new Rejects();
    Map<Integer, LocalDate> dates = dates();
    List<CountryVote> votes = reader.readVotes(file, dates::get, rejects, Progress.NONE);
    assertThat(votes).extracting(CountryVote::country).containsExactly("CHN");
    assertThat(rejects.all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.column()).isEqualTo("iso3");
              assertThat(r.problem()).contains("expected RUS");
            });
  }
}
