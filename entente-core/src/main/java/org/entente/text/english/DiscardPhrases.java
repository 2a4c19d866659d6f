package org.entente.text.english;

import java.util.List;

/**
 * PETRARCH2's discard list: phrases whose presence means a sentence (or, led by {@code +}, the
 * whole story) is not about political events — sports, weather ({@code +TYPHOON}, {@code
 * BASEBALL}). Entente has sentences, not stories, so both kinds drop the sentence.
 */
final class DiscardPhrases {

  private final PhraseIndex<Boolean> index = new PhraseIndex<>();

  DiscardPhrases read(DictionaryLines file) {
    for (DictionaryLines.Line line : file.lines()) {
      String text = line.text().strip();
      boolean story = text.startsWith("+");
      index.add(PhraseIndex.words(story ? text.substring(1) : text), story);
    }
    return this;
  }

  /** Whether {@code words} (upper case) hold a discard phrase. */
  boolean discards(List<String> words) {
    return !index.findAll(words, 0, words.size()).isEmpty();
  }
}
