package org.entente.text.english;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading verb blocks, forms and patterns as PETRARCH2's {@code read_verb_dictionary} does. */
class VerbDictionaryTest {

  private static VerbDictionary read(String text) {
    return VerbDictionary.read(DictionaryLines.of("test", text.lines().toList()));
  }

  @Test
  void regularFormsAreMadeAsPetrarch2MakesThem() {
    assertThat(VerbDictionary.regularForms("DEPART"))
        .containsExactly("DEPARTS", "DEPARTED", "DEPARTING");
    assertThat(VerbDictionary.regularForms("RESTORE"))
        .containsExactly("RESTORES", "RESTORED", "RESTORING");
    assertThat(VerbDictionary.regularForms("CARRY"))
        .containsExactly("CARRIES", "CARRYED", "CARRYING");
    assertThat(VerbDictionary.regularForms("+CORDON_OFF"))
        .containsExactly("+CORDONS_OFF", "+CORDONED_OFF", "+CORDONING_OFF");
  }

  @Test
  void blocksFormsAndMultiWordVerbs() {
    VerbDictionary d =
        read(
            """
            <!-- a comment -->
            --- BREAK [1717] ---
            BREAK { BROKE BROKEN  }  # irregular
            WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING} [1711]
            """);
    assertThat(d.blockCount()).isEqualTo(1);
    assertThat(d.formsOf("BROKE"))
        .singleElement()
        .extracting(f -> f.block().code)
        .isEqualTo("1717");
    assertThat(d.formsOf("BREAKS")).isEmpty();
    VerbDictionary.VerbForm tapped = d.formsOf("TAPPED").get(0);
    assertThat(tapped.words()).containsExactly("WIRE", "TAPPED");
    assertThat(tapped.verbIndex()).isEqualTo(1);
    assertThat(tapped.code()).isEqualTo("1711");
  }

  @Test
  void patternsInBothStylesWithSynsetsMarkersAndJoins() {
    VerbDictionary d =
        read(
            """
            &CURRENCY
            +DOLLARS
            +SWISS FRANCS
            &MONEY_
            +&CURRENCY
            +GOLD_
            --- GIVE [070] ---
            GIVE
            - SAID $ * + &MONEY  [071]  # TABARI style
            - * (TO {BANNED PARTIES})  [1722] # PETRARCH2 style
            - IN_* [075]
            - * TALKS [031:032]
            """);
    List<VerbDictionary.VerbPattern> patterns = d.formsOf("GIVE").get(0).block().patterns;
    assertThat(patterns).hasSize(4);
    VerbDictionary.VerbPattern tabari =
        patterns.stream().filter(p -> p.code().equals("071")).findFirst().orElseThrow();
    assertThat(tabari.before())
        .extracting(VerbDictionary.Item::kind)
        .containsExactly(VerbDictionary.Kind.WORDS, VerbDictionary.Kind.SOURCE);
    assertThat(tabari.after().get(1).phrases())
        .contains(
            List.of("DOLLARS"),
            List.of("SWISS", "FRANCS"),
            List.of("SWISS", "FRANCSS"),
            List.of("GOLD"));
    VerbDictionary.VerbPattern phrase =
        patterns.stream().filter(p -> p.code().equals("1722")).findFirst().orElseThrow();
    assertThat(phrase.after())
        .extracting(i -> i.phrases().get(0).get(0))
        .containsExactly("TO", "BANNED", "PARTIES");
    assertThat(
            patterns.stream()
                .filter(p -> p.code().equals("075"))
                .findFirst()
                .orElseThrow()
                .joinedBeforeVerb())
        .isTrue();
    assertThat(
            patterns.stream()
                .filter(p -> p.code().equals("031"))
                .findFirst()
                .orElseThrow()
                .reverseCode())
        .isEqualTo("032");
  }
}
