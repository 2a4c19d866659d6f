package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} end to end over a store holding the README's example articles ({@code examples/}):
 * the exact row for a place name the Japanese article uses once, every sentence of the English one
 * that names Pyongyang, filters, odd input, and what to do when the store has nothing to search.
 */
class SearchCommandIT {

  static final Path JAPANESE = Path.of("..", "examples", "ja-russia-north-korea.txt");
  static final Path ENGLISH = Path.of("..", "examples", "en-russia-north-korea.txt");

  @TempDir Path dir;

  @Test
  void theExamplesSentencesAreFoundWithTheirPlaceAndMatchedRanges() throws Exception {
    String db = dir.resolve("search.duckdb").toString();
    CliRun load = CliRun.of("import-text", JAPANESE.toString(), ENGLISH.toString(), "--db", db);
    assertThat(load.exitCode()).as(load.err()).isZero();

    CliRun csv = CliRun.of("search", "朝鮮半島", "--kind", "sentence", "--format", "csv", "--db", db);

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.err()).contains("1 match(es), 1 shown.");
    // The score is Lucene's, the id the article's row in the store: both masked, the rest exact.
    assertThat(csv.out().lines())
        .extracting(l -> l.replaceFirst("^(\\d+,sentence,)[0-9.]+,([^,]+),\\d+,", "$1SCORE,$2,ID,"))
        .containsExactly(
            "rank,kind,score,evidence,id,language,date,source,target,cameo,text,matches",
            "1,sentence,SCORE,ja-russia-north-korea.txt#19,ID,ja,,,,,"
                + "我々は、この協力が欧州、朝鮮半島、インド太平洋地域全域、そして世界中における安全保障に与える影響を深く懸念している。,12-16");

    // Every sentence that names Pyongyang (as the article splits them: a sentence ends at ". "),
    // each with the range of the word.
    long expected =
        Files.readString(ENGLISH)
            .lines()
            .flatMap(line -> java.util.Arrays.stream(line.split("(?<=[.?!])\\s+")))
            .filter(sentence -> sentence.contains("Pyongyang"))
            .count();
    CliRun english = CliRun.of("search", "Pyongyang", "--format", "jsonl", "--db", db);
    assertThat(english.exitCode()).as(english.err()).isZero();
    assertThat(english.out().lines()).hasSize((int) expected);
    assertThat(english.out().lines())
        .allSatisfy(l -> assertThat(l).contains("\"kind\":\"sentence\"").contains("Pyongyang"));

    CliRun both =
        CliRun.of("search", "朝鮮半島", "国連", "--limit", "3", "--format", "jsonl", "--db", db);
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(both.out().lines()).hasSize(3);

    CliRun russia = CliRun.of("search", "制裁", "--state", "Russia", "--format", "csv", "--db", db);
    assertThat(russia.exitCode()).as(russia.err()).isZero();
    assertThat(russia.out()).contains("ロシアの拒否権行使により否決された");

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
