package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.SanctionsPrograms;
import org.entente.ingest.Progress;
import org.entente.store.SanctionsFile;
import org.entente.store.SanctionsImport;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal cases on the fixture lists; the evaluation over the whole lists is NameSearchIT. */
class NameSearchTest {

  @TempDir static Path dir;
  private static Store store;
  private static NameSearch search;

  @BeforeAll
  static void index() {
    store = Store.open(dir.resolve("names.duckdb"), "256MB");
    new SanctionsImport(store, SanctionsPrograms.bundled())
        .run(
            List.of(
                SanctionsFile.un(Fixtures.file("sanctions/un-consolidated-2026-02-27-sample.xml")),
                SanctionsFile.ofac(
                    Fixtures.file("sanctions/sdn-2024-05-03-sample.csv"),
                    LocalDate.of(2024, 5, 3))),
            "test",
            0,
            null,
            Progress.NONE);
    SanctionsQueries queries = new SanctionsQueries(store);
    search = new NameSearch(new SanctionsCatalog(queries), queries.names());
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String top(String query) {
    List<NameMatch> matches = search.search(query, 5);
    assertThat(matches).as(query).isNotEmpty();
    return matches.get(0).designated().entry().entryId();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Jong Un",
        "KIM Jong-un",
        "Jong Un Kim",
        "Kim Jong-Eun",
        "kim jongun",
        "KIM, Jong Un"
      })
  void everyFormOfTheNameFindsTheDesignationFirst(String query) {
    assertThat(top(query)).isEqualTo("20157");
  }

  @Test
  void anExactNameScoresOneAndCarriesItsEntryAsEvidence() {
    NameMatch match = search.search("kim jong un", 1).get(0);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.matched()).isEqualTo("KIM, Jong Un");
    assertThat(match.kind()).isEqualTo("name");
    assertThat(match.designated().entry().programs()).containsExactly("DPRK3");
    assertThat(match.designated().entry().source()).endsWith("sdn-2024-05-03-sample.csv:6");
  }

  @Test
  void aliasesRomanisationsAndAccentsMatch() {
    assertThat(top("Yun Ho-chin")).isEqualTo("KPi.001"); // a UN alias
    assertThat(top("Yoon Ho Jin")).isEqualTo("KPi.001");
    assertThat(top("Lee Pyong Chol")).isEqualTo("KPi.076");
    assertThat(top("Muammar Gaddafi")).isEqualTo("12606");
    assertThat(top("Vladimir Putin")).isEqualTo("35096");
    assertThat(top("Korea Kwangson Banking Corp")).isEqualTo("KPe.025");
    assertThat(top("KKBC")).isEqualTo("KPe.025");
    assertThat(top("BNC")).isEqualTo("306");
    assertThat(top("Yevgéniy Prigozhin")).isEqualTo("21171");
  }

  @Test
  void namesThatAreNotListedFindNothing() {
    assertThat(search.search("Xi Jinping", 5)).isEmpty();
    assertThat(search.search("Kim Dae-jung", 5)).isEmpty();
    assertThat(search.search("", 5)).isEmpty();
    assertThat(search.search("---", 5)).isEmpty();
  }

  @Test
  void matchesComeBestFirstWithinTheLimit() {
    List<NameMatch> matches = search.search("Kim", 3);
    assertThat(matches).hasSizeLessThanOrEqualTo(3);
    assertThat(matches).isSortedAccordingTo(NameSearch.ORDER);
    assertThatThrownBy(() -> search.search("Kim", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
