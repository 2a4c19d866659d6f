package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} end to end over a store holding the seed briefing: the exact rows for a place name
 * the briefing uses twice, filters, odd input, and what to do when the store has nothing to search.
 */
class SearchCommandIT {

  private static final Path SEED =
      Path.of("..", "..", "shared", "seed", "000_773c8fdd13e22dec.txt");

  @TempDir Path dir;

  @Test
  void theSeedsSentencesAreFoundWithTheirPlaceAndMatchedRanges() {
    assumeTrue(Files.isRegularFile(SEED), "no shared seed at " + SEED.toAbsolutePath());
    String db = dir.resolve("search.duckdb").toString();
    CliRun load = CliRun.of("import-text", SEED.toString(), "--db", db);
    assertThat(load.exitCode()).as(load.err()).isZero();

    CliRun csv = CliRun.of("search", "羅津", "--kind", "sentence", "--format", "csv", "--db", db);

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.err()).contains("2 match(es), 2 shown.");
    // The score is Lucene's, the id the article's row in the store: both masked, the rest exact.
    assertThat(csv.out().lines())
        .extracting(l -> l.replaceFirst("^(\\d+,sentence,)[0-9.]+,([^,]+),\\d+,", "$1SCORE,$2,ID,"))
        .containsExactly(
            "rank,kind,score,evidence,id,language,date,source,target,cameo,text,matches",
            "1,sentence,SCORE,000_773c8fdd13e22dec.txt#11,ID,ja,,,,,"
                + "羅津港は北朝鮮が第二埠頭を主に使用しており、第一埠頭は中国の輸送会社が投資して改修されている。,0-2",
            "2,sentence,SCORE,000_773c8fdd13e22dec.txt#8,ID,ja,,,,,"
                + "\"ロ朝首脳会談から1か月後の10月13日、ホワイトハウス国家安全保障会議(NSC)のジョン・カービー戦略広報調整官は記者会見で、"
                + "コンテナ1,000個以上に相当する弾薬などの軍事物資が最近、北朝鮮北東部・羅津港(第二埠頭)からロシアへ輸送されたと明らかにした。\",100-102");

    CliRun both = CliRun.of("search", "羅津", "国連", "--limit", "3", "--format", "jsonl", "--db", db);
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(both.out().lines()).hasSize(3);
    assertThat(both.out().lines().findFirst().orElseThrow())
        .startsWith("{\"rank\":1,\"kind\":\"sentence\",\"score\":")
        .contains("\"matches\":\"0-2\"");

    CliRun russia = CliRun.of("search", "制裁", "--state", "Russia", "--format", "csv", "--db", db);
    assertThat(russia.exitCode()).as(russia.err()).isZero();
    assertThat(russia.out()).contains("クリミア併合により欧米から制裁を受けるロシア");

    CliRun odd = CliRun.of("search", "(((", "\"", "--db", db);
    assertThat(odd.exitCode()).as(odd.err()).isZero();
    assertThat(odd.err()).contains("no searchable words").doesNotContain("Exception");

    CliRun kind = CliRun.of("search", "制裁", "--kind", "treaty", "--db", db);
    assertThat(kind.exitCode()).isEqualTo(1);
    assertThat(kind.err()).contains("expected all, sentence or event");
  }

  @Test
  void aStoreWithoutArticlesOrEventsSaysHowToImportThem() {
    CliRun none = CliRun.of("search", "制裁", "--db", dir.resolve("empty.duckdb").toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err()).contains("import articles with `entente import-text FILE`");
  }
}
