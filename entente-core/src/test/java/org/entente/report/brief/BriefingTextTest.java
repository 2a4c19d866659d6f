package org.entente.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingTextTest {

  private final BriefingText en = new BriefingText(BriefingLanguage.EN);
  private final BriefingText ja = new BriefingText(BriefingLanguage.JA);

  @Test
  void datesReadAsEachLanguageWritesThem() {
    assertThat(en.date("2023-09-13")).isEqualTo("13 September 2023");
    assertThat(ja.date("2023-09-13")).isEqualTo("2023年9月13日");
    assertThat(en.date("2023-09")).isEqualTo("September 2023");
    assertThat(ja.date("2023-09")).isEqualTo("2023年9月");
    assertThat(ja.date("2023")).isEqualTo("2023年");
    assertThat(ja.date("2018-01/2018-12")).isEqualTo("2018年1月～2018年12月");
    assertThat(ja.years(2015, 2024)).isEqualTo("2015～2024年");
    assertThat(en.years(2015, 2024)).isEqualTo("2015–2024");
  }

  @Test
  void statesHaveTheirJapaneseNamesFromTheActorTable() {
    assertThat(ja.state("PRK")).isEqualTo("北朝鮮");
    assertThat(ja.state("RUS")).isEqualTo("ロシア");
    assertThat(ja.pair("CHN", "RUS")).isEqualTo("中国・ロシア");
    assertThat(en.pair("CHN", "PRK")).isEqualTo("China–North Korea");
  }

  @Test
  void htmlEscapesMarkupQuotesAndBidiControls() {
    String hostile = "<script>alert(\"x\")</script> it's \u202eevil\u200f & co";
    assertThat(BriefingHtml.esc(hostile))
        .isEqualTo(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; it&#39;s &#x202e;evil&#x200f;"
                + " &amp; co");
    Briefing b =
        new Briefing(
            BriefingLanguage.EN,
            "T <b>",
            "scope",
            List.of(new Briefing.Claim(hostile, List.of(1))),
            List.of(
                new Briefing.Section(
                    "judgement",
                    "J",
                    List.of(
                        new Briefing.Paragraph(List.of(new Briefing.Claim(hostile, List.of(1))))),
                    List.of())),
            List.of(new Briefing.Source(1, "2023-09-13", "article sentence", hostile, "")));
    String html = BriefingHtml.write(b);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>").contains("T &lt;b&gt;");
    assertThat(BriefingMarkdown.write(b)).contains("\\<script\\>").contains("[[1]](#src-1)");
  }
}
