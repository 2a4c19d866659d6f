package org.entente.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;
import org.entente.store.DataDates;
import org.entente.store.ImportRejectedException;
import org.entente.store.ImportReport;
import org.entente.store.Store;
import org.entente.store.StoreSummary;
import org.entente.store.UnVotesFiles;
import org.entente.store.UnVotesImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update unvotes} against a local mirror in the layout of the UN's extracts ({@code
 * data_extract/80.json}, {@code ES-10.json}, {@code ES-11.json}), serving session 80's file as the
 * source had it on 2026-02-11 and then on 2026-02-15 (fixtures/unvotes-undl/README.md). The counts
 * are those of an independent count in Python over the same files (15 and 43 recorded votes with
 * member lists, 2,432 and 7,412 votes) and of data/unvotes-undl/README.md for the emergency
 * sessions (3 roll calls and 546 votes, 6 and 1,083).
 */
class UnVotesUpdateTest {

  private static final Downloader.Settings QUICK =
      new Downloader.Settings(
          Duration.ofSeconds(2), Duration.ofMillis(700), 3, Duration.ofMillis(5));
  private static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 20);

  @TempDir Path dir;
  private Path site;
  private LocalMirror mirror;
  private Store store;

  @BeforeEach
  void serve() throws IOException {
    site = dir.resolve("site/data_extract");
    LocalMirror.buildUnVotes(site);
    // Session 80 as of 2026-02-11 first: the tests let it grow to the mirror's 2026-02-15.
    gunzip(Fixtures.path("unvotes-undl/80-2026-02-11.json.gz"), site.resolve("80.json"));
    mirror = new LocalMirror(dir.resolve("site"), 0);
    store = Store.open(dir.resolve("store.duckdb"), "1GB");
  }

  @AfterEach
  void stop() {
    mirror.close();
    store.close();
  }

  private static void gunzip(Path gz, Path to) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** One run as the command does it: plan, download, import what came. */
  private Run run(LocalDate since, LocalDate today) {
    UnVotesUpdate update =
        new UnVotesUpdate(
            mirror.base().resolve("data_extract/"), dir.resolve("staging"), new Downloader(QUICK));
    UnVotesUpdate.Plan plan = UnVotesUpdate.plan(DataDates.lastRollCall(store), since, today);
    UnVotesUpdate.Fetched fetched = update.fetch(plan, today, Progress.NONE);
    ImportReport report =
        fetched.files().isEmpty()
            ? null
            : new UnVotesImport(store, CountryCodes.bundled())
                .run(
                    UnVotesFiles.extracts(fetched.files().stream().map(SourceFile::of).toList()),
                    "update",
                    0,
                    null,
                    Progress.NONE);
    return new Run(plan, fetched, report);
  }

  private record Run(UnVotesUpdate.Plan plan, UnVotesUpdate.Fetched fetched, ImportReport report) {}

  private long rollCalls() {
    return StoreSummary.of(store).rollCalls();
  }

  private long votes() {
    return StoreSummary.of(store).votes();
  }

  @Test
  void thePlanRunsFromTheSessionOfTheLastRollCallToTodaysAndTheOpenEmergencySessions() {
    assertThat(
            UnVotesUpdate.plan(LocalDate.of(2026, 6, 4), null, LocalDate.of(2026, 12, 7)).files())
        .containsExactly("80.json", "81.json", "ES-10.json", "ES-11.json");
    // Without votes in the store: the session before today's as well, today's may have none yet.
    assertThat(UnVotesUpdate.plan(null, null, LocalDate.of(2026, 6, 10)).sessions())
        .containsExactly(79, 80);
    assertThat(
            UnVotesUpdate.plan(LocalDate.of(2026, 6, 4), LocalDate.of(2024, 10, 1), FEBRUARY)
                .sessions())
        .containsExactly(79, 80);
    // Past the table of sessions: a session opens every September.
    assertThat(
            UnVotesUpdate.plan(LocalDate.of(2026, 12, 1), null, LocalDate.of(2027, 10, 1))
                .sessions())
        .containsExactly(81, 82);
  }

  @Test
  void aFirstUpdateImportsTheExtractsAndAGrownFileBringsOnlyWhatIsNew() throws IOException {
    Run first = run(LocalDate.of(2026, 2, 1), FEBRUARY);
    assertThat(first.plan().files()).containsExactly("80.json", "ES-10.json", "ES-11.json");
    assertThat(first.fetched().failure()).isNull();
    assertThat(first.report().rollCallsAdded()).isEqualTo(15 + 3 + 6);
    assertThat(first.report().votesAdded()).isEqualTo(2_432 + 546 + 1_083);

    // The same day, the source's file has grown by 40 lines: it is fetched again.
    gunzip(Fixtures.path("unvotes-undl/80-2026-02-15.json.gz"), site.resolve("80.json"));
    Run second = run(null, FEBRUARY);
    assertThat(second.plan().sessions()).containsExactly(80);
    assertThat(second.report().alreadyLoaded()).isFalse();
    assertThat(second.report().rollCallsAdded()).isEqualTo(43 - 15);
    assertThat(second.report().votesAdded()).isEqualTo(7_412 - 2_432);
    assertThat(second.report().rejects()).isEmpty();

    Run third = run(null, FEBRUARY);
    assertThat(third.report().alreadyLoaded()).isTrue();
    assertThat(rollCalls()).isEqualTo(43 + 3 + 6);
    assertThat(votes()).isEqualTo(7_412 + 546 + 1_083);
  }

  @Test
  void todaysSessionWithoutAFileYetIsNotedAndTheRestImported() {
    run(LocalDate.of(2026, 2, 1), FEBRUARY);
    // 2026-09-20: session 81 has opened (2026-09-08); the source has no 81.json yet.
    Run autumn = run(null, LocalDate.of(2026, 9, 20));
    assertThat(autumn.plan().sessions()).containsExactly(80, 81);
    assertThat(autumn.fetched().failure()).isNull();
    assertThat(autumn.fetched().notYetPublished()).containsExactly("81.json");
    assertThat(autumn.report().alreadyLoaded()).isTrue();
    // A day folder of an earlier day is gone: its files were imported.
    assertThat(dir.resolve("staging/unvotes").resolve(FEBRUARY.toString())).doesNotExist();
  }

  @Test
  void aMissingFileOfAnEarlierSessionStopsTheRunWithNothingImported() throws IOException {
    // A wrong address or a moved source answers 404 for every file: not "nothing new".
    Files.delete(site.resolve("80.json"));
    Run run = run(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 9, 20));
    assertThat(run.plan().sessions()).containsExactly(80, 81);
    assertThat(run.fetched().failure()).contains("80.json").contains("404 Not Found");
    assertThat(run.fetched().files()).isEmpty();
    assertThat(rollCalls()).isZero();
  }

  @Test
  void anErrorPageServedAsAnExtractIsRefusedWithItsLineAndNothingIsImported() throws IOException {
    Files.writeString(
        site.resolve("ES-10.json"), "<html><body>Rate limit exceeded</body></html>\n");
    Run fetched = runFetchOnly();
    assertThatThrownBy(
            () ->
                new UnVotesImport(store, CountryCodes.bundled())
                    .run(
                        UnVotesFiles.extracts(
                            fetched.fetched().files().stream().map(SourceFile::of).toList()),
                        "update",
                        0,
                        null,
                        Progress.NONE))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("ES-10.json")
        .hasMessageContaining("ES-10.json:1:")
        .hasMessageContaining("not valid JSON");
    assertThat(rollCalls()).isZero();
  }

  @Test
  void serverErrorsAreRetriedAndATruncatedFileIsResumed() {
    mirror.fail("data_extract/ES-11.json", 503, 2);
    mirror.cut("data_extract/80.json", 4_000);
    Run broken = run(LocalDate.of(2026, 2, 1), FEBRUARY);
    assertThat(broken.fetched().failure()).contains("80.json").contains(".part");
    assertThat(rollCalls()).isZero();

    mirror.heal("data_extract/80.json");
    Run next = run(LocalDate.of(2026, 2, 1), FEBRUARY);
    assertThat(next.fetched().failure()).isNull();
    assertThat(mirror.requests()).contains("data_extract/80.json bytes=4000-");
    assertThat(next.report().rollCallsAdded()).isEqualTo(15 + 3 + 6);
  }

  private Run runFetchOnly() {
    UnVotesUpdate update =
        new UnVotesUpdate(
            mirror.base().resolve("data_extract/"), dir.resolve("staging"), new Downloader(QUICK));
    UnVotesUpdate.Plan plan = UnVotesUpdate.plan(null, LocalDate.of(2026, 2, 1), FEBRUARY);
    return new Run(plan, update.fetch(plan, FEBRUARY, Progress.NONE), null);
  }
}
