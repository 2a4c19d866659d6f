package org.entente.text.english;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder on small hand-written dictionaries and parse trees. */
class EnglishCoderTest {

  private static final LocalDate DAY = LocalDate.of(1995, 1, 1);

  private static final String VERBS =
      """
      &TIETYPES
      +MILITARY
      +ECONOMIC

      --- RESTORE  [064]  ---
      RESTORE
      - * FXLL DIPLOMATIC  [+++]

      --- ABANDON  [345]  ---
      ABANDON
      - * DIPLOMATIC TIES [901]
      - * &TIETYPES TIES [902]
      - * NEW_&TIETYPES_RELATIONS [903]

      --- ARRIVE  [032:033]  ---
      ARRIVE

      --- AGREE  [081] ---
      AGREE
      - % * [030:030]

      --- OPPOSE [112] ---
      OPPOSE
      """;

  private static final String ACTORS =
      """
      ARNOR_ [ARN]
      GONDOR [GON]
      +MINAS_TIRITH
      THE_SHIRE [FRO/BIL/SAM]
      GOLLUM
      +SMEAGOL
      \t[HOB <950601]
      \t[HOBGOV 19950601 - 19990815]
      FRANCE [FRA]
      PHILIPPINES [PHL]
      """;

  private static final String AGENTS =
      """
      !PERSON! = MAN, MEN
      POLICE {} [~COP]
      GOVERNMENT [~GOV]
      MEDIA {} [~MED]
      ISLAMIST [~MUS]
      MSF {} [NGO~]
      CONGRESS!PERSON! [~LEG]
      """;

  private final EnglishCoder coder =
      EnglishCoder.load(
          EnglishDictionaries.of(VERBS, List.of(ACTORS), AGENTS, "+TYPHOON\nBASEBALL\n"));

  private static String codes(List<CodedEvent> events) {
    return String.join(
        "; ", events.stream().map(e -> e.source() + " " + e.target() + " " + e.cameo()).toList());
  }

  @Test
  void subjectIsSourceAndTheFirstActorInTheVerbPhraseTarget() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB restore)"
            + " (NP (JJ full) (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))))))) (. .)))";
    String sentence = "Arnor is about to restore full diplomatic ties with Gondor.";

    List<CodedEvent> events = coder.code(sentence, parse, DAY);

    assertThat(codes(events)).isEqualTo("ARN GON 064");
    assertThat(sentence.substring(events.get(0).start(), events.get(0).end())).isEqualTo("restore");
  }

  @Test
  void patternsChooseTheCodeSynsetsAndJoinedWordsIncluded() {
    assertThat(codes(plain("Arnor will abandon full diplomatic ties with Gondor.")))
        .isEqualTo("ARN GON 901");
    assertThat(codes(plain("Arnor will abandon full economic ties with Gondor.")))
        .isEqualTo("ARN GON 902");
    assertThat(codes(plain("Arnor will abandon new economic relations with Gondor.")))
        .isEqualTo("ARN GON 903");
    assertThat(codes(plain("Arnor will abandon new global economic relations with Gondor.")))
        .isEqualTo("ARN GON 345");
    assertThat(codes(plain("Arnor will abandon full symbolic ties with Gondor.")))
        .isEqualTo("ARN GON 345");
  }

  @Test
  void pairedCodesGiveTheReverseEventAndCompoundsActOnEachOther() {
    assertThat(codes(plain("Arnor arrived in Gondor on Monday.")))
        .isEqualTo("ARN GON 032; GON ARN 033");
    assertThat(codes(plain("The Philippines and France agree that disputes should end.")))
        .isEqualTo("PHL FRA 030; FRA PHL 030");
  }

  @Test
  void agentsFollowOrPrecedeTheActorAndSlashCodesAreSeveralActors() {
    assertThat(codes(plain("Gondor police restored ties with Arnor."))).isEqualTo("GONCOP ARN 064");
    assertThat(codes(plain("MSF Arnor restored ties with Gondor."))).isEqualTo("NGOARN GON 064");
    assertThat(codes(plain("Arnor congressmen restored ties with Gondor.")))
        .isEqualTo("ARNLEG GON 064");
    assertThat(codes(plain("The Shire restored ties with Gondor.")))
        .isEqualTo("FRO GON 064; BIL GON 064; SAM GON 064");
  }

  @Test
  void datedActorCodesFollowTheSentenceDate() {
    String s = "Smeagol restored ties with Gondor.";
    assertThat(codes(coder.code(s, null, LocalDate.of(1995, 1, 1)))).isEqualTo("HOB GON 064");
    assertThat(codes(coder.code(s, null, LocalDate.of(1996, 1, 1)))).isEqualTo("HOBGOV GON 064");
    assertThat(coder.code(s, null, LocalDate.of(2001, 1, 1))).isEmpty();
  }

  @Test
  void passiveVerbsTakeTheirSourceFromBy() {
    String parse =
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP"
            + " Gondor))))) (. .)))";
    assertThat(codes(coder.code("Arnor was opposed by Gondor.", parse, DAY)))
        .isEqualTo("GON ARN 112");
  }

  @Test
  void discardedSentencesAndUnknownVerbFormsCodeNothing() {
    assertThat(plain("Arnor restored ties with Gondor after the typhoon.")).isEmpty();
    assertThat(plain("Arnor restoredx ties with Gondor.")).isEmpty();
  }

  @Test
  void aMalformedParseIsRefusedWithWhere() {
    assertThatThrownBy(() -> coder.code("Arnor", "(ROOT (S (NP (NNP Arnor))", DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("open bracket");
  }

  private List<CodedEvent> plain(String sentence) {
    return coder.code(sentence, null, DAY);
  }
}
