package org.entente.text;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Japanese sentences per second through the text chain on one thread: normalise, split, tokenise
 * (Kuromoji with the user dictionary) and find actors, over the sentences of the given articles,
 * then the whole of {@code extract} (time expressions and the event coder on top), repeated for a
 * few seconds after a warm-up. Not a test: run by {@code bench/text.sh}, on the articles given (the
 * seed briefing is not in the repository: pass your copy).
 *
 * <pre>{@code
 * bench/text.sh SEED.txt
 * }</pre>
 */
public final class TextBenchmark {

  private TextBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: TextBenchmark FILE... (the articles to time, e.g. the seed)");
      System.exit(2);
    }
    TextPipeline pipeline = TextPipeline.bundled();
    LocalDate date = LocalDate.of(2023, 10, 20);
    Document[] documents = new Document[args.length];
    int perRound = 0;
    for (int i = 0; i < args.length; i++) {
      documents[i] = Documents.read(Path.of(args[i]));
      perRound += pipeline.analyse(documents[i], date).size();
    }
    run(pipeline, documents, date, 3_000_000_000L);
    long sentences = 0;
    long mentions = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (Document document : documents) {
        for (TextPipeline.AnalysedSentence s : pipeline.analyse(document, date)) {
          sentences++;
          mentions += s.actors().size();
        }
      }
      elapsed = System.nanoTime() - start;
    } while (elapsed < 10_000_000_000L);
    System.out.printf(
        Locale.ROOT,
        "%d sentences (%d per round, %d actor mentions) in %.2f s on one thread: %.0f sentences/s%n",
        sentences,
        perRound,
        mentions,
        elapsed / 1e9,
        sentences / (elapsed / 1e9));
    // The whole of extract: the chain above, time expressions and the event coder.
    org.entente.text.events.TextEvents events = org.entente.text.events.TextEvents.bundled();
    long warm = System.nanoTime();
    while (System.nanoTime() - warm < 3_000_000_000L) {
      for (Document document : documents) {
        events.extract(document, "auto", date);
      }
    }
    long coded = 0;
    long rounds = 0;
    start = System.nanoTime();
    do {
      for (Document document : documents) {
        coded += events.extract(document, "auto", date).size();
      }
      rounds++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < 10_000_000_000L);
    System.out.printf(
        Locale.ROOT,
        "extract (chain, time expressions, events): %d sentences, %d events in %.2f s on one"
            + " thread: %.0f sentences/s%n",
        rounds * perRound,
        coded,
        elapsed / 1e9,
        rounds * perRound / (elapsed / 1e9));
  }

  private static void run(TextPipeline pipeline, Document[] documents, LocalDate date, long nanos) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < nanos) {
      for (Document document : documents) {
        pipeline.analyse(document, date);
      }
    }
  }
}
