package org.entente.text.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.domain.DatePrecision;
import org.entente.domain.PartialDate;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case table {@code temporal-cases.tsv} (one test per line; its header says the format), a walk
 * through the seed briefing's dated sentences with one context, and the rules files' errors.
 */
class TemporalNormaliserTest {

  private static final String TABLE = "temporal-cases.tsv";

  /** One line of the table. */
  record Case(
      int line,
      String lang,
      LocalDate doc,
      PartialDate last,
      String text,
      String match,
      String kind,
      String date,
      String to) {}

  static List<Case> table() {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = TemporalNormaliserTest.class.getResourceAsStream(TABLE)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 8) {
          throw new IllegalArgumentException(
              TABLE + ":" + n + ": 8 columns expected, found " + c.length);
        }
        cases.add(
            new Case(
                n,
                c[0],
                c[1].equals("-") ? null : LocalDate.parse(c[1]),
                c[2].equals("-") ? null : PartialDate.parse(c[2]),
                c[3],
                c[4],
                c[5],
                c[6],
                c[7]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  static Stream<Arguments> cases() {
    return table().stream()
        .map(
            c ->
                Arguments.of(
                    Named.of(TABLE + ":" + c.line() + " " + c.lang() + " " + c.text(), c)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tableCase(Case c) {
    DateContext context = DateContext.of(c.doc());
    if (c.last() != null) {
      context.mention(c.last().first(), precision(c.last()));
    }
    List<TimeExpression> found = TemporalNormaliser.forLanguage(c.lang()).find(c.text(), context);
    if (c.kind().equals("NONE")) {
      assertThat(found).as("no time expression in '%s'", c.text()).isEmpty();
      return;
    }
    TimeExpression e =
        found.stream()
            .filter(x -> x.text().equals(c.match()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("'" + c.match() + "' not found; found " + found));
    assertThat(c.text().substring(e.start(), e.end())).isEqualTo(c.match());
    assertThat(e.kind().name()).as("kind of %s", e).isEqualTo(c.kind());
    if (e.kind() == TimeExpression.Kind.PERIOD) {
      assertThat(e.period().name()).as("period of %s", e).isEqualTo(c.date());
      assertThat(e.period().part().name()).as("part of %s", e).isEqualTo(c.to());
      return;
    }
    assertThat(String.valueOf(e.partialDate())).as("date of %s", e).isEqualTo(c.date());
    assertThat(e.to() == null ? "-" : e.partialTo().toString()).as("to of %s", e).isEqualTo(c.to());
  }

  @Test
  void tableHasTheCasesPromised() {
    List<Case> cases = table();
    assertThat(cases.stream().filter(c -> c.lang().equals("ja")).count())
        .isGreaterThanOrEqualTo(80);
    assertThat(cases.stream().filter(c -> c.lang().equals("en")).count())
        .isGreaterThanOrEqualTo(40);
    assertThat(cases.stream().filter(c -> c.kind().equals("NONE")).count())
        .isGreaterThanOrEqualTo(10);
  }

  /**
   * The seed's dated sentences in their order, read with one context as the pipeline will: each
   * relative date must come out as the gold events have it ({@code
   * fixtures/text-gold/seed.gold.jsonl}).
   */
  @Test
  void seedSentencesInOrderWithOneContext() {
    TemporalNormaliser ja = TemporalNormaliser.forLanguage("ja");
    DateContext context = DateContext.none();
    List<String> dated = new ArrayList<>();
    for (String sentence :
        List.of(
            "2023年9月13日、ロシア極東のボストーチヌィー宇宙基地。",
            "4年ぶりに金正恩総書記と会談したプーチン大統領の口から発言が飛び出した。",
            "ロ朝首脳会談から1か月後の10月13日、カービー戦略広報調整官は記者会見で明らかにした。",
            "筆者が2018年にこの埠頭を見学した際には石炭の山が野積みされていた。",
            "中国は1992年に中朝間の一般貿易をハードカレンシー方式に変更した。",
            "また金正日時代の末期に、中朝共同開発の合意を結んだ際も方針を示した。",
            "中国国家主席の訪朝は2005年10月を最後に2019年6月まで、約14年間にわたって行われなかった。",
            "変化し始めるのは、2018年の米朝首脳会談以降である。",
            "またロシアは同年3月の大統領選挙でプーチン氏が再選された。",
            "2018年9月の国連総会で、中ロは揃って北朝鮮制裁の緩和を公然と主張した。",
            "その翌月、中ロ朝外務次官級対話後に発表された共同報道文には一文が入っている。",
            "そして2022年9月には、ロシアが北朝鮮に弾薬の調達を申し入れたと米国が発表した。",
            "また東京新聞(12月22日付)が実際の取引をスクープすると切り捨てた。")) {
      for (TimeExpression e : ja.find(sentence, context)) {
        dated.add(e.toString().replaceAll(" \\[.*", ""));
      }
    }
    assertThat(dated)
        .containsExactly(
            "DATE 2023-09-13 \"2023年9月13日\"",
            "GAP 2019..2023-09-13 \"4年ぶり\"",
            "DATE 2023-10-13 \"1か月後の10月13日\"",
            "DATE 2018 \"2018年\"",
            "DATE 1992 \"1992年\"",
            "PERIOD 金正日時代/LATE \"金正日時代の末期\"",
            "LAST 2005-10 \"2005年10月を最後に\"",
            "UNTIL 2019-06 \"2019年6月まで\"",
            "DATE 2018 \"2018年\"",
            "DATE 2018-03 \"同年3月\"",
            "DATE 2018-09 \"2018年9月\"",
            "DATE 2018-10 \"その翌月\"",
            "DATE 2022-09 \"2022年9月\"",
            "DATE 2022-12-22 \"12月22日\"");
    assertThat(context.last()).contains(LocalDate.of(2022, 12, 22));
  }

  @Test
  void spansAreThoseOfTheTextAsGiven() {
    String text = "会談は２０２３年９月１３日、";
    TimeExpression e = TemporalNormaliser.forLanguage("ja").find(text, DateContext.none()).get(0);
    assertThat(e.start()).isEqualTo(3);
    assertThat(e.end()).isEqualTo(13);
    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 9, 13));
    assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
  }

  @Test
  void aGapDoesNotMoveTheContextButEveryDateWrittenDoes() {
    TemporalNormaliser ja = TemporalNormaliser.forLanguage("ja");
    DateContext context = DateContext.none().mention(LocalDate.of(2023, 9, 13), DatePrecision.DAY);
    ja.find("4年ぶりに会談した。", context);
    assertThat(context.last()).contains(LocalDate.of(2023, 9, 13));
    ja.find("2010年から2012年まで交渉が続いた。", context);
    assertThat(context.last()).contains(LocalDate.of(2012, 1, 1));
    assertThat(context.lastPrecision()).contains(DatePrecision.YEAR);
  }

  @Test
  void unknownLanguageIsRefusedByName() {
    assertThatThrownBy(() -> TemporalNormaliser.forLanguage("fr"))
        .hasMessageContaining("'fr'")
        .hasMessageContaining("[ja, en]");
  }

  @Test
  void badRulesAreReportedWithFileAndLine() {
    assertThatThrownBy(
            () -> TemporalNormaliser.fromRules("r.tsv", List.of("# c", "date\tDAT\t\\d+年")))
        .hasMessageContaining("r.tsv:2")
        .hasMessageContaining("'DAT'");
    assertThatThrownBy(() -> TemporalNormaliser.fromRules("r.tsv", List.of("date\tDATE\t([0-9]年")))
        .hasMessageContaining("r.tsv:1: bad regular expression");
    assertThatThrownBy(
            () ->
                TemporalNormaliser.fromRules(
                    "r.tsv", List.of("date\tDATE\t(?<d>\\d+)日\tbase=last add=$u:+1")))
        .hasMessageContaining("r.tsv:1: $u used but the pattern has no group");
    assertThatThrownBy(() -> TemporalNormaliser.fromRules("r.tsv", List.of("date\tDATE\t{YEAR}年")))
        .hasMessageContaining("unknown macro {YEAR}");
    assertThatThrownBy(
            () ->
                TemporalNormaliser.fromRules(
                    "r.tsv", List.of("date\tDATE\t(?<y>\\d{4})年\tbase=now")))
        .hasMessageContaining("base must be last or doc, was 'now'");
  }

  static DatePrecision precision(PartialDate d) {
    return switch (d.precision()) {
      case DAY -> DatePrecision.DAY;
      case MONTH -> DatePrecision.MONTH;
      case YEAR -> DatePrecision.YEAR;
    };
  }
}
