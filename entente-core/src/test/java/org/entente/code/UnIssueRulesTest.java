package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.domain.Issue;
import org.junit.jupiter.api.Test;

/**
 * Real resolutions, their title, agenda item and UNBIS terms copied from the UN's extracts
 * (UNxml/GAresolutions data_extract), with the issues Voeten's codebook gives them.
 */
class UnIssueRulesTest {

  private final UnIssueRules rules = UnIssueRules.bundled();

  @Test
  void palestineQuestion() {
    // A/RES/74/11; Voeten tags it me.
    assertThat(
            rules.tag(
                "Peaceful settlement of the question of Palestine",
                "Question of Palestine",
                List.of(
                    "Palestine Question",
                    "Peacemaking",
                    "Negotiation",
                    "Palestinians",
                    "Settlement Policy",
                    "Israel",
                    "Territories Occupied By Israel")))
        .containsExactly(Issue.ME);
  }

  @Test
  void palestineWhenTheSubjectsAreAnotherRecords() {
    // A/RES/75/23 carries the subjects of A/RES/75/26 (interreligious dialogue).
    assertThat(
            rules.tag(
                "Special information programme on the question of Palestine of the Department of"
                    + " Global Communications of the Secretariat",
                "Question of Palestine",
                List.of(
                    "INTERCULTURAL COMMUNICATION",
                    "TOLERANCE",
                    "RELIGIOUS INTOLERANCE",
                    "PEACE",
                    "CULTURAL PLURALISM",
                    "INFORMATION DISSEMINATION")))
        .containsExactly(Issue.ME);
  }

  @Test
  void nuclearTestBanIsNuclearAndDisarmament() {
    // A/RES/74/78; Voeten tags it nu.
    assertThat(
            rules.tag(
                "Comprehensive Nuclear-Test-Ban Treaty",
                "Comprehensive Nuclear-Test-Ban Treaty",
                List.of(
                    "Nuclear Weapon Tests",
                    "Disarmament Agreements",
                    "Nuclear Non-Proliferation",
                    "Verification")))
        .containsExactly(Issue.NU, Issue.DI);
  }

  @Test
  void nuclearMaterial() {
    // A/RES/80/7.
    assertThat(
            rules.tag(
                "Report of the International Atomic Energy Agency",
                "Report of the International Atomic Energy Agency",
                List.of("NUCLEAR ENERGY", "NUCLEAR SAFETY")))
        .containsExactly(Issue.NU);
  }

  @Test
  void nonBreakingHyphensReadAsHyphens() {
    // The UN's titles write U+2011 ("non\u2011nuclear" in A/RES/74/31); the rules write "-".
    assertThat(rules.tag("The right of peoples to self\u2011determination", "", List.of()))
        .containsExactly(Issue.CO);
  }

  @Test
  void clusterMunitionsAreDisarmament() {
    // A/RES/74/62.
    assertThat(
            rules.tag(
                "Implementation of the Convention on Cluster Munitions",
                "General and complete disarmament: implementation of the Convention on Cluster"
                    + " Munitions",
                List.of("Cluster Munitions", "Treaty Compliance", "Treaty Review", "Conferences")))
        .containsExactly(Issue.DI);
  }

  @Test
  void chemicalWeaponsUseOnAHumanRightsResolutionIsNotDisarmament() {
    // A/RES/74/169; Voeten tags it hr.
    assertThat(
            rules.tag(
                "Situation of human rights in the Syrian Arab Republic",
                "Promotion and protection of human rights: human rights situations and reports of"
                    + " special rapporteurs and representatives",
                List.of(
                    "Human Rights In Armed Conflicts",
                    "Humanitarian Assistance",
                    "Terrorism",
                    "Human Rights Violations",
                    "Chemical Weapons Use",
                    "Syrian Arab Republic")))
        .containsExactly(Issue.HR);
  }

  @Test
  void humanRightsItemWithoutAHumanRightsTerm() {
    // A/RES/75/183: the only term is CAPITAL PUNISHMENT; the agenda item decides.
    assertThat(
            rules.tag(
                "Moratorium on the use of the death penalty",
                "Promotion and protection of human rights: human rights questions, including"
                    + " alternative approaches for improving the effective enjoyment of human rights"
                    + " and fundamental freedoms",
                List.of("CAPITAL PUNISHMENT")))
        .containsExactly(Issue.HR);
  }

  @Test
  void racismIsHumanRights() {
    // A/RES/74/136, with the extract's run-together term; Voeten tags it hr.
    assertThat(
            rules.tag(
                "Combating glorification of Nazism, neo-Nazism and other practices that contribute"
                    + " to fuelling contemporary forms of racism, racial discrimination, xenophobia"
                    + " and related intolerance",
                "Elimination of racism, racial discrimination, xenophobia and related intolerance:"
                    + " elimination of racism, racial discrimination, xenophobia and related"
                    + " intolerance",
                List.of(
                    "Nazism",
                    "Racial Discriminationxenophobia",
                    "Anti-Discrimination Measures",
                    "Radicalism")))
        .containsExactly(Issue.HR);
  }

