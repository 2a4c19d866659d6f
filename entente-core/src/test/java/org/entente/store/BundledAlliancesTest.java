package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledAlliancesTest {

  @Test
  void checksumListsMatchTheBundledFiles() {
    Map<String, String> sums = BundledAlliances.checksums();
    assertThat(sums.keySet())
        .containsExactly(
            "/org/entente/data/atop/atop5_1_ddyr.csv.gz",
            "/org/entente/data/treaties/treaties.csv");
    assertThat(BundledAlliances.atopFile().sha256())
        .isEqualTo(sums.get("/org/entente/data/atop/atop5_1_ddyr.csv.gz"));
    assertThat(BundledAlliances.treatyFile().sha256())
        .isEqualTo(sums.get("/org/entente/data/treaties/treaties.csv"));
  }

  @Test
  void theAttributionCitesAtop() {
    assertThat(BundledAlliances.SOURCE.attribution())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("ATOP 5.1", "Leeds", "International Interactions 28", "237–260"));
    assertThat(BundledData.all()).contains(BundledAlliances.SOURCE);
  }
}
