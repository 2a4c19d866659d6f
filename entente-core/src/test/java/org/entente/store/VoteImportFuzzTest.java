package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Progress;
import org.entente.ingest.Reject;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Fuzzes the vote imports — Voeten's CSV (roll calls, votes) through {@code UnVotesReader}, the
 * UN's JSON-lines extracts through {@code UndlVotesReader} — with hostile copies of real files: a
 * refusal changes nothing ({@link FuzzedImport}); an import of a CSV file accounts for every
 * record, added, already there or rejected, and stores no U+FFFD for bytes that were not UTF-8.
 */
class VoteImportFuzzTest extends ImportFuzzing {

  private static final byte[] VOTES = fixture("unvotes/votes_s74.csv");
  private static final byte[] ROLL_CALLS = fixture("unvotes/roll_calls_s74.csv");
  private static final byte[] EXTRACT = fixture("unvotes-undl/ES-11.json.gz");
  private static Path withRollCalls;

  /** A store holding the roll calls of the votes file, so that its votes can be loaded. */
  private static synchronized Path withRollCalls() {
    if (withRollCalls == null) {
      withRollCalls = dir().resolve("roll-calls.duckdb");
      try (Store store = Store.open(withRollCalls, "256MB")) {
        new UnVotesImport(store, CountryCodes.bundled())
            .run(
                new UnVotesFiles(Fixtures.file("unvotes/roll_calls_s74.csv"), null, null),
                "test",
                0,
                null,
                Progress.NONE);
      }
    }
    return withRollCalls;
  }

  @Property(tries = 30)
  void votes(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    byte[] content = damage.apply(VOTES, true);
    SourceFile file = file("votes.csv", content, packing, cut);
    Store store = store(withRollCalls());
    long before = FuzzedImport.rows(store, "votes");
    // A rejects file too: writing it is part of the import (before the commit).
    RejectsFile rejectsFile =
        RejectsFile.at(dir().resolve("rejects-" + System.nanoTime() + ".csv"));
    FuzzedImport.Outcome<ImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new UnVotesImport(store, CountryCodes.bundled())
                    .run(
                        new UnVotesFiles(null, null, file),
                        "fuzz",
                        maxRejects,
                        rejectsFile,
                        Progress.NONE));
    if (outcome.refused() || outcome.report().alreadyLoaded()) {
      return;
    }
    ImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    assertThat(FuzzedImport.rows(store, "votes") - before).isEqualTo(report.votesAdded());
    assertThat(report.votesAdded() + report.unchanged() + rejectedLines(report.rejects()))
        .as("added + unchanged + rejected = the file's records after the header")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
    assertThat(FuzzedImport.replacementCharacters(store, "votes")).isEmpty();
  }

  @Property(tries = 20)
  void rollCalls(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    byte[] content = damage.apply(ROLL_CALLS, true);
    SourceFile file = file("roll_calls.csv", content, packing, cut);
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "roll_calls");
    FuzzedImport.Outcome<ImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new UnVotesImport(store, CountryCodes.bundled())
                    .run(
                        new UnVotesFiles(file, null, null),
                        "fuzz",
                        maxRejects,
                        null,
                        Progress.NONE));
    if (outcome.refused() || outcome.report().alreadyLoaded()) {
      return;
    }
    ImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    assertThat(FuzzedImport.rows(store, "roll_calls") - before).isEqualTo(report.rollCallsAdded());
    assertThat(report.rollCallsAdded() + report.unchanged() + rejectedLines(report.rejects()))
        .as("added + unchanged + rejected = the file's records after the header")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
    assertThat(FuzzedImport.replacementCharacters(store, "roll_calls")).isEmpty();
  }

  /**
   * A UN extract holds one resolution a line with its votes in lists, so its report counts roll
   * calls and votes, not lines: the property is the contract, and that every reject names a line of
   * the file.
   */
  @Property(tries = 20)
  void unExtracts(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    byte[] content = damage.apply(EXTRACT, true);
    SourceFile file = file("ES-11.json", content, packing, cut);
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "votes");
    FuzzedImport.Outcome<ImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new UnVotesImport(store, CountryCodes.bundled())
                    .run(
                        UnVotesFiles.extracts(List.of(file)),
                        "fuzz",
                        maxRejects,
                        null,
                        Progress.NONE));
    if (outcome.refused() || outcome.report().alreadyLoaded()) {
      return;
    }
    ImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    assertThat(FuzzedImport.rows(store, "votes") - before).isEqualTo(report.votesAdded());
    long lines = lines(content);
    for (Reject r : report.rejects()) {
      assertThat(r.line()).as(r.describe()).isBetween(1L, lines);
    }
    assertThat(FuzzedImport.replacementCharacters(store, "roll_calls")).isEmpty();
    assertThat(FuzzedImport.replacementCharacters(store, "resolution_records")).isEmpty();
  }

  /** Lines as a line reader counts them: ended by \n, \r or \r\n, the last one unended too. */
  private static long lines(byte[] content) {
    long lines = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n' || content[i] == '\r') {
        lines++;
        if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
          i++;
        }
      }
    }
    return content.length > 0 && content[content.length - 1] != '\n' ? lines + 1 : lines;
  }
}