  @Test
  void decolonization() {
    // A/RES/74/112; Voeten tags it co in session 72.
    assertThat(
            rules.tag(
                "Dissemination of information on decolonization",
                "Implementation of the Declaration on the Granting of Independence to Colonial"
                    + " Countries and Peoples",
                List.of(
                    "Self-Determination Of Peoples",
                    "Decolonization",
                    "Non-Self-Governing Territories",
                    "Information Dissemination")))
        .containsExactly(Issue.CO);
  }

  @Test
  void israeliPracticesArePalestineHumanRightsAndColonialism() {
    // A/RES/74/89; Voeten tags this resolution co, hr and me in session 72, hr and me in 74.
    assertThat(
            rules.tag(
                "Israeli practices affecting the human rights of the Palestinian people in the"
                    + " Occupied Palestinian Territory, including East Jerusalem",
                "Report of the Special Committee to Investigate Israeli Practices Affecting the"
                    + " Human Rights of the Palestinian People and Other Arabs of the Occupied"
                    + " Territories",
                List.of(
                    "Human Rights In Armed Conflicts",
                    "Territories Occupied By Israel",
                    "Palestinians",
                    "Settlement Policy",
                    "Palestine Question",
                    "Israel")))
        .containsExactly(Issue.ME, Issue.HR, Issue.CO);
  }

  @Test
  void tradeAndDevelopment() {
    // A/RES/74/201; Voeten tags it ec in session 73.
    assertThat(
            rules.tag(
                "International trade and development",
                "Macroeconomic policy questions: international trade and development",
                List.of(
                    "Unctad",
                    "Development",
                    "Trade",
                    "Facilitationinternational Trade",
                    "Multilateral Trade Negotiations")))
        .containsExactly(Issue.EC);
  }

  @Test
  void cubaEmbargo() {
    // A/RES/74/7; Voeten tags it ec in session 72.
    String embargo =
        "Necessity of ending the economic, commercial and financial embargo imposed by the United"
            + " States of America against Cuba";
    assertThat(
            rules.tag(
                embargo,
                embargo,
                List.of(
                    "Sanctions",
                    "Trade Boycotts",
                    "Laws And Regulations",
                    "Cuba",
                    "United States")))
        .containsExactly(Issue.EC);
  }

  @Test
  void lawOfTheSeaHasNoIssue() {
    // A/RES/74/19; Voeten gives it none.
    assertThat(
            rules.tag(
                "Oceans and the law of the sea",
                "Oceans and the law of the sea: oceans and the law of the sea",
                List.of(
                    "Oceans",
                    "Law Of The Sea",
                    "Capacity Building",
                    "Conferences",
                    "Dispute Settlement",
                    "Seabed Resources",
                    "Continental Shelf",
                    "Maritime Safety",
                    "Marine Environment")))
        .isEmpty();
  }

  @Test
  void everyIssueHasRulesAndEveryRuleANote() {
    Set<Issue> covered =
        rules.rules().stream().map(UnIssueRules.Rule::issue).collect(Collectors.toSet());
    assertThat(covered).isEqualTo(EnumSet.allOf(Issue.class));
    assertThat(rules.rules()).allSatisfy(rule -> assertThat(rule.note()).isNotBlank());
  }

  @Test
  void patternsAreCaseInsensitiveAndFoundAnywhereUnlessAnchored() throws IOException {
    UnIssueRules table =
        read("issue,field,pattern,note\nhr,subject,^human rights,terms\nme,title,palestin,word\n");
    assertThat(table.tag("", "", List.of("HUMAN RIGHTS VIOLATIONS"))).containsExactly(Issue.HR);
    assertThat(table.tag("", "", List.of("Ukraine", "human rights"))).containsExactly(Issue.HR);
    assertThat(table.tag("", "", List.of("UN. Human Rights Council"))).isEmpty();
    assertThat(table.tag("Question of PALESTINE", "human rights", List.of()))
        .containsExactly(Issue.ME);
  }

  @Test
  void unknownIssueNamesTheLineAndTheCodes() {
    assertThatThrownBy(() -> read("# comment\nissue,field,pattern,note\nxx,title,peace,why\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test.csv line 3: issue 'xx', expected one of me, nu, di, hr, co, ec");
  }

  @Test
  void unknownFieldNamesTheLine() {
    assertThatThrownBy(() -> read("issue,field,pattern,note\nme,committee,Fourth,why\n"))
        .hasMessage("test.csv line 2: field 'committee', expected subject, agenda or title");
  }

  @Test
  void badPatternNamesTheLineAndThePattern() {
    assertThatThrownBy(() -> read("issue,field,pattern,note\nme,title,(palestin,why\n"))
        .hasMessageStartingWith(
            "test.csv line 2: pattern '(palestin' is not a regular expression: Unclosed group");
  }

  @Test
  void emptyPatternAndNoteAreRefused() {
    assertThatThrownBy(() -> read("issue,field,pattern,note\nme,title,,why\n"))
        .hasMessage("test.csv line 2: empty pattern, which would match everything");
    assertThatThrownBy(() -> read("issue,field,pattern,note\nme,title,palestin,\n"))
        .hasMessage("test.csv line 2: empty note: say what the rule is for");
  }

  private static UnIssueRules read(String table) throws IOException {
    return UnIssueRules.read(
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }
}
