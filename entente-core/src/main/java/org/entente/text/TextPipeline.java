package org.entente.text;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text chain, top to bottom: a file is read ({@link Documents}), normalised ({@link
 * TextNormaliser}), split into sentences ({@link SentenceSplitter}), tokenised ({@link
 * Tokenisation}) and its actors found ({@link Actors}). Event typing and dating read the result.
 *
 * <pre>{@code
 * List<AnalysedSentence> sentences =
 *     TextPipeline.bundled().analyse(Documents.read(path), LocalDate.of(2023, 10, 20));
 * }</pre>
 */
public final class TextPipeline {

  /**
   * One sentence with its words and actors.
   *
   * @param sentence the sentence (span into the document, normalised text)
   * @param tokens its words, offsets into {@link Sentence#normalised()}
   * @param actors the actors it names, spans into the document
   */
  public record AnalysedSentence(Sentence sentence, List<Token> tokens, List<ActorMention> actors) {

    public AnalysedSentence {
      tokens = List.copyOf(tokens);
      actors = List.copyOf(actors);
    }
  }

  private final Actors actors;

  public TextPipeline(Actors actors) {
    this.actors = actors;
  }

  /** The chain with the bundled actor table. */
  public static TextPipeline bundled() {
    return new TextPipeline(Actors.bundled());
  }

  /** Reads and analyses one file; actors are resolved for {@code date} (the article's date). */
  public List<AnalysedSentence> analyse(Path file, LocalDate date) throws IOException {
    return analyse(Documents.read(file), date);
  }

  public List<AnalysedSentence> analyse(Document document, LocalDate date) {
    NormalisedText text = TextNormaliser.normalise(document.text());
    List<Sentence> sentences = SentenceSplitter.split(text, document.language());
    List<AnalysedSentence> analysed = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      List<Token> tokens = Tokenisation.tokens(sentence);
      List<ActorMention> mentions = actors.find(sentence, date);
      analysed.add(new AnalysedSentence(sentence, tokens, mentions));
    }
    return analysed;
  }
}
