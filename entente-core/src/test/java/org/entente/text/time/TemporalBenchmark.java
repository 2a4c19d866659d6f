package org.entente.text.time;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the Japanese temporal normaliser on one core (a benchmark, never a test): the
 * sentences of the given article (the seed briefing, not in the repository: pass your copy), read
 * in order with one context per pass, repeated after warm-up.
 *
 * <pre>{@code
 * ./mvnw -q -B -o test-compile -pl entente-core
 * java -cp entente-core/target/classes:entente-core/target/test-classes \
 *     org.entente.text.time.TemporalBenchmark SEED.txt
 * }</pre>
 */
public final class TemporalBenchmark {

  private static final int WARMUP_SECONDS = 3;
  private static final int ROUNDS = 5;
  private static final int PASSES_PER_ROUND = 2_000;

  private TemporalBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: TemporalBenchmark FILE (a Japanese article, e.g. the seed)");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      for (String s : line.split("(?<=[。！？])")) {
        if (!s.isBlank()) {
          sentences.add(s.strip());
        }
      }
    }
    long chars = sentences.stream().mapToLong(String::length).sum();
    TemporalNormaliser ja = TemporalNormaliser.forLanguage("ja");
    long found = 0;
    long end = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    while (System.nanoTime() < end) {
      found += pass(ja, sentences);
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, %,d characters, %d expressions a pass%n",
        file.getFileName(),
        sentences.size(),
        chars,
        pass(ja, sentences));
    for (int r = 1; r <= ROUNDS; r++) {
      long t0 = System.nanoTime();
      for (int p = 0; p < PASSES_PER_ROUND; p++) {
        found += pass(ja, sentences);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double n = (double) sentences.size() * PASSES_PER_ROUND;
      System.out.printf(
          Locale.ROOT,
          "round %d: %,.0f sentences/s, %.1f µs/sentence, %,.0f characters/s%n",
          r,
          n / seconds,
          seconds * 1e6 / n,
          chars * PASSES_PER_ROUND / seconds);
    }
    System.out.println("(expressions found in all: " + found + ")");
  }

  private static int pass(TemporalNormaliser ja, List<String> sentences) {
    DateContext context = DateContext.none();
    int n = 0;
    for (String s : sentences) {
      n += ja.find(s, context).size();
    }
    return n;
  }
}
