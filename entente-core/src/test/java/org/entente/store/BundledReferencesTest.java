package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

class BundledReferencesTest {

  private static final String PEACE = "peace-scale-v3-dev-dyads.csv.gz";
  private static final String RIVALRIES = "tss-rivalries-2020.csv.gz";

  @Test
  void checksumListMatchesTheBundledFiles() {
    Map<String, String> sums = BundledReferences.checksums();
    assertThat(sums.keySet()).containsExactlyInAnyOrder(PEACE, RIVALRIES);
    assertThat(BundledReferences.peaceFile().sha256()).isEqualTo(sums.get(PEACE));
    assertThat(BundledReferences.rivalryFile().sha256()).isEqualTo(sums.get(RIVALRIES));
  }

  /**
   * The validation fixtures stay for the tests that read them by path ({@code eval peace-scale}'s
   * among them); they must be the bundled files, byte for byte once uncompressed.
   */
  @Test
  void theValidationFixturesAreTheBundledFiles() throws IOException {
    assertThat(gunzip(Fixtures.bundled("validation/" + PEACE)))
        .isEqualTo(gunzip(Fixtures.path("validation/" + PEACE)));
    assertThat(gunzip(Fixtures.bundled("validation/" + RIVALRIES)))
        .isEqualTo(Files.readAllBytes(Fixtures.path("validation/tss-rivalries-2020.csv")));
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  @Test
  void theAttributionCitesBothWorks() {
    assertThat(BundledReferences.SOURCE.attribution())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains(
                        "Peace Scale v3.0",
                        "Diehl",
                        "Conflict Management and Peace Science 38(5)",
                        "CC BY 4.0"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("Thompson", "Sakuwa", "Suhas", "Analyzing Strategic Rivalries"));
    assertThat(BundledData.all()).contains(BundledReferences.SOURCE);
    assertThat(BundledData.attribution()).containsAll(BundledReferences.ATTRIBUTION);
  }
}
