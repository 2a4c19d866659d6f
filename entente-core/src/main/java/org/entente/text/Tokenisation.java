package org.entente.text;

import java.util.List;

/**
 * The fourth stage: a sentence's words, by its language ({@link JapaneseTokens}, {@link
 * EnglishTokens}).
 */
public final class Tokenisation {

  private Tokenisation() {}

  public static List<Token> tokens(Sentence sentence) {
    return Language.JAPANESE.equals(sentence.language())
        ? JapaneseTokens.tokens(sentence.normalised())
        : EnglishTokens.tokens(sentence.normalised());
  }
}
