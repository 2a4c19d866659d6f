package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledConflictTest {

  @Test
  void checksumListMatchesTheBundledFiles() {
    Map<String, String> sums = BundledConflict.checksums();
    assertThat(sums.keySet())
        .containsExactlyInAnyOrder(
            "cow-mid5-dyad-years-1946-2014.csv.gz", "cow-igo-joint-memberships-1946-2014.csv.gz");
    assertThat(BundledConflict.midFile().sha256())
        .isEqualTo(sums.get("cow-mid5-dyad-years-1946-2014.csv.gz"));
    assertThat(BundledConflict.igoFile().sha256())
        .isEqualTo(sums.get("cow-igo-joint-memberships-1946-2014.csv.gz"));
  }

  @Test
  void theAttributionCitesBothArticles() {
    assertThat(BundledConflict.SOURCE.attribution())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("MID 5.0", "Palmer", "Conflict Management and Peace Science 39(4)"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("IGO 3.0", "Pevehouse", "Journal of Peace Research 57(3)"));
    assertThat(BundledData.all()).contains(BundledConflict.SOURCE);
  }
}
