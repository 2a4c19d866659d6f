package org.entente.text.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.entente.code.CameoEventTypes;

/**
 * The event patterns of one language, read from a tab-separated resource ({@code
 * event-patterns-ja.tsv} and {@code event-patterns-en.tsv}, whose headers document the columns): a
 * trigger expression, an optional expression the sentence must also contain, the CAMEO code and how
 * the actors are found.
 */
public final class EventPatterns {

  /** How a pattern finds its actors; see {@link JapaneseEvents}. */
  public enum Roles {
    MEET,
    VISIT,
    TRANSFER,
    ACT_ON,
    FORUM,
    AGREE,
    ANNOUNCE
  }

  /** One pattern. */
  public record EventPattern(
      String id,
      Pattern trigger,
      Pattern requires,
      String cameo,
      String plover,
      Roles roles,
      double confidence) {
    public EventPattern {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(trigger, "trigger");
      Objects.requireNonNull(cameo, "cameo");
      Objects.requireNonNull(roles, "roles");
    }
  }

  private final List<EventPattern> patterns;

  private EventPatterns(List<EventPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  private static volatile EventPatterns japanese;
  private static volatile EventPatterns english;

  /** The bundled Japanese patterns. */
  public static EventPatterns japanese() {
    if (japanese == null) {
      japanese = read("event-patterns-ja.tsv", 0);
    }
    return japanese;
  }

  /** The bundled English patterns; their expressions ignore case. */
  public static EventPatterns english() {
    if (english == null) {
      english = read("event-patterns-en.tsv", Pattern.CASE_INSENSITIVE);
    }
    return english;
  }

  public List<EventPattern> patterns() {
    return patterns;
  }

  /** A trigger found in a sentence: where, and which pattern. */
  public record Hit(int start, int end, EventPattern pattern) {

    /**
     * The event this trigger codes for one pair on one date.
     *
     * @param sentence the sentence as written
     * @param base where the sentence starts in the document
     */
    TextEvent event(
        String doc, JapaneseEvents.Dating.When when, String[] pair, String sentence, int base) {
      return new TextEvent(
          doc,
          when.date(),
          when.to(),
          pair[0],
          pair[1],
          pattern.cameo(),
          pattern.plover(),
          sentence.strip(),
          new org.entente.text.Span(base + start, base + end),
          pattern.confidence(),
          pattern.id(),
          0);
    }
  }

  /**
   * The triggers in a sentence, not overlapping, earliest first; at one place the first pattern
   * wins.
   */
  public List<Hit> find(String text) {
    List<Hit> all = new ArrayList<>();
    for (EventPattern p : patterns) {
      if (p.requires() != null && !p.requires().matcher(text).find()) {
        continue;
      }
      java.util.regex.Matcher m = p.trigger().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Hit(m.start(), m.end(), p));
        }
      }
    }
    all.sort(
        java.util.Comparator.comparingInt(Hit::start)
            .thenComparingInt(h -> patterns.indexOf(h.pattern())));
    List<Hit> chosen = new ArrayList<>();
    int covered = -1;
    for (Hit h : all) {
      if (h.start() >= covered) {
        chosen.add(h);
        covered = h.end();
      }
    }
    return chosen;
  }

  private static EventPatterns read(String resource, int flags) {
    try (InputStream in = EventPatterns.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(resource, r.lines().toList(), flags);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Patterns from the lines of a pattern file.
   *
   * @throws IllegalArgumentException naming the file and line of a bad pattern
   */
  static EventPatterns parse(String name, List<String> lines) {
    return parse(name, lines, 0);
  }

  /** Patterns from the lines of a pattern file, compiled with the {@link Pattern} flags given. */
  static EventPatterns parse(String name, List<String> lines, int flags) {
    List<EventPattern> patterns = new ArrayList<>();
    boolean header = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = name + ":" + (i + 1);
      if (f.length != 6) {
        throw new IllegalArgumentException(
            where + ": expected 6 tab-separated columns, got " + f.length);
      }
      CameoEventTypes.Type type =
          CameoEventTypes.bundled()
              .type(f[3])
              .orElseThrow(
                  () -> new IllegalArgumentException(where + ": unknown CAMEO code " + f[3]));
      try {
        patterns.add(
            new EventPattern(
                f[0],
                Pattern.compile(f[1], flags),
                f[2].equals("-") ? null : Pattern.compile(f[2], flags),
                f[3],
                type.plover(),
                Roles.valueOf(f[4].toUpperCase(Locale.ROOT)),
                Double.parseDouble(f[5])));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + ": bad expression: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new EventPatterns(patterns);
  }
}
