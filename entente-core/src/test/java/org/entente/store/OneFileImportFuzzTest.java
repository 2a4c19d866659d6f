package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.entente.code.CountryCodes;
import org.entente.code.CowCodes;
import org.entente.domain.ScoreRow;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Progress;
import org.entente.ingest.RejectsFile;
import org.entente.ingest.SourceFile;

/**
 * Fuzzes the one-file imports — ATOP dyad-years ({@code AtopReader}), treaty records ({@code
 * TreatyReader}), GDELT score series daily and monthly ({@code GdeltScoreReader}) — with hostile
 * copies of real files: each is refused with the store unchanged, or every record of the file is
 * added, already there or rejected, and no U+FFFD stands for bytes that were not UTF-8.
 */
class OneFileImportFuzzTest extends ImportFuzzing {

  private static final byte[] ATOP = fixture("atop/atop_ddyr_extract.csv");
  private static final byte[] TREATIES = bundled("treaties/treaties.csv");
  private static final byte[] DAILY = fixture("gdelt-graph/daily_extract.csv");
  private static final byte[] MONTHLY = fixture("gdelt-graph/monthly_extract.csv");

  @Property(tries = 30)
  void atopDyadYears(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check(
        "atop_ddyr.csv",
        ATOP,
        "alliance_years",
        damage,
        packing,
        cut,
        maxRejects,
        store -> new AtopImport(store, CowCodes.bundled())::run);
  }

  @Property(tries = 30)
  void treatyRecords(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check(
        "treaties.csv",
        TREATIES,
        "treaty_records",
        damage,
        packing,
        cut,
        maxRejects,
        store -> new TreatyImport(store, CountryCodes.bundled())::run);
  }

  @Property(tries = 30)
  void gdeltDailyScores(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check(
        "daily.csv",
        DAILY,
        "event_scores",
        damage,
        packing,
        cut,
        maxRejects,
        store -> new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.DAY)::run);
  }

  @Property(tries = 30)
  void gdeltMonthlyScores(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check(
        "monthly.csv",
        MONTHLY,
        "event_scores",
        damage,
        packing,
        cut,
        maxRejects,
        store ->
            new ScoreSeriesImport(store, CountryCodes.bundled(), ScoreRow.Precision.MONTH)::run);
  }

  /** One of the imports' {@code run(file, kind, maxRejects, rejectsFile, progress)}. */
  interface OneFile {
    AllianceImportReport run(
        SourceFile file, String kind, int maxRejects, RejectsFile rejectsFile, Progress progress);
  }

  private void check(
      String name,
      byte[] real,
      String table,
      Damage damage,
      Packing packing,
      double cut,
      int maxRejects,
      Function<Store, OneFile> importer) {
    byte[] content = damage.apply(real, true);
    SourceFile file = file(name, content, packing, cut);
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, table);
    FuzzedImport.Outcome<AllianceImportReport> outcome =
        FuzzedImport.run(
            store, () -> importer.apply(store).run(file, "fuzz", maxRejects, null, Progress.NONE));
    if (outcome.refused()) {
      return;
    }
    AllianceImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    if (report.alreadyLoaded()) {
      return;
    }
    assertThat(FuzzedImport.rows(store, table) - before).isEqualTo(report.rowsAdded());
    assertThat(report.rowsAdded() + report.unchanged() + rejectedLines(report.rejects()))
        .as("added + unchanged + rejected = the file's records after the header")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
    assertThat(FuzzedImport.replacementCharacters(store, table)).isEmpty();
  }
}
