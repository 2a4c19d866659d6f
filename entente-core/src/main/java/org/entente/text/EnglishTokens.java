package org.entente.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * English words by Lucene's StandardTokenizer (Unicode word boundaries, UAX #29), case kept, one
 * tokenizer per thread.
 */
public final class EnglishTokens {

  private static final ThreadLocal<StandardTokenizer> TOKENIZER =
      ThreadLocal.withInitial(StandardTokenizer::new);

  private EnglishTokens() {}

  /** The words of {@code text}, offsets into it. */
  public static List<Token> tokens(String text) {
    StandardTokenizer tokenizer = TOKENIZER.get();
    List<Token> tokens = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
      TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
      while (tokenizer.incrementToken()) {
        String surface = term.toString();
        tokens.add(
            new Token(surface, offset.startOffset(), offset.endOffset(), type.type(), surface));
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
