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
  void truncatedFileIsRefusedNamingTheLastGoodLine() {
    Map<Integer, LocalDate> dates = dates();
    assertThatThrownBy(
            () ->
                reader.readVotes(
                    Fixtures.file("unvotes/votes_s74_truncated.csv"),
                    dates::get,
                    new Rejects(),
                    Progress.NONE))
        .isInstanceOfSatisfying(
            BrokenFileException.class,
            e -> {
              assertThat(e.file()).endsWith("votes_s74_truncated.csv");
              assertThat(e.lastGoodLine()).isEqualTo(200);
              assertThat(e.reason()).contains("line 201", "never closed");
            });
  }

  /** A cut inside an unquoted last field leaves a bad value and no line break: still a cut. */
  @Test
  void lastLineCutWithoutQuotesIsRefusedToo() {
    assertBroken(
        "rcid,country,country_code,vote\n9057,China,CN,yes\n9057,Russia,RU,ye",
        2,
        "last line (3) is incomplete");
  }

  /** Reading {@code text} as a vote file is refused after {@code lastGoodLine}, saying why. */
  private void assertBroken(String text, long lastGoodLine, String... reason) {
    SourceFile file = new SourceFile("broken.csv", text.getBytes(StandardCharsets.UTF_8));
    Map<Integer, LocalDate> dates = dates();
    assertThatThrownBy(() -> reader.readVotes(file, dates::get, new Rejects(), Progress.NONE))
        .isInstanceOfSatisfying(
            BrokenFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo("broken.csv");
              assertThat(e.lastGoodLine()).isEqualTo(lastGoodLine);
              assertThat(e.reason()).contains(reason);
            });
  }

  /** A bad last row that ends with a line break is an ordinary reject: the file was read whole. */
  @Test
  void badLastRowWithLineBreakIsARowReject() {
    String text = "rcid,country,country_code,vote\n9057,China,CN,yes\n9057,Russia,RU,ye\n";
    Rejects rejects = new Rejects();
    List<CountryVote> votes =
        reader.readVotes(
            new SourceFile("last.csv", text.getBytes(StandardCharsets.UTF_8)),
            dates()::get,
            rejects,
            Progress.NONE);
    assertThat(votes).hasSize(1);
    assertThat(rejects.all()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
  }

  private static byte[] gzipHalf(byte[] data) throws Exception {
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(data);
    }
    return java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
  }

  @Test
  void truncatedGzipFileIsRefusedAfterItsLastGoodLine() throws Exception {
    byte[] whole =
        java.nio.file.Files.readAllBytes(Fixtures.bundled("unvotes/un_roll_calls.csv.gz"));
    byte[] csv =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole)).readAllBytes();
    assertThatThrownBy(
            () ->
                reader.readRollCalls(
                    new SourceFile("rc.csv.gz", gzipHalf(csv)), new Rejects(), Progress.NONE))
        .isInstanceOfSatisfying(
            BrokenFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo("rc.csv.gz");
              assertThat(e.lastGoodLine()).isBetween(1_000L, 6_000L);
              assertThat(e.reason()).contains("ends early", "gzip");
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
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("votes.csv.gz: cannot be read to its end")
        .hasMessageContaining("truncated");
  }

  /** The issue's line: text after a closing quote, which the lenient parser ran to the end. */
  @Test
  void textAfterAClosingQuoteIsBrokenQuoting() {
    assertBroken(
        "rcid,country,country_code,vote\n9057,China,CN,yes\n"
            + "900003,\"Open quote,\"XX\",\"yes\"\n9057,Russia,RU,yes\n",
        2,
        "broken quoting after line 2");
  }

  /** An opening quote never closed swallows the following lines into one field. */
  @Test
  void quoteRunningOverLinesIsBrokenQuoting() {
    assertBroken(
        "rcid,country,country_code,vote\n9057,China,CN,yes\n"
            + "9057,\"Russia,RU,yes\n9057,United States,US,no\n9057,France,FR,no\n",
        2,
        "line 3",
        "never closed");
  }

  /** Quoted fields may hold line breaks (RFC 4180): a title over two lines is not a break. */
  @Test
  void quotedLineBreakInAFieldIsLegal() {
    String text =
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n"
            + "99001,76,NA,2021-12-01,A/RES/76/1,0,0,\"Two\nlines\",\"say \"\"hi\"\"\"\n"
            + "99002,76,NA,2021-12-02,A/RES/76/2,0,0,One,One\n";
    Rejects rejects = new Rejects();
    List<RollCall> rollCalls =
        reader.readRollCalls(
            new SourceFile("rc.csv", text.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(rollCalls).extracting(RollCall::title).containsExactly("Two\nlines", "One");
    assertThat(rollCalls).extracting(RollCall::line).containsExactly(2L, 4L);
  }

  /** Files saved by Excel start with a UTF-8 byte-order mark; the header must still match. */
  @Test
  void byteOrderMarkIsAccepted() {
    byte[] votes = Fixtures.file("unvotes/votes_s74.csv").bytes();
    byte[] withBom = new byte[votes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(votes, 0, withBom, 3, votes.length);
    Rejects rejects = new Rejects();
    List<CountryVote> read =
        reader.readVotes(new SourceFile("bom.csv", withBom), dates()::get, rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(read).hasSize(542);
  }

  /**
   * Issue 25: a name in Latin-1 (not UTF-8) was stored as U+FFFD without a word; it is a counted
   * reject naming the file, the line and the byte offset, as is a control character.
   */
  @Test
  void bytesThatAreNotUtf8AndControlCharactersAreCountedRejects() {
    byte[] head =
        "rcid,country,country_code,vote\n9057,China,CN,yes\n9057,C"
            .getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "\u00f4te d'Ivoire,CI,yes\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail =
        "9057,EVIL\u001b]0;PWNED\u0007,RU,yes\n9057,Cuba,CU,yes\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + latin1.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
    System.arraycopy(tail, 0, bytes, head.length + latin1.length, tail.length);
    Rejects rejects = new Rejects();

    List<CountryVote> votes =
        reader.readVotes(new SourceFile("s74.csv", bytes), dates()::get, rejects, Progress.NONE);

    assertThat(votes).extracting(CountryVote::country).containsExactly("CHN", "CUB");
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "s74.csv:3: invalid UTF-8 at byte offset 55 (expected UTF-8 text without control"
                + " characters)",
            "s74.csv:4: control character 0x1B (ESC) at byte offset 84 (expected UTF-8 text"
                + " without control characters)");
  }

  @Test
  void aBinaryFileIsRefusedWhole() {
    byte[] noise = new byte[200_000];
    new java.util.Random(25).nextBytes(noise);

    assertThatThrownBy(
            () ->
                reader.readVotes(
                    new SourceFile("noise.csv", noise), rcid -> null, new Rejects(), Progress.NONE))
        .isInstanceOf(org.entente.text.TextGate.NotTextException.class)
        .hasMessageContaining("noise.csv: binary data: a NUL byte at byte offset");
    // import-votes tells its formats apart by the first line: binary is named there already.
    assertThatThrownBy(() -> UnVotesLayout.of(new SourceFile("noise.csv", noise)))
        .isInstanceOf(org.entente.text.TextGate.NotTextException.class)
        .hasMessageContaining("noise.csv: binary data: a NUL byte at byte offset");
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
