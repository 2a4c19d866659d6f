package org.entente.text.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.report.Format;
import org.entente.report.TextEventWriter;
import org.entente.text.Documents;

/**
 * A text's events extracted as {@code entente extract FILE --format jsonl} extracts them, then
 * scored against a gold file by {@link GoldScore} as {@code bench/text/score_events.py} scores
 * them. {@link SecondGoldIT} uses it on the fixtures; {@code bench/text.sh --score} runs it on a
 * text that is not in the repository (the seed briefing, copyrighted) and prints the scorer's line.
 *
 * <pre>{@code
 * bench/text.sh --score SEED.txt   # the seed briefing, from wherever you keep it
 * }</pre>
 */
public final class ExtractionScore {

  private ExtractionScore() {}

  /** Extracts the events of {@code text} and scores them against {@code gold} (JSON Lines). */
  static GoldScore.Result of(Path text, Path gold) throws IOException {
    var events = TextEvents.bundled().extract(Documents.read(text), "auto", null);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    TextEventWriter.write(Format.JSONL, events, jsonl);
    return GoldScore.score(
        GoldScore.read(gold), GoldScore.parse(jsonl.toString(StandardCharsets.UTF_8)));
  }

  /** {@code ExtractionScore TEXT GOLD.jsonl}: prints the line {@code score_events.py} prints. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ExtractionScore TEXT GOLD.jsonl");
      System.exit(2);
    }
    for (String arg : args) {
      if (!Files.isRegularFile(Path.of(arg))) {
        System.err.println("ExtractionScore: no file " + Path.of(arg).toAbsolutePath());
        System.exit(2);
      }
    }
    System.out.println(of(Path.of(args[0]), Path.of(args[1])).line());
  }
}
