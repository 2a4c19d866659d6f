package org.entente.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A name as {@link NameAnalyzer} sees it, ready to compare: its words in order, and each word's
 * Double Metaphone codes. {@code KIM, Jong-Un} → words {@code kim jong un}.
 *
 * @param words the folded words, in the name's order
 * @param sounds for each word, its codes (one or two)
 */
public record NameForm(List<String> words, List<List<String>> sounds) {

  public NameForm {
    words = List.copyOf(words);
    sounds = List.copyOf(sounds);
    if (words.size() != sounds.size()) {
      throw new IllegalArgumentException("one list of sounds per word");
    }
  }

  /** The form of {@code name}, analysed by {@code analyzer} (a {@link NameAnalyzer}). */
  public static NameForm of(Analyzer analyzer, String name) {
    Objects.requireNonNull(name, "name");
    List<String> words = terms(analyzer, NameAnalyzer.WORDS, name);
    List<List<String>> sounds = new ArrayList<>(words.size());
    // The codes stand at their word's position, one or two per word.
    try (TokenStream stream = analyzer.tokenStream(NameAnalyzer.SOUNDS, name)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        while (sounds.size() <= position) {
          sounds.add(new ArrayList<>(2));
        }
        sounds.get(position).add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    while (sounds.size() < words.size()) {
      sounds.add(List.of());
    }
    return new NameForm(words, sounds.subList(0, words.size()).stream().map(List::copyOf).toList());
  }

  /** The words run together: {@code kimjongun}. */
  public String joined() {
    return String.join("", words);
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The terms {@code analyzer} makes of {@code text} for {@code field}. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
