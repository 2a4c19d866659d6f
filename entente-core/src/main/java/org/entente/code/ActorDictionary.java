package org.entente.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Resolves the names of persons and offices to their state and agent code on a date, from the
 * Phoenix actor dictionaries of PETRARCH2 ({@code data/petrarch2/}, format in PETRARCH2's {@code
 * dictionaries.rst}, "Actor Dictionary"). A name is matched whole, after {@link #normalise}; its
 * date restrictions are tried in file order and the first that holds gives the code, else the first
 * unrestricted code does, else the name has none that day — PETRARCH2's own rule ({@code
 * PETRreader.get_actor_code}). Codes are CAMEO actor codes: the state comes from their first three
 * letters ({@link CameoCountryCodes}), the agent from the next three.
 *
 * <pre>{@code
 * ActorDictionary.bundled().resolve("Vladimir Putin", LocalDate.of(2005, 6, 1));
 * // Optional[Actor[code=RUSGOV, state=RUS, sector=GOV]]
 * ActorDictionary.bundled().resolve("VLADIMIR PUTIN", LocalDate.of(1995, 1, 1));
 * // Optional[Actor[code=RUSELI, state=RUS, sector=ELI]]: his default outside office
 * }</pre>
 *
 * <p>The dictionaries end in 2014: an open restriction ({@code [USAGOV >090120]}) still holds after
 * that, and later office-holders are missing.
 */
public final class ActorDictionary {

  /**
   * What a name stands for on a day.
   *
   * @param code the CAMEO actor code as written ({@code RUSGOV}, {@code IGOUNO})
   * @param state ISO-3 of the state, or null for an international or non-state code
   * @param sector the agent code after the state ({@code GOV}, {@code ELI}), or empty
   */
  public record Actor(String code, String state, String sector) {}

  /** The bundled dictionaries, read in PETRARCH2's order ({@code PETR_config.ini}). */
  static final List<String> FILES =
      List.of(
          "Phoenix.Countries.actors.txt.gz",
          "Phoenix.International.actors.txt.gz",
          "Phoenix.MilNonState.actors.txt.gz");

  private static final String DIRECTORY = "/org/entente/data/petrarch2/";

  /** Names cached from the data files as written, so a row pays one map lookup. */
  private static final int CACHE_LIMIT = 200_000;

  private static final Entry NONE = new Entry();

  private static volatile ActorDictionary bundled;

  private final Map<String, Entry> entries;
  private final Map<String, Entry> written = new ConcurrentHashMap<>();

