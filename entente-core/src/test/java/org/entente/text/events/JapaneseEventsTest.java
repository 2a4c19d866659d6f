package org.entente.text.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.text.Document;
import org.junit.jupiter.api.Test;

/**
 * The constructions the Japanese patterns read, each on a sentence written here for it (not from
 * the seed, so that the seed stays a development set): who acts on whom by the case particles, the
 * pair a compound names, the date nearest before the predicate.
 */
class JapaneseEventsTest {

  private static final TextEvents CODER = TextEvents.bundled();

  private static List<TextEvent> code(String text) {
    return CODER.extract(Document.of("test.txt", text), "ja", LocalDate.of(2024, 1, 10));
  }

  private static String brief(TextEvent e) {
    return e.date() + " " + e.source() + ">" + e.target() + " " + e.plover() + " " + e.cameo();
  }

  @Test
  void aMeetingWithAPartnerIsAConsultationBetweenSubjectAndPartner() {
    assertThat(code("2019年6月27日、日本は大阪で韓国と会談した。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2019-06-27 JPN>KOR CONSULT 040");
  }

  /** An official named by the office of a state speaks for it: the role is the office's. */
  @Test
  void officialsNamedByTheirStatesOfficeCarryItsRole() {
    assertThat(code("2024年10月9日、日本の外務大臣は中国の外交部長と電話会談を行った。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2024-10-09 JPN>CHN CONSULT 040");
    assertThat(code("2024年10月9日、韓国外相は米国務長官と会談した。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2024-10-09 KOR>USA CONSULT 040");
  }

  @Test
  void aSummitNamedByACompoundIsBetweenItsStates() {
    assertThat(code("2018年4月、南北首脳会談に続き日韓首脳会談が東京で開かれた。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2018-04 JPN>KOR CONSULT 040");
  }

  @Test
  void aVisitGoesFromTheSubjectToTheStateAfter訪() {
    assertThat(code("2015年9月、朴槿恵大統領が訪中した。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2015-09 KOR>CHN CONSULT 042");
  }

  @Test
  void anArmsTransferGoesFromTheOriginToTheDestination() {
    assertThat(code("2022年11月、イランからロシアへ無人機などの兵器が輸送された。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2022-11 IRN>RUS AID 072");
  }

  @Test
  void aVetoInTheSecurityCouncilIsARejectionOfTheUn() {
    assertThat(code("2017年4月、ロシアは国連安保理でシリアをめぐる決議案に拒否権を行使した。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2017-04 RUS>IGOUNO REJECT 120");
  }

  @Test
  void anAccusationNeedsItsTargetButNotAResolutionCondemningOne() {
    assertThat(code("2023年3月、中国は米国を強く非難した。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactly("2023-03 CHN>USA ACCUSE 112");
    assertThat(code("2023年3月、ベラルーシは国連総会でのロシア非難決議に反対した。"))
        .extracting(JapaneseEventsTest::brief)
        .noneMatch(e -> e.contains("ACCUSE"));
  }

  @Test
  void aSummitNamedAsAReferencePointIsNoNewEvent() {
    List<TextEvent> events = code("2023年5月、日米首脳会談が広島で開かれた。日米首脳会談から1か月後の6月、両国の関係は改善した。");
    assertThat(events)
        .extracting(JapaneseEventsTest::brief)
        .contains("2023-05 JPN>USA CONSULT 040");
    assertThat(events)
        .extracting(JapaneseEventsTest::brief)
        .noneMatch(e -> e.startsWith("2023-06"));
  }

  @Test
  void theDateComesFromTheLastDateMentionedWhenTheSentenceHasNone() {
    List<TextEvent> events = code("2020年1月、インドは国境を封鎖した。その後、インドはパキスタンを批判した。");
    assertThat(events).extracting(JapaneseEventsTest::brief).contains("2020-01 IND>PAK ACCUSE 112");
  }

  @Test
  void aComparisonIsNoRole() {
    // 中国と同様に: "like China", not "with China".
    assertThat(code("2021年、ロシアは中国と同様にミャンマーへの制裁を批判した。"))
        .extracting(JapaneseEventsTest::brief)
        .noneMatch(e -> e.contains("CHN"));
  }

  @Test
  void everyEventKeepsItsSentenceAndAPredicateSpanInsideIt() {
    String text = "前置き。2019年6月27日、日本は大阪で韓国と会談した。";
    List<TextEvent> events = code(text);
    assertThat(events).hasSize(1);
    TextEvent e = events.get(0);
    assertThat(e.sentence()).isEqualTo("2019年6月27日、日本は大阪で韓国と会談した。");
    assertThat(text.substring(e.span().start(), e.span().end())).isEqualTo("会談");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void bothSidesAreThePairLastNamedTogether() {
    // 双方 (Topic): the two states the sentence before named.
    assertThat(code("2024年10月9日、日本は中国と会談した。双方は、協力を進めることを確認した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2024-10-09 JPN>CHN AGREE 030");
  }

  @Test
  void theSameStateIsTheStateLastNamed() {
    // 同国: Pakistan, the state the sentence before named last.
    assertThat(code("2023年5月1日、インドはパキスタンを批判した。同国は、インドに抗議した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2023-05-01 IND>PAK ACCUSE 112", "2023-05-01 PAK>IND ACCUSE 112");
  }

  @Test
  void aSurnameWithATitleIsTheOfficialNamedBefore() {
    // 王部長 after 王毅: China's foreign minister; 岩屋大臣 after 岩屋毅外務大臣: Japan's.
    assertThat(code("2024年10月9日、岩屋毅外務大臣は王毅中国外交部長と会談した。王部長から、日本に謝意が伝えられた。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2024-10-09 JPN>CHN CONSULT 040", "2024-10-09 CHN>JPN SUPPORT 051");
  }

  @Test
  void aStatementInThePresentIsTheIssuingOfficesAndDatedWithTheText() {
    // 外務大臣談話: Japan speaks; 非難します is said on the text's date (2024-01-10), the attack
    // it condemns on the day the sentence gives.
    assertThat(code("外務大臣談話\n1月9日に発生した、ロシアによるウクライナへの攻撃を強く非難します。"))
        .extracting(JapaneseEventsTest::brief)
        .containsExactlyInAnyOrder(
            "2024-01-09 RUS>UKR ASSAULT 190", "2024-01-10 JPN>RUS ACCUSE 112");
  }

  @Test
  void anOfficeOfAnotherStateNamedByAKatakanaNameIsNotJapans() {
    assertThat(code("2024年10月9日、ピーターズ外相は中国と会談した。"))
        .extracting(JapaneseEventsTest::brief)
        .noneMatch(e -> e.contains("JPN"));
  }

  @Test
  void theMembersOfAListShareItsParticle() {
    // 日本、米国、韓国は: all three request.
    assertThat(code("2002年10月、日本、米国、韓国は、北朝鮮に対し計画の廃棄を求める声明を発出した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains(
            "2002-10 JPN>PRK REQUEST 020",
            "2002-10 USA>PRK REQUEST 020",
            "2002-10 KOR>PRK REQUEST 020");
  }

  @Test
  void nanbokuIsTheTwoKoreas() {
    assertThat(code("2018年4月27日、南北首脳会談が板門店で行われた。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2018-04-27 KOR>PRK CONSULT 040");
  }

  @Test
  void aNegatedPredicateAndASourceListReportNothing() {
    assertThat(code("2008年5月13日の報道では、中国政府から日本への要請はまだない。")).isEmpty();
    assertThat(code("『中国に5億円の緊急支援、日本政府が表明』。読売新聞、2008年5月13日。")).isEmpty();
  }

  @Test
  void aBareMonthAfterTheTextsDateIsTheYearBefore() {
    // Dated 2024-01-10 (code): 2024年 was named last, so 5月 would be May 2024, after the text.
    assertThat(code("2024年、両国の関係は改善した。5月、日本は韓国と会談した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2023-05 JPN>KOR CONSULT 040");
  }

  @Test
  void aNounPredicateOwnedByAStateIsThatStatesAct() {
    // 中国政府の要請: China requested, of Japan, the subject.
    assertThat(code("2008年5月13日、日本は、中国政府の要請を受けて緊急支援を表明した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2008-05-13 CHN>JPN REQUEST 020")
        .doesNotContain("2008-05-13 JPN>CHN REQUEST 020");
  }

  @Test
  void anEvaluationDeniedIsNoEvent() {
    assertThat(code("2023年、ロ朝の軍事協力は、中国にとっては必ずしも歓迎する流れではないだろう。"))
        .extracting(JapaneseEventsTest::brief)
        .noneMatch(e -> e.contains("SUPPORT"));
  }

  /** A predicate given several dates is one event on each (ja11 of the third set's dev part). */
  @Test
  void aPredicateWithAListOfDatesIsAnEventOnEach() {
    List<TextEvent> events = code("2005年、韓国と北朝鮮の閣僚級会談が6月、9月、12月の3度にわたり行われた。");
    assertThat(events)
        .extracting(e -> e.date().toString())
        .containsExactlyInAnyOrder("2005-06", "2005-09", "2005-12");
    assertThat(events)
        .allMatch(
            e ->
                e.plover().equals("CONSULT")
                    && Set.of(e.source(), e.target()).equals(Set.of("KOR", "PRK")));
  }

  /** Talks and what they agreed are two events: 合意 at talks does not restate the talks. */
  @Test
  void anAgreementReachedAtTalksIsAnEventOfItsOwn() {
    assertThat(code("2005年5月、韓国は北朝鮮との次官級会談で20万トンの肥料支援に合意した。"))
        .extracting(JapaneseEventsTest::brief)
        .contains("2005-05 KOR>PRK CONSULT 040")
        .anyMatch(e -> e.startsWith("2005-05 KOR>PRK AGREE"));
  }
}
