package org.entente.text.english;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.entente.text.Actors;

/**
 * The dictionaries the English coder reads, all in PETRARCH2's formats and used as data: verbs and
 * patterns, actors (several files, the first entry of a phrase wins), agents, and an optional
 * discard list. {@link #bundled()} gives PETRARCH2's operational set ({@code CAMEO.2.0.txt}, the
 * Phoenix actor and agent files and discards; {@code data/petrarch2/}); {@link #files} reads any
 * other, such as the validation dictionaries beside PETRARCH2's unit records.
 */
public final class EnglishDictionaries {

  private static final String DIRECTORY = "/org/entente/data/petrarch2/";
  private static final List<String> BUNDLED_ACTORS =
      List.of(
          "Phoenix.Countries.actors.txt.gz",
          "Phoenix.International.actors.txt.gz",
          "Phoenix.MilNonState.actors.txt.gz");

  private static volatile EnglishDictionaries bundled;

  final VerbDictionary verbs;
  final ActorPhrases actors;
  final AgentPhrases agents;
  final DiscardPhrases discards;

  private EnglishDictionaries(
      VerbDictionary verbs, ActorPhrases actors, AgentPhrases agents, DiscardPhrases discards) {
    this.verbs = verbs;
    this.actors = actors;
    this.agents = agents;
    this.discards = discards;
  }

  /** PETRARCH2's operational dictionaries shipped with Entente, read once. */
  public static EnglishDictionaries bundled() {
    if (bundled == null) {
      synchronized (EnglishDictionaries.class) {
        if (bundled == null) {
          ActorPhrases actors = new ActorPhrases();
          for (String file : BUNDLED_ACTORS) {
            actors.read(resource(file));
          }
          addPersons(actors);
          bundled =
              new EnglishDictionaries(
                  VerbDictionary.read(resource("CAMEO.2.0.txt.gz")),
                  actors,
                  new AgentPhrases().read(resource("Phoenix.agents.txt.gz")),
                  new DiscardPhrases().read(resource("Phoenix.discards.txt.gz")));
        }
      }
    }
    return bundled;
  }

  /**
   * Dictionaries read from files (plain or {@code .gz}); {@code discards} may be null.
   *
   * <pre>{@code
   * EnglishDictionaries.files(dir.resolve("PETR.Validate.verbs.txt"),
   *     List.of(dir.resolve("PETR.Validate.actors.txt")), dir.resolve("PETR.Validate.agents.txt"), null);
   * }</pre>
   */
  public static EnglishDictionaries files(
      Path verbs, List<Path> actors, Path agents, Path discards) {
    ActorPhrases actorPhrases = new ActorPhrases();
    for (Path p : actors) {
      actorPhrases.read(DictionaryLines.read(p));
    }
    return new EnglishDictionaries(
        VerbDictionary.read(DictionaryLines.read(verbs)),
        actorPhrases,
        new AgentPhrases().read(DictionaryLines.read(agents)),
        discards == null
            ? new DiscardPhrases()
            : new DiscardPhrases().read(DictionaryLines.read(discards)));
  }

  /** Dictionaries from texts in the files' formats, for tests; {@code discards} may be null. */
  static EnglishDictionaries of(String verbs, List<String> actors, String agents, String discards) {
    ActorPhrases actorPhrases = new ActorPhrases();
    for (String a : actors) {
      actorPhrases.read(DictionaryLines.of("actors", a.lines().toList()));
    }
    return new EnglishDictionaries(
        VerbDictionary.read(DictionaryLines.of("verbs", verbs.lines().toList())),
        actorPhrases,
        new AgentPhrases().read(DictionaryLines.of("agents", agents.lines().toList())),
        discards == null
            ? new DiscardPhrases()
            : new DiscardPhrases().read(DictionaryLines.of("discards", discards.lines().toList())));
  }

  /** Lines of the verb file that could not be used, each with file and line number. */
  public List<String> problems() {
    return verbs.problems();
  }

  /** Counts for a summary line: verb blocks, patterns, actor phrases, agent phrases. */
  public String summary() {
    return verbs.blockCount()
        + " verb blocks, "
        + verbs.patternCount()
        + " patterns, "
        + actors.index().size()
        + " actor phrases, "
        + agents.index().size()
        + " agent phrases";
  }

  /**
   * PETRARCH2's dictionaries end in 2014: the persons of Entente's own tables ({@code actors.tsv},
   * {@code officials.tsv}) follow them, each spelling with its dated terms and its out-of-office
   * code, where PETRARCH2 does not already have the phrase.
   */
  private static void addPersons(ActorPhrases actors) {
    Map<String, List<ActorPhrases.Restriction>> bySurface = new LinkedHashMap<>();
    for (Actors.PersonTerm t : Actors.persons("en")) {
      String code = t.code().startsWith("IGO") ? t.code() : t.code() + t.sector();
      bySurface
          .computeIfAbsent(t.surface(), k -> new ArrayList<>())
          .add(new ActorPhrases.Restriction(code, t.from(), t.to()));
    }
    bySurface.forEach(actors::add);
  }

  private static DictionaryLines resource(String file) {
    try (InputStream raw = EnglishDictionaries.class.getResourceAsStream(DIRECTORY + file)) {
      if (raw == null) {
        throw new IllegalStateException("bundled file missing from the jar: " + DIRECTORY + file);
      }
      return DictionaryLines.read(file, new GZIPInputStream(raw));
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
