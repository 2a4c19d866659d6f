package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.entente.code.SanctionsPrograms;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Progress;

/**
 * Fuzzes the sanctions list imports — the UN's consolidated XML ({@code UnSanctionsListReader}) and
 * OFAC's headerless {@code sdn.csv} ({@code OfacSdnReader}) — with hostile copies of real files:
 * refused with the store unchanged, or imported; for OFAC every record of the file is an entry or
 * rejected.
 */
class SanctionsImportFuzzTest extends ImportFuzzing {

  private static final byte[] UN = fixture("sanctions/un-consolidated-2026-02-27-sample.xml");
  private static final byte[] OFAC = fixture("sanctions/sdn-2024-05-03-sample.csv");
  private static final Pattern ENTRY = Pattern.compile("<(INDIVIDUAL|ENTITY)>");

  /** A day of its own for each OFAC file, so no try meets an earlier one's snapshot of the day. */
  private static final AtomicInteger day = new AtomicInteger();

  @Property(tries = 30)
  void theUnConsolidatedList(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    byte[] content = damage.apply(UN, true);
    SanctionsFile file = SanctionsFile.un(file("consolidated.xml", content, packing, cut));
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "sanction_entries");
    FuzzedImport.Outcome<SanctionsImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new SanctionsImport(store, SanctionsPrograms.bundled())
                    .run(List.of(file), "fuzz", maxRejects, null, Progress.NONE));
    if (outcome.refused()) {
      return;
    }
    SanctionsImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    assertThat(FuzzedImport.rows(store, "sanction_entries") - before)
        .isEqualTo(report.entriesAdded());
    // Entries are elements, not lines: at most one per opening tag in the text.
    Matcher entries = ENTRY.matcher(new String(content, StandardCharsets.ISO_8859_1));
    long tags = entries.results().count();
    assertThat(report.entriesAdded()).isLessThanOrEqualTo(tags);
    assertThat(FuzzedImport.replacementCharacters(store, "sanction_names")).isEmpty();
  }

  @Property(tries = 30)
  void ofacSdn(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    byte[] content = damage.apply(OFAC, true);
    SanctionsFile file =
        SanctionsFile.ofac(
            file("sdn.csv", content, packing, cut),
            LocalDate.of(2024, 5, 3).plusDays(day.incrementAndGet()));
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "sanction_entries");
    FuzzedImport.Outcome<SanctionsImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new SanctionsImport(store, SanctionsPrograms.bundled())
                    .run(List.of(file), "fuzz", maxRejects, null, Progress.NONE));
    if (outcome.refused()) {
      return;
    }
    SanctionsImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    if (report.alreadyLoaded()) {
      return;
    }
    assertThat(FuzzedImport.rows(store, "sanction_entries") - before)
        .isEqualTo(report.entriesAdded());
    // The last record is OFAC's end-of-file mark (Ctrl-Z alone on its line), not an entry.
    assertThat(report.entriesAdded() + rejectedLines(report.rejects()))
        .as("entries + rejected = the file's records before the end-of-file mark")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
    assertThat(FuzzedImport.replacementCharacters(store, "sanction_names")).isEmpty();
  }
}
