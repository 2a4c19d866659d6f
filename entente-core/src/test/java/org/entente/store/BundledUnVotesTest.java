package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundledUnVotesTest {

  @Test
  void checksumListMatchesTheBundledFiles() {
    Map<String, String> sums = BundledUnVotes.checksums();
    assertThat(sums)
        .containsOnlyKeys(
            "un_roll_calls.csv.gz",
            "un_roll_call_issues.csv.gz",
            "un_votes.csv.gz",
            "unga_session75_2020_roll_calls.csv.gz",
            "unga_session75_2020_votes.csv.gz");
    sums.forEach(
        (name, sha) -> assertThat(BundledUnVotes.file(name).sha256()).as(name).isEqualTo(sha));
  }

  @Test
  void caveatNamesTheStatesWhoseSession75VotesWereInferred() {
    assertThat(BundledUnVotes.caveats("CHN", "RUS", PeriodUnit.SESSION, List.of(74, 75)))
        .singleElement()
        .asString()
        .contains("of RUS were inferred");
    assertThat(BundledUnVotes.caveats("USA", "GBR", PeriodUnit.YEAR, List.of(2021)))
        .singleElement()
        .asString()
        .contains("of USA and GBR");
    assertThat(BundledUnVotes.caveats("CHN", "RUS", PeriodUnit.SESSION, List.of(74))).isEmpty();
    assertThat(BundledUnVotes.caveats("CHN", "PRK", PeriodUnit.SESSION, List.of(75))).isEmpty();
  }
}
