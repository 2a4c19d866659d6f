package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.entente.fetch.LocalMirror;
import org.entente.testing.BundledStore;
import org.entente.testing.CoreFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's "Keeping up to date" as a user runs it: {@code update} against a local mirror in GDELT's
 * own layout, built from the real export the fixtures carry. The failure cases are {@code
 * GdeltUpdateTest}'s; this holds the command's words and exit codes.
 */
class UpdateCommandIT {

  private static final Path SAMPLE = CoreFixtures.path("events/20150218230000.export.CSV");

  @TempDir Path dir;

  @Test
  void updatesFromAMirrorThenFindsNothingNew() throws Exception {
    List<Path> built = LocalMirror.buildGdelt(SAMPLE, 4, dir.resolve("site/gdeltv2"));
    String db = BundledStore.copyTo(dir.resolve("store.duckdb")).toString();
    try (LocalMirror mirror = new LocalMirror(dir.resolve("site"), 0)) {
      String source = mirror.base() + "gdeltv2/";

      CliRun dry = CliRun.of("update", "--db", db, "--source", source, "--dry-run");
      assertThat(dry.exitCode()).as(dry.err()).isZero();
      assertThat(dry.out())
          .contains("4 new file(s)")
          .contains("2015-02-18T23:00 to 2015-02-18T23:45")
          .contains("Dry run: nothing fetched, nothing changed.");

      CliRun first = CliRun.of("update", "gdelt", "--db", db, "--source", source);
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out()).containsPattern("Imported \\d{4} events from 4 file\\(s\\)");
      assertThat(dir.resolve("store.duckdb.updates/gdelt").resolve(built.get(0).getFileName()))
          .exists();

      // status says how far each kind of evidence now reaches.
      CliRun status = CliRun.of("status", "--db", db);
      assertThat(status.out())
          .contains("Evidence, from … through, last imported:")
          .containsPattern("events \\(gdelt2\\) +2014-02-18 … 2015-02-18")
          .containsPattern("event scores \\(gdelt-graph, by month\\) +2018-01 +… 2024-02")
          .containsPattern("sanctions list \\(OFAC\\) +2024-05-03 … 2024-05-03");

      CliRun second = CliRun.of("update", "--db", db, "--source", source);
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(second.out()).contains("nothing new (newest file 2015-02-18T23:45)");
    }
  }

  /**
   * {@code update sanctions} against a mirror of the publishers serving the real lists the
   * repository bundles: the UN's is dated by itself and in the store already, so nothing new; the
   * SDN list is dated by the day it is fetched, so it becomes today's snapshot. A download cut
   * short is refused with a message and resumed by the next run.
   */
  @Test
  void sanctionsFromAMirrorAreTodaysSnapshotAndACutDownloadResumes() throws Exception {
    LocalMirror.buildSanctions(dir.resolve("site/sanctions"));
    String db = BundledStore.copyTo(dir.resolve("store.duckdb")).toString();
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    try (LocalMirror mirror = new LocalMirror(dir.resolve("site"), 0)) {
      String source = mirror.base() + "sanctions/";
      mirror.cut("sanctions/sdn.csv", 100_000);
      CliRun cut =
          CliRun.of("update", "sanctions", "--db", db, "--source", source, "--timeout", "2");
      assertThat(cut.exitCode()).isEqualTo(1);
      assertThat(cut.err())
          .contains(source + "sdn.csv")
          .contains("gave up after 4 attempts")
          .contains("the next update tries it again")
          .doesNotContain("\tat ");
      assertThat(cut.out())
          .contains("the UN list of 2026-02-27 (un-sc-consolidated-2026-02-27.xml.gz)")
          .contains("is in the store already");

      mirror.heal("sanctions/sdn.csv");
      CliRun update = CliRun.of("update", "sanctions", "--db", db, "--source", source);
      assertThat(update.exitCode()).as(update.err()).isZero();
      assertThat(update.out())
          .contains("Sanctions: OFAC list of " + today + " (")
          .contains("sdn_" + today + ".csv)")
          .contains("Imported 14965 entries");
      assertThat(mirror.requests()).contains("sanctions/sdn.csv bytes=400000-");

      CliRun again = CliRun.of("update", "sanctions", "--db", db, "--source", source);
      assertThat(again.exitCode()).isZero();
      assertThat(again.out()).contains("sdn_" + today + ".csv is imported already");
      assertThat(CliRun.of("status", "--db", db).out())
          .containsPattern("sanctions list \\(OFAC\\) +2024-05-03 … " + today);
    }
  }

  /**
   * {@code update unvotes} against a mirror of the UN's extracts serving session 80 as the source
   * had it on 2026-02-15: every roll call of it is in the bundled store already (from the UN's file
   * of 2026-07-10), so nothing is counted twice; session 81, running today, has no file there yet.
   */
  @Test
  void unVotesFromAMirrorAddNothingTheStoreHoldsAndSayWhatIsNotPublished() throws Exception {
    LocalMirror.buildUnVotes(dir.resolve("site/data_extract"));
    String db = BundledStore.copyTo(dir.resolve("store.duckdb")).toString();
    try (LocalMirror mirror = new LocalMirror(dir.resolve("site"), 0)) {
      String source = mirror.base() + "data_extract/";
      CliRun dry = CliRun.of("update", "unvotes", "--db", db, "--source", source, "--dry-run");
      assertThat(dry.exitCode()).as(dry.err()).isZero();
      assertThat(dry.out())
          .contains("UN votes at " + source + ": session(s) 80, 81")
          .contains("ES-10.json, ES-11.json")
          .contains("the store's last roll call: 2026-06-04")
          .contains("Dry run");

      CliRun first = CliRun.of("update", "unvotes", "--db", db, "--source", source);
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out())
          .contains("81.json is not published yet")
          .contains("Imported 0 roll calls, 0 votes;");

      CliRun again = CliRun.of("update", "unvotes", "--db", db, "--source", source);
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.out()).contains("as already imported (same SHA-256): nothing new");
    }
  }

  @Test
  void anUnreachableSourceOrAWrongAddressIsAClearError() throws Exception {
    String db = BundledStore.copyTo(dir.resolve("store.duckdb")).toString();
    CliRun wrong = CliRun.of("update", "--db", db, "--source", "data.gdeltproject.org/gdeltv2");
    assertThat(wrong.exitCode()).isNotZero();
    assertThat(wrong.err())
        .contains("expected an http:// or https:// address")
        .doesNotContain("\tat ");

    CliRun closed =
        CliRun.of(
            "update", "--db", db, "--source", "http://127.0.0.1:9/gdeltv2/", "--timeout", "1");
    assertThat(closed.exitCode()).isNotZero();
    assertThat(closed.err())
        .contains("http://127.0.0.1:9/gdeltv2/masterfilelist.txt")
        .contains("nothing was imported")
        .doesNotContain("\tat ");

    CliRun votes =
        CliRun.of(
            "update",
            "unvotes",
            "--db",
            db,
            "--source",
            "http://127.0.0.1:9/data_extract/",
            "--timeout",
            "1");
    assertThat(votes.exitCode()).isNotZero();
    assertThat(votes.err())
        .contains("http://127.0.0.1:9/data_extract/80.json")
        .contains("nothing was imported")
        .doesNotContain("\tat ");
  }
}
