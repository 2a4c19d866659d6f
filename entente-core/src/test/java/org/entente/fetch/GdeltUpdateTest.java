package org.entente.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.entente.Fixtures;
import org.entente.ingest.Progress;
import org.entente.store.EventImport;
import org.entente.store.EventImportReport;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code update gdelt} against a local mirror in GDELT's own layout, built from the real 15-minute
 * export the fixtures carry ({@link LocalMirror#buildGdelt}): the store it gives must hold exactly
 * the events of importing that export by hand, and every way a download goes wrong must end in a
 * clear message, nothing half-imported and a next run that picks up where it should.
 */
class GdeltUpdateTest {

  private static final Path SAMPLE = Fixtures.path("events/20150218230000.export.CSV");
  private static final int FILES = 4;
  private static final Downloader.Settings QUICK =
      new Downloader.Settings(
          Duration.ofSeconds(2), Duration.ofMillis(700), 3, Duration.ofMillis(5));

  @TempDir Path dir;
  private Path site;
  private List<Path> built;
  private LocalMirror mirror;
  private Store store;

  @BeforeEach
  void serve() throws IOException {
    site = dir.resolve("site/gdeltv2");
    built = LocalMirror.buildGdelt(SAMPLE, FILES, site);
    mirror = new LocalMirror(dir.resolve("site"), 0);
    store = Store.open(dir.resolve("store.duckdb"), "1GB");
  }

  @AfterEach
  void stop() {
    mirror.close();
    store.close();
  }

  private GdeltUpdate update() {
    return new GdeltUpdate(
        mirror.base().resolve("gdeltv2/"), dir.resolve("staging"), new Downloader(QUICK));
  }

  /** One run as the command does it: plan, download, import what came. */
  private Run run(LocalDate since) {
    GdeltUpdate update = update();
    GdeltUpdate.Plan plan = update.plan(store.sourceNames("events"), since);
    GdeltUpdate.Fetched fetched = update.fetch(plan, Progress.NONE);
    EventImportReport report =
        fetched.files().isEmpty()
            ? null
            : new EventImport(store)
                .run(fetched.files(), "gdelt", false, EventImport.UNLIMITED, null, Progress.NONE);
    return new Run(plan, fetched, report);
  }

  private record Run(GdeltUpdate.Plan plan, GdeltUpdate.Fetched fetched, EventImportReport report) {
    long imported() {
      return report == null ? 0 : report.imported();
    }
  }

  /** The events of the real export imported by hand into a store of its own. */
  private long byHand() {
    try (Store other = Store.open(dir.resolve("by-hand.duckdb"), "1GB")) {
      return new EventImport(other)
          .run(List.of(SAMPLE), "gdelt", false, EventImport.UNLIMITED, null, Progress.NONE)
          .imported();
    }
  }

  private String file(int i) {
    return "gdeltv2/" + built.get(i).getFileName();
  }

  @Test
  void aFirstUpdateImportsTheNewestDayAndASecondFindsNothingNew() {
    Run first = run(null);
    assertThat(first.plan().exports()).hasSize(FILES);
    assertThat(first.fetched().failure()).isNull();
    assertThat(first.imported()).isEqualTo(byHand()).isGreaterThan(2000);

    int before = mirror.requests().size();
    Run second = run(null);
    assertThat(second.plan().exports()).isEmpty();
    assertThat(second.plan().after()).isEqualTo(first.plan().newest());
    // Only the list's end was asked for, and no file.
    assertThat(mirror.requests().subList(before, mirror.requests().size()))
        .singleElement()
        .satisfies(r -> assertThat(r).startsWith("gdeltv2/masterfilelist.txt bytes=-"));
  }

  @Test
  void aListThatGrowsBetweenTwoUpdatesBringsOnlyTheNewFiles() throws IOException {
    Path list = site.resolve("masterfilelist.txt");
    List<String> lines = Files.readAllLines(list);
    Files.write(list, lines.subList(0, 2));
    Run first = run(null);
    assertThat(first.plan().exports()).hasSize(2);

    Files.write(list, lines);
    Run second = run(null);
    assertThat(second.plan().exports())
        .extracting(e -> e.fileName())
        .containsExactly(
            built.get(2).getFileName().toString(), built.get(3).getFileName().toString());
    assertThat(first.imported() + second.imported()).isEqualTo(byHand());
    assertThat(second.report().duplicates()).isZero();
  }

  @Test
  void aFileWhoseMd5DoesNotMatchIsRefusedKeptAsideAndTheNextRunStartsWithIt() throws IOException {
    // An HTML error page served in place of the zip: the list's size and MD5 catch it.
    byte[] real = Files.readAllBytes(built.get(2));
    Files.writeString(built.get(2), "<html><body>Service unavailable</body></html>");
    Run first = run(null);
    assertThat(first.fetched().failure())
        .contains(built.get(2).getFileName().toString())
        .contains("refused")
        .contains("where the list says");
    assertThat(first.fetched().files()).hasSize(2);
    assertThat(dir.resolve("staging/gdelt/refused").resolve(built.get(2).getFileName())).exists();

    Files.write(built.get(2), real);
    Run second = run(null);
    assertThat(second.plan().exports()).hasSize(2);
    assertThat(second.fetched().failure()).isNull();
    assertThat(first.imported() + second.imported()).isEqualTo(byHand());
  }

  @Test
  void aTruncatedDownloadIsResumedWithARange() throws IOException {
    long size = Files.size(built.get(1));
    mirror.cut(file(1), 1000);
    Run first = run(null);
    assertThat(first.fetched().failure()).contains("gave up after 3 attempts").contains(".part");
    assertThat(first.fetched().files()).hasSize(1);

    mirror.heal(file(1));
    Run second = run(null);
    assertThat(second.fetched().failure()).isNull();
    // Every attempt asked for the rest from where the part ended.
    assertThat(mirror.requests()).contains(file(1) + " bytes=1000-");
    assertThat(Files.size(dir.resolve("staging/gdelt").resolve(built.get(1).getFileName())))
        .isEqualTo(size);
    assertThat(first.imported() + second.imported()).isEqualTo(byHand());
  }

  @Test
  void aRunKilledMidFileIsResumedByTheNext() throws IOException {
    // What a killed run leaves: the first 700 bytes of a file in its part.
    Path staging = dir.resolve("staging/gdelt");
    Files.createDirectories(staging);
    byte[] zip = Files.readAllBytes(built.get(0));
    Files.write(
        staging.resolve(built.get(0).getFileName() + ".part"), java.util.Arrays.copyOf(zip, 700));
    Run run = run(null);
    assertThat(run.fetched().failure()).isNull();
    assertThat(mirror.requests()).contains(file(0) + " bytes=700-");
    assertThat(run.imported()).isEqualTo(byHand());
  }

  @Test
  void notFoundIsNotRetried() throws IOException {
    Files.delete(built.get(3));
    Run run = run(null);
    assertThat(run.fetched().failure()).contains("404 Not Found").contains("not retried");
    assertThat(mirror.requests().stream().filter(r -> r.startsWith(file(3)))).hasSize(1);
    assertThat(run.fetched().files()).hasSize(3);
  }

  @Test
  void serverErrorsAreRetriedUntilTheFileComes() {
    mirror.fail(file(0), 500, 2);
    Run run = run(null);
    assertThat(run.fetched().failure()).isNull();
    assertThat(mirror.requests().stream().filter(r -> r.startsWith(file(0)))).hasSize(3);
    assertThat(run.imported()).isEqualTo(byHand());
  }

  @Test
  void aServerPastTheTimeoutIsGivenUpWithAMessage() {
    mirror.pause(file(0), 3_000);
    Run run = run(null);
    assertThat(run.fetched().failure()).contains("no answer within").contains("3 attempts");
    assertThat(run.fetched().files()).isEmpty();
    assertThat(store.sourceNames("events")).isEmpty();
  }

  @Test
  void aRedirectIsFollowed() throws IOException {
    Path moved = dir.resolve("site/moved");
    Files.createDirectories(moved);
    Files.copy(built.get(0), moved.resolve(built.get(0).getFileName()));
    Files.delete(built.get(0));
    mirror.redirect(file(0), "/moved/" + built.get(0).getFileName());
    Run run = run(null);
    assertThat(run.fetched().failure()).isNull();
    assertThat(run.imported()).isEqualTo(byHand());
  }

  @Test
  void aMalformedListLineIsReportedAndTheRestFetched() throws IOException {
    Path list = site.resolve("masterfilelist.txt");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(list));
    lines.add(1, "12345 not-an-md5 http://data.gdeltproject.org/gdeltv2/x.export.CSV.zip");
    Files.write(list, lines);
    Run run = run(null);
    assertThat(run.plan().listRejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.problem()).isEqualTo(org.entente.ingest.GdeltFileList.EXPECTED_LINE);
            });
    assertThat(run.imported()).isEqualTo(byHand());
  }

  @Test
  void sinceBackfillsFromADayAndAnUnreachableSourceSaysSo() {
    Run run = run(LocalDate.of(2015, 2, 18));
    assertThat(run.plan().exports()).hasSize(FILES);
    assertThat(run(LocalDate.of(2015, 2, 19)).plan().exports()).isEmpty();

    GdeltUpdate nowhere =
        new GdeltUpdate(
            java.net.URI.create("http://127.0.0.1:9/gdeltv2/"),
            dir.resolve("staging"),
            new Downloader(QUICK));
    assertThatThrownBy(() -> nowhere.plan(List.of(), null))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("127.0.0.1:9/gdeltv2/masterfilelist.txt")
        .hasMessageContaining("gave up after 3 attempts");
  }

  @Test
  void oneUpdateAtATimePerStore() {
    try (UpdateLock held = UpdateLock.take(dir.resolve("staging"))) {
      assertThatThrownBy(() -> UpdateLock.take(dir.resolve("staging")))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("another update of this store is running");
    }
    UpdateLock.take(dir.resolve("staging")).close();
  }
}