  private ActorDictionary(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** The dictionaries shipped with Entente, read on first use. */
  public static ActorDictionary bundled() {
    if (bundled == null) {
      synchronized (ActorDictionary.class) {
        if (bundled == null) {
          bundled = read(FILES);
        }
      }
    }
    return bundled;
  }

  private static ActorDictionary read(List<String> files) {
    CameoCountryCodes countries = CameoCountryCodes.bundled();
    Map<String, Actor> actors = new HashMap<>();
    Map<String, Entry> entries = new HashMap<>();
    for (String file : files) {
      try (InputStream raw = ActorDictionary.class.getResourceAsStream(DIRECTORY + file)) {
        if (raw == null) {
          throw new IllegalStateException("bundled file missing from the jar: " + DIRECTORY + file);
        }
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
        new Parser(entries, code -> actors.computeIfAbsent(code, c -> actor(c, countries)))
            .read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
    }
    return new ActorDictionary(entries);
  }

  /** Reads dictionaries in PETRARCH2's format, for tests: {@code lines} of one or more files. */
  static ActorDictionary of(String lines) {
    CameoCountryCodes countries = CameoCountryCodes.bundled();
    Map<String, Entry> entries = new HashMap<>();
    try {
      new Parser(entries, code -> actor(code, countries))
          .read(new BufferedReader(new java.io.StringReader(lines)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActorDictionary(entries);
  }

  private static Actor actor(String code, CameoCountryCodes countries) {
    if (code.equals("---")) {
      return null;
    }
    String state = code.length() >= 3 ? countries.state(code.substring(0, 3)).orElse(null) : null;
    String sector = state == null ? "" : code.substring(3, Math.min(6, code.length()));
    return new Actor(code, state, sector);
  }

  /**
   * What {@code name} stands for on {@code date}, or empty if the dictionaries do not know the name
   * or give it no code that day. Names are cached as written, so a caller passing the same string
   * for millions of rows pays one hash lookup and a few date comparisons.
   */
  public Optional<Actor> resolve(String name, LocalDate date) {
    Entry entry = entry(name);
    return entry == NONE ? Optional.empty() : Optional.ofNullable(entry.on(date.toEpochDay()));
  }

  /**
   * Like {@link #resolve}, for names with a dated entry only: persons, whose codes follow their
   * terms. Undated entries are bodies and offices ({@code SENATE}, {@code SECRETARY_OF_STATE},
   * marked "iffy" in the file, both USAGOV): a name shared by many states that the dictionary's
   * authors gave to one, so an event file's actor without a country is not resolved by them.
   */
  public Optional<Actor> resolvePerson(String name, LocalDate date) {
    Entry entry = entry(name);
    return entry.dated ? Optional.ofNullable(entry.on(date.toEpochDay())) : Optional.empty();
  }

  /**
   * Whether {@link #resolvePerson} can resolve {@code name} on some day: a bulk import asks this
   * once per distinct name, then resolves only those names' rows by date.
   */
  public boolean isPerson(String name) {
    return entry(name).dated;
  }

  private Entry entry(String name) {
    if (name == null || name.isEmpty()) {
      return NONE;
    }
    Entry entry = written.get(name);
    if (entry == null) {
      entry = entries.getOrDefault(normalise(name), NONE);
      if (written.size() < CACHE_LIMIT) {
        written.put(name, entry);
      }
    }
    return entry;
  }

  /** How many names (primary phrases and synonyms) the dictionaries hold. */
  public int size() {
    return entries.size();
  }

  /**
   * The form in which names are compared: accents removed, upper case, every run of characters
   * other than letters and digits one space ({@code KIM_JONG-UN}, {@code Kim Jong Un} → {@code KIM
   * JONG UN}).
   */
  public static String normalise(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /** One actor's codes: restrictions in file order, then the unrestricted codes. */
  private static final class Entry {
    private static final int BEFORE = 0;
    private static final int AFTER = 1;
    private static final int BETWEEN = 2;
    private static final int ALWAYS = 3;

    private int[] kinds = new int[2];
    private long[] from = new long[2];
    private long[] to = new long[2];
    private Actor[] actors = new Actor[2];
    private int size;
    private boolean dated;

    void add(int kind, long first, long last, Actor actor) {
      dated |= kind != ALWAYS;
      if (size == kinds.length) {
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
        actors = java.util.Arrays.copyOf(actors, size * 2);
      }
      kinds[size] = kind;
      from[size] = first;
      to[size] = last;
      actors[size] = actor;
      size++;
    }

    /** PETRARCH2's rule: the first restriction that holds (limits inclusive), else the default. */
    Actor on(long day) {
      for (int i = 0; i < size; i++) {
        boolean holds =
            switch (kinds[i]) {
              case BEFORE -> day <= to[i];
              case AFTER -> day >= from[i];
              case BETWEEN -> day >= from[i] && day <= to[i];
              default -> false;
            };
        if (holds) {
          return actors[i];
        }
      }
      for (int i = 0; i < size; i++) {
        if (kinds[i] == ALWAYS) {
          return actors[i];
        }
      }
      return null;
    }
  }

  /** Reads the records of one file: a primary phrase, {@code +} synonyms, tab-led restrictions. */
  private static final class Parser {
    private final Map<String, Entry> entries;
    private final java.util.function.Function<String, Actor> actors;
    private Entry current;

    Parser(Map<String, Entry> entries, java.util.function.Function<String, Actor> actors) {
      this.entries = entries;
      this.actors = actors;
    }

    void read(BufferedReader in) throws IOException {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.contains("---STOP---")) {
          break;
        }
        String text = before(line, '#');
        if (text.isBlank()) {
          continue;
        }
        char first = text.charAt(0);
        if (Character.isWhitespace(first)) {
          if (current != null) {
            restrictions(text);
          }
        } else if (first == '+') {
          name(before(text.substring(1), ';'));
        } else {
          // A primary phrase may carry codes, read like restriction lines; ';' starts a comment.
          // Phrases before any code share the codes that follow, as in PETRARCH2's reader
          // (AMERICAN_VICE_PRESIDENT, then AMERICAN_VICE-PRESIDENT, then [USAGOV]).
          if (current == null || current.size > 0) {
            current = new Entry();
          }
          name(before(text, ';'));
          restrictions(before(text, ';'));
        }
      }
    }

    private static String before(String text, char stop) {
      int at = text.indexOf(stop);
      return at < 0 ? text : text.substring(0, at);
    }

    /**
     * Registers the phrase before any {@code [}. A name already taken keeps its first entry, as the
     * first-read pattern wins among equal phrases in PETRARCH2.
     */
    private void name(String text) {
      String name = normalise(before(text, '['));
      if (!name.isEmpty()) {
        entries.putIfAbsent(name, current);
      }
    }

    /** Each {@code [CODE]}, {@code [CODE <date]}, {@code [CODE >date]}, {@code [CODE d1-d2]}. */
    private void restrictions(String text) {
      int open = text.indexOf('[');
      while (open >= 0) {
        int close = text.indexOf(']', open);
        String inside = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
        restriction(inside.trim());
        open = close < 0 ? -1 : text.indexOf('[', close);
      }
    }

    private void restriction(String inside) {
      if (inside.isEmpty()) {
        return;
      }
      int blank = inside.indexOf(' ');
      String code = blank < 0 ? inside : inside.substring(0, blank);
      String rest = blank < 0 ? "" : inside.substring(blank + 1).trim();
      Actor actor = actors.apply(code);
      try {
        if (rest.isEmpty()) {
          current.add(Entry.ALWAYS, 0, 0, actor);
        } else if (rest.charAt(0) == '<') {
          current.add(Entry.BEFORE, 0, day(rest.substring(1)), actor);
        } else if (rest.charAt(0) == '>') {
          current.add(Entry.AFTER, day(rest.substring(1)), 0, actor);
        } else {
          int dash = rest.indexOf('-');
          if (dash < 0) {
            return;
          }
          long first = day(rest.substring(0, dash));
          long last = day(rest.substring(dash + 1));
          if (last >= first) {
            current.add(Entry.BETWEEN, first, last, actor);
          }
        }
      } catch (DateTimeException | NumberFormatException e) {
        // PETRARCH2 skips a restriction whose date it cannot read, with a warning; so does this.
      }
    }

    /**
     * A date {@code YYMMDD} (up to seven characters; years 00–30 are 20YY, others 19YY, as in
     * PETRARCH2's {@code dstr_to_ordate}) or {@code YYYYMMDD}, as an epoch day.
     */
    private static long day(String written) {
      String digits = written.trim();
      if (digits.length() < 6) {
        throw new NumberFormatException(written);
      }
      int year;
      int rest;
      if (digits.length() <= 7) {
        int yy = Integer.parseInt(digits, 0, 2, 10);
        year = yy <= 30 ? 2000 + yy : 1900 + yy;
        rest = 2;
      } else {
        year = Integer.parseInt(digits, 0, 4, 10);
        rest = 4;
      }
      int month = Integer.parseInt(digits, rest, rest + 2, 10);
      int day = Integer.parseInt(digits, rest + 2, rest + 4, 10);
      return LocalDate.of(year, month, day).toEpochDay();
    }
  }
}
