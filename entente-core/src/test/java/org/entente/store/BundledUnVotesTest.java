package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

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
}
