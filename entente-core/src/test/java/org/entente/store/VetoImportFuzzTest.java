package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.entente.code.PermanentMembers;
import org.entente.ingest.HostileInput;
import org.entente.ingest.HostileInput.Damage;
import org.entente.ingest.HostileInput.Packing;
import org.entente.ingest.Progress;
import org.entente.ingest.SourceFile;

/**
 * Fuzzes the veto import ({@code UnscVetoReader}, both layouts: the 1946–2022 list and the cited
 * additions) with hostile copies of real files: refused with the store unchanged, or every record
 * added, already there or rejected.
 */
class VetoImportFuzzTest extends ImportFuzzing {

  private static final byte[] LIST = fixture("unsc-vetoes/vetoes-1946-2022-sample.csv");
  private static final byte[] ADDITIONS = fixture("unsc-vetoes/vetoes-2022-2025-sample.csv");

  @Property(tries = 30)
  void theVetoList(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check("vetoes-1946-2022.csv", LIST, damage, packing, cut, maxRejects);
  }

  @Property(tries = 30)
  void theCitedAdditions(
      @ForAll("damage") Damage damage,
      @ForAll("packing") Packing packing,
      @ForAll @DoubleRange(min = 0, max = 1) double cut,
      @ForAll("maxRejects") int maxRejects) {
    check("vetoes-2022-2025.csv", ADDITIONS, damage, packing, cut, maxRejects);
  }

  private void check(
      String name, byte[] real, Damage damage, Packing packing, double cut, int maxRejects) {
    byte[] content = damage.apply(real, true);
    SourceFile file = file(name, content, packing, cut);
    Store store = store(emptyStore());
    long before = FuzzedImport.rows(store, "unsc_vetoes");
    FuzzedImport.Outcome<VetoImportReport> outcome =
        FuzzedImport.run(
            store,
            () ->
                new VetoImport(store, PermanentMembers.bundled())
                    .run(List.of(file), "fuzz", maxRejects, null, Progress.NONE));
    if (outcome.refused()) {
      return;
    }
    VetoImportReport report = outcome.report();
    assertThat(packing).as("a cut gzip file imports").isNotEqualTo(Packing.GZIP_CUT);
    if (report.alreadyLoaded()) {
      return;
    }
    assertThat(FuzzedImport.rows(store, "unsc_vetoes") - before).isEqualTo(report.vetoesAdded());
    assertThat(report.vetoesAdded() + report.unchanged() + rejectedLines(report.rejects()))
        .as("added + unchanged + rejected = the file's records after the header")
        .isEqualTo(HostileInput.csvRecords(content) - 1);
    assertThat(FuzzedImport.replacementCharacters(store, "unsc_vetoes")).isEmpty();
  }
}
