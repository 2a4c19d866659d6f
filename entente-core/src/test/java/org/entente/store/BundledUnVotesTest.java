package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledUnVotesTest {

  @Test
  void checksumListsMatchTheBundledFiles() {
    Map<String, String> sums = BundledUnVotes.checksums();
    assertThat(sums.keySet())
        .extracting(path -> path.substring(path.lastIndexOf('/') + 1))
        .containsExactly(
            "un_roll_call_issues.csv.gz",
            "un_roll_calls.csv.gz",
            "un_votes.csv.gz",
            "75.json.gz",
            "76.json.gz",
            "77.json.gz",
            "78.json.gz",
            "79.json.gz",
            "80.json.gz",
            "ES-10.json.gz",
            "ES-11.json.gz");
    sums.forEach(
        (path, sha) -> {
          int slash = path.lastIndexOf('/') + 1;
          assertThat(BundledUnVotes.file(path.substring(0, slash), path.substring(slash)).sha256())
              .as(path)
              .isEqualTo(sha);
        });
  }

  @Test
  void replacedFilesAreNoLongerBundled() {
    assertThat(BundledUnVotes.checksums().values())
        .doesNotContainAnyElementsOf(BundledUnVotes.REPLACED);
  }

  @Test
  void caveatSaysWhereTheUnsWholeResolutionVotesBegin() {
    assertThat(BundledUnVotes.caveats("CHN", "RUS", PeriodUnit.SESSION, List.of(74, 75)))
        .singleElement()
        .asString()
        .contains("from session 75", "whole resolutions", "United Nations");
    assertThat(BundledUnVotes.caveats("USA", "GBR", PeriodUnit.YEAR, List.of(2021))).hasSize(1);
    assertThat(BundledUnVotes.caveats("CHN", "RUS", PeriodUnit.SESSION, List.of(73, 74))).isEmpty();
    assertThat(BundledUnVotes.caveats("CHN", "RUS", PeriodUnit.YEAR, List.of(2019))).isEmpty();
  }
}
