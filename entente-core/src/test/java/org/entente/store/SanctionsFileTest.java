package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.entente.Fixtures;
import org.entente.domain.SanctionsList;
import org.entente.ingest.SourceFile;
import org.junit.jupiter.api.Test;

/** {@code import-sanctions} recognises a list by its content, its day by its name. */
class SanctionsFileTest {

  private static SourceFile renamed(SourceFile file, String name) {
    return new SourceFile(name, file.bytes());
  }

  @Test
  void theUnListByItsRootAndItsOwnDate() {
    SanctionsFile un =
        SanctionsFile.detect(
            Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml"), null);
    assertThat(un.list()).isEqualTo(SanctionsList.UN);
    assertThat(un.published()).isNull();
  }

  @Test
  void theSdnListByItsFirstRecordAndItsDayFromTheNameOrTheOption() {
    SourceFile sample = Fixtures.file("sanctions/sdn-2024-05-03-sample.csv");
    SanctionsFile sdn = SanctionsFile.detect(sample, null);
    assertThat(sdn.list()).isEqualTo(SanctionsList.OFAC);
    assertThat(sdn.published()).isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(SanctionsFile.detect(sample, LocalDate.of(2024, 5, 4)).published())
        .isEqualTo(LocalDate.of(2024, 5, 4));
    assertThatThrownBy(() -> SanctionsFile.detect(renamed(sample, "sdn.csv"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sdn.csv: the OFAC list does not say its day")
        .hasMessageContaining("--published");
  }

  @Test
  void theMofListByItsHeaderEvenCompressedAndItsDayFromAnArchivedName() {
    SourceFile bundled =
        SourceFile.of(Fixtures.bundled("sanctions/mof-shisantouketsu-2026-08-28-excerpt.csv.gz"));
    SanctionsFile mof = SanctionsFile.detect(bundled, null);
    assertThat(mof.list()).isEqualTo(SanctionsList.MOF);
    assertThat(mof.published()).isEqualTo(LocalDate.of(2026, 8, 28));
    // An archive's download stamp comes first in its name; the list's day is the last one.
    assertThat(
            SanctionsFile.detect(
                    renamed(bundled, "20260829T214642Z__shisantouketsu20260828.csv.gz"), null)
                .published())
        .isEqualTo(LocalDate.of(2026, 8, 28));
  }

  @Test
  void anythingElseIsRefusedByName() {
    SourceFile text =
        new SourceFile("notes.csv", "id,name\n1,Kim\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SanctionsFile.detect(text, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes.csv: not a sanctions list Entente reads")
        .hasMessageContaining("sdn.csv");
  }
}
