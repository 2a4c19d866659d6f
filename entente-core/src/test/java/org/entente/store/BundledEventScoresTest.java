package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled GDELT scores: listed among the bundled data, checksums true, attribution given. */
class BundledEventScoresTest {

  @Test
  void isABundledSourceWithGdeltsAttributionAndItsLicence() {
    assertThat(BundledData.all()).contains(BundledEventScores.SOURCE);
    assertThat(String.join("\n", BundledData.attribution()))
        .contains("GDELT Project", "Leetaru", "Schrodt", "GPL-3.0");
  }

  @Test
  void sha256SumsListBothFilesWithTheirTrueChecksums() {
    assertThat(BundledEventScores.checksums().keySet())
        .containsExactly(BundledEventScores.MONTHLY_FILE, BundledEventScores.DAILY_FILE);
    for (String name : List.of(BundledEventScores.MONTHLY_FILE, BundledEventScores.DAILY_FILE)) {
      assertThat(BundledEventScores.file(name).sha256())
          .isEqualTo(BundledEventScores.checksums().get(name));
    }
  }
}
