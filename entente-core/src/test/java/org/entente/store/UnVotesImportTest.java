package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnVotesImportTest {

  @TempDir Path dir;
  private Store store;
  private UnVotesImport importer;

  private static final UnVotesFiles GOOD =
      new UnVotesFiles(
          Fixtures.file("unvotes/roll_calls_s74.csv"),
          Fixtures.file("unvotes/issues_s74.csv"),
          Fixtures.file("unvotes/votes_s74.csv"));

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    importer = new UnVotesImport(store, CountryCodes.bundled());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void importRollCallsOnly() {
    importer.run(
        new UnVotesFiles(Fixtures.file("unvotes/roll_calls_s74.csv"), null, null),
        "test",
        0,
        null,
        Progress.NONE);
  }

  private List<Long> snapshot() throws Exception {
    return StoreSnapshot.of(store);
  }

  @Test
  void importsEveryRowWithItsProvenance() throws Exception {
    ImportReport report = importer.run(GOOD, "test", 0, null, Progress.NONE);
    assertThat(report.alreadyLoaded()).isFalse();
    assertThat(report.rollCallsAdded()).isEqualTo(3);
    assertThat(report.issueTagsAdded()).isEqualTo(1);
    assertThat(report.votesAdded()).isEqualTo(542);
    assertThat(report.rejects()).isEmpty();
    VoteQueries queries = new VoteQueries(store);
    var sources = queries.voteSources(List.of(9058), List.of("USA"));
    assertThat(sources.get(VoteQueries.key(9058, "USA")))
        .isEqualTo(new VoteQueries.VoteSource(GOOD.votes().name(), 368));
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws Exception {
    importer.run(GOOD, "test", 0, null, Progress.NONE);
    List<Long> before = snapshot();
    ImportReport again = importer.run(GOOD, "test", 0, null, Progress.NONE);
    assertThat(again.alreadyLoaded()).isTrue();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void overlappingRowsFromAnotherFileAreSkippedNotDuplicated() throws Exception {
    importer.run(GOOD, "test", 0, null, Progress.NONE);
    List<Long> before = snapshot();
    byte[] sameVotesReordered =
        String.join("\n", reversedBody(GOOD.votes())).getBytes(StandardCharsets.UTF_8);
    ImportReport report =
        importer.run(
            new UnVotesFiles(null, null, new SourceFile("copy.csv", sameVotesReordered)),
            "test",
            0,
            null,
            Progress.NONE);
    assertThat(report.votesAdded()).isZero();
    assertThat(report.unchanged()).isEqualTo(542);
    assertThat(snapshot().subList(0, 3)).isEqualTo(before.subList(0, 3));
  }

  private static List<String> reversedBody(SourceFile file) {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(new String(file.bytes(), StandardCharsets.UTF_8).split("\n")));
    String header = lines.remove(0);
    java.util.Collections.reverse(lines);
    lines.add(0, header);
    return lines;
  }

  @Test
  void malformedFileIsRolledBackAndReported() throws Exception {
    importRollCallsOnly();
    List<Long> before = snapshot();
    UnVotesFiles bad =
        new UnVotesFiles(null, null, Fixtures.file("unvotes/votes_s74_malformed.csv"));
    assertThatThrownBy(() -> importer.run(bad, "test", 0, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              assertThat(e.rejects()).hasSize(6);
              assertThat(e.getMessage())
                  .contains("nothing was imported", "votes_s74_malformed.csv:5");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void truncatedFileIsRefusedWhateverMaxRejectsAllows() throws Exception {
    assertRefused(
        Fixtures.file("unvotes/votes_s74_truncated.csv"),
        "votes_s74_truncated.csv: cannot be read to its end",
        "last good line 200");
  }

  /** The issue's case: a gzip file cut in half imported 850 of 2,000 votes as "1 reject". */
  @Test
  void truncatedGzipIsRefusedWhateverMaxRejectsAllows() throws Exception {
    byte[] gz = gzip(GOOD.votes().bytes());
    assertRefused(
        new SourceFile("votes.csv.gz", Arrays.copyOf(gz, gz.length / 2)),
        "votes.csv.gz: cannot be read to its end",
        "gzip");
  }

  /** The issue's case: an unterminated quote on line 11 swallowed the rest of the file. */
  @Test
  void unterminatedQuoteIsRefusedNotCountedAsOneReject() throws Exception {
    List<String> lines =
        new ArrayList<>(new String(GOOD.votes().bytes(), StandardCharsets.UTF_8).lines().toList());
    lines.add(10, "900003,\"Open quote,\"XX\",\"yes\"");
    assertRefused(
        new SourceFile(
            "quote.csv", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)),
        "quote.csv: cannot be read to its end: broken quoting",
        "last good line 10");
  }

  /** Importing {@code votes} with a generous --max-rejects is refused and changes nothing. */
  private void assertRefused(SourceFile votes, String... message) throws Exception {
    importRollCallsOnly();
    List<Long> before = snapshot();
    assertThatThrownBy(
            () ->
                importer.run(
                    new UnVotesFiles(null, null, votes), "test", 1_000, null, Progress.NONE))
        .isInstanceOf(StoreException.class)
        .hasMessageContainingAll(message)
        .hasMessageContaining("nothing was imported");
    assertThat(snapshot()).isEqualTo(before);
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void negativeMaxRejectsIsRefused() {
    assertThatThrownBy(() -> importer.run(GOOD, "test", -1, null, Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void rejectedRowsAreWrittenBeforeTheCommit() throws Exception {
    UnVotesFiles bad =
        new UnVotesFiles(
            Fixtures.file("unvotes/roll_calls_s74.csv"),
            null,
            Fixtures.file("unvotes/votes_s74_malformed.csv"));
    RejectsFile target = RejectsFile.at(dir.resolve("out/rejects.csv"));
    ImportReport report = importer.run(bad, "test", 10, target, Progress.NONE);
    assertThat(report.rejectsFile()).isEqualTo(dir.resolve("out/rejects.csv"));
    assertThat(Files.readAllLines(report.rejectsFile())).hasSize(1 + 6);
  }

  /**
   * The issue's case: with --max-rejects 5 and a rejects file that cannot be written, the data was
   * committed but the command failed. Now the import is rolled back: the outcome is one thing.
   */
  @Test
  void rejectsThatCannotBeWrittenRollTheImportBack() throws Exception {
    importRollCallsOnly();
    List<Long> before = snapshot();
    Path taken = dir.resolve("taken.csv");
    // Another process creates the file between the check and the write.
    Progress race =
        atStep(
            3,
            () -> {
              try {
                Files.writeString(taken, "someone else's file\n");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    UnVotesFiles bad =
        new UnVotesFiles(null, null, Fixtures.file("unvotes/votes_s74_malformed.csv"));
    assertThatThrownBy(() -> importer.run(bad, "test", 10, RejectsFile.at(taken), race))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              assertThat(e.rejects()).hasSize(6);
              assertThat(e.rejectsFile()).isNull();
              assertThat(e.getMessage())
                  .contains("6 row(s) rejected (at most 10 allowed)")
                  .contains("cannot write the rejects file " + taken)
                  .contains("nothing was imported");
            });
    assertThat(snapshot()).isEqualTo(before);
    assertThat(Files.readString(taken)).isEqualTo("someone else's file\n");
  }

  @Test
  void maxRejectsLetsTheGoodRowsIn() throws Exception {
    UnVotesFiles bad =
        new UnVotesFiles(
            Fixtures.file("unvotes/roll_calls_s74.csv"),
            null,
            Fixtures.file("unvotes/votes_s74_malformed.csv"));
    ImportReport report = importer.run(bad, "test", 10, null, Progress.NONE);
    assertThat(report.votesAdded()).isEqualTo(536);
    assertThat(report.rejects()).hasSize(6);
    try (Statement st = store.connection().createStatement();
        ResultSet rs =
            st.executeQuery("SELECT rows, rejects FROM sources WHERE name LIKE '%malformed%'")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(536);
      assertThat(rs.getLong(2)).isEqualTo(6);
    }
  }

  @Test
  void voteContradictingTheStoreIsRejectedNotOverwritten() throws Exception {
    importer.run(GOOD, "test", 0, null, Progress.NONE);
    List<Long> before = snapshot();
    SourceFile changed =
        new SourceFile(
            "changed.csv",
            "rcid,country,country_code,vote\n9058,\"United States\",\"US\",\"yes\"\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                importer.run(new UnVotesFiles(null, null, changed), "test", 0, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              Reject r = e.rejects().get(0);
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.problem())
                  .contains("USA on roll call 9058 is already in the store as no");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void rollCallContradictingTheStoreIsRejectedWithItsLine() throws Exception {
    importer.run(GOOD, "test", 0, null, Progress.NONE);
    List<Long> before = snapshot();
    SourceFile moved =
        new SourceFile(
            "moved.csv",
            ("rcid,session,importantvote,date,unres,amend,para,short,descr\n"
                    + "9057,74,NA,2019-12-13,A/RES/74/112,NA,NA,same,same\n"
                    + "9058,73,NA,2018-11-07,A/RES/74/7,NA,NA,moved,moved\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () -> importer.run(new UnVotesFiles(moved, null, null), "test", 0, null, Progress.NONE))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              assertThat(e.rejects()).hasSize(1);
              Reject r = e.rejects().get(0);
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.value()).isEqualTo("9058");
              assertThat(r.problem())
                  .contains(
                      "roll_calls_s74.csv line 3",
                      "session 74, 2019-11-07",
                      "session 73, 2018-11-07");
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void storeOfAnotherSchemaVersionIsRefused() throws Exception {
    try (Statement st = store.connection().createStatement()) {
      st.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'");
    }
    store.close();
    assertThatThrownBy(() -> Store.open(dir.resolve("test.duckdb"), "512MB"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 0")
        .hasMessageContaining("--db");
    store = Store.open(dir.resolve("other.duckdb"), "512MB");
  }

  @Test
  void failureMidWriteLeavesTheStoreAsItWas() throws Exception {
    importRollCallsOnly();
    List<Long> before = snapshot();
    // Fails after the rows are inserted and before the commit: the worst moment for a crash.
    Progress crashing =
        atStep(
            3,
            () -> {
              throw new IllegalStateException("simulated crash");
            });
    UnVotesFiles votes = new UnVotesFiles(null, null, Fixtures.file("unvotes/votes_s74.csv"));
    assertThatThrownBy(() -> importer.run(votes, "test", 0, null, crashing))
        .hasMessageContaining("simulated crash");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(importer.run(votes, "test", 0, null, Progress.NONE).votesAdded()).isEqualTo(542);
  }

  @Test
  void reopeningTheFileKeepsTheData() throws Exception {
    importer.run(GOOD, "test", 0, null, Progress.NONE);
    List<Long> before = snapshot();
    store.close();
    store = Store.open(dir.resolve("test.duckdb"), "512MB");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void badMemoryLimitIsRefused() {
    assertThatThrownBy(() -> Store.open(dir.resolve("x.duckdb"), "lots"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'lots'");
    assertThat(Files.exists(dir.resolve("x.duckdb"))).isFalse();
  }

  /**
   * Progress that runs {@code action} when the import reaches {@code step} of writing: step 3 is
   * after the rows are inserted and before the commit.
   */
  private static Progress atStep(long step, Runnable action) {
    return new Progress() {
      @Override
      public void start(String task, long total, String unit) {}

      @Override
      public void advanceTo(long done) {
        if (done == step) {
          action.run();
        }
      }

      @Override
      public void finish() {}
    };
  }
}
