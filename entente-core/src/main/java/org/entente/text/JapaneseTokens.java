package org.entente.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese words by Lucene's Kuromoji (IPADIC, normal mode: no search-mode splitting of compounds,
 * punctuation dropped) with Entente's user dictionary ({@code kuromoji-user-dictionary.txt}:
 * leaders, places and organisations that IPADIC would split, {@code 金正恩} → 金|正|恩). The dictionary
 * is read once; each thread keeps one tokenizer and resets it per sentence, since building one
 * costs far more than tokenising a sentence.
 *
 * <pre>{@code
 * JapaneseTokens.tokens("金正恩総書記と会談した"); // 金正恩|総|書記|と|会談|し|た
 * }</pre>
 */
public final class JapaneseTokens {

  static final String USER_DICTIONARY = "kuromoji-user-dictionary.txt";

  private static final UserDictionary DICTIONARY = readUserDictionary();

  private static final ThreadLocal<JapaneseTokenizer> TOKENIZER =
      ThreadLocal.withInitial(
          () -> new JapaneseTokenizer(DICTIONARY, true, JapaneseTokenizer.Mode.NORMAL));

  private JapaneseTokens() {}

  private static UserDictionary readUserDictionary() {
    try (InputStream in = JapaneseTokens.class.getResourceAsStream(USER_DICTIONARY)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + USER_DICTIONARY);
      }
      return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(USER_DICTIONARY + ": " + e.getMessage(), e);
    }
  }

  /**
   * Entente's user dictionary, read once: for other Kuromoji chains (the search index's {@code
   * JapaneseAnalyzer}) that should split names as this class does.
   */
  public static UserDictionary userDictionary() {
    return DICTIONARY;
  }

  /** The words of {@code text} (one sentence, normalised), offsets into it. */
  public static List<Token> tokens(String text) {
    JapaneseTokenizer tokenizer = TOKENIZER.get();
    List<Token> tokens = new ArrayList<>();
    try (Reader reader = new StringReader(text)) {
      tokenizer.setReader(reader);
      tokenizer.reset();
      CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
      BaseFormAttribute base = tokenizer.getAttribute(BaseFormAttribute.class);
      while (tokenizer.incrementToken()) {
        String surface = term.toString();
        String partOfSpeech = pos.getPartOfSpeech();
        String baseForm = base.getBaseForm();
        tokens.add(
            new Token(
                surface,
                offset.startOffset(),
                offset.endOffset(),
                partOfSpeech == null ? "" : partOfSpeech,
                baseForm == null ? surface : baseForm));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tokens;
  }
}
