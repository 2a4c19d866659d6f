package org.entente.text.english;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actor phrases of PETRARCH2's actor dictionaries ({@code dictionaries.rst}, "Actor Dictionary"): a
 * primary phrase, {@code +} synonyms, and codes, either on the phrase's line or tab-led date
 * restrictions below it. Primary phrases that follow each other before any code share the codes
 * that come next, as in PETRARCH2's reader. A code written {@code ELR/GAL} stands for several
 * actors at once ({@code THE_SHIRE [FRO/BIL/SAM]}).
 */
final class ActorPhrases {

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");

  /** A code and the days it holds on (either limit may be open). */
  record Restriction(String code, LocalDate from, LocalDate to) {
    boolean holds(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    boolean dated() {
      return from != null || to != null;
    }
  }

  /** What one phrase stands for: its restrictions in file order. */
  record Entry(List<Restriction> restrictions) {
    /**
     * The codes on {@code day}: the first restriction that holds, else the first undated one, else
     * none (PETRARCH2's {@code get_actor_code}). A null day takes the first undated code.
     */
    List<String> codesOn(LocalDate day) {
      Restriction chosen = null;
      if (day != null) {
        for (Restriction r : restrictions) {
          if (r.dated() && r.holds(day)) {
            chosen = r;
            break;
          }
        }
      }
      if (chosen == null) {
        for (Restriction r : restrictions) {
          if (!r.dated()) {
            chosen = r;
            break;
          }
        }
      }
      if (chosen == null || chosen.code.equals("---")) {
        return List.of();
      }
      return Arrays.asList(chosen.code.split("/"));
    }
  }

  private final PhraseIndex<Entry> index = new PhraseIndex<>();

  PhraseIndex<Entry> index() {
    return index;
  }

  /** Adds the entries of one actor file; files are read in order and the first entry wins. */
  ActorPhrases read(DictionaryLines file) {
    List<String> phrases = new ArrayList<>();
    List<Restriction> restrictions = new ArrayList<>();
    for (DictionaryLines.Line line : file.lines()) {
      String text = line.text();
      boolean restriction = Character.isWhitespace(text.charAt(0)) || text.startsWith("[");
      String trimmed = text.strip();
      if (!restriction && !trimmed.startsWith("+") && !restrictions.isEmpty()) {
        store(phrases, restrictions);
        phrases = new ArrayList<>();
        restrictions = new ArrayList<>();
      }
      Matcher m = BRACKET.matcher(trimmed);
      int firstBracket = trimmed.length();
      while (m.find()) {
        firstBracket = Math.min(firstBracket, m.start());
        Restriction r = restriction(m.group(1));
        if (r != null) {
          restrictions.add(r);
        }
      }
      if (!restriction) {
        String phrase = trimmed.substring(0, firstBracket);
        int semicolon = phrase.indexOf(';');
        if (semicolon >= 0) {
          phrase = phrase.substring(0, semicolon);
        }
        phrase = phrase.startsWith("+") ? phrase.substring(1) : phrase;
        if (!phrase.isBlank()) {
          phrases.add(phrase);
        }
      }
    }
    store(phrases, restrictions);
    return this;
  }

  /** Adds one phrase with its codes unless an earlier file has it (the first entry wins). */
  ActorPhrases add(String phrase, List<Restriction> restrictions) {
    store(List.of(phrase), restrictions);
    return this;
  }

  private void store(List<String> phrases, List<Restriction> restrictions) {
    if (phrases.isEmpty() || restrictions.isEmpty()) {
      return;
    }
    Entry entry = new Entry(List.copyOf(restrictions));
    for (String phrase : phrases) {
      index.add(PhraseIndex.words(phrase), entry);
    }
  }

  /** Reads {@code CODE}, {@code CODE <date}, {@code CODE >date}, {@code CODE date-date}. */
  static Restriction restriction(String inside) {
    String s = inside.strip();
    if (s.isEmpty()) {
      return null;
    }
    int blank = s.indexOf(' ');
    int tab = s.indexOf('\t');
    int cut = blank < 0 ? tab : tab < 0 ? blank : Math.min(blank, tab);
    String code = (cut < 0 ? s : s.substring(0, cut)).toUpperCase(java.util.Locale.ROOT);
    String dates = cut < 0 ? "" : s.substring(cut).replaceAll("\\s+", "");
    if (dates.isEmpty()) {
      return new Restriction(code, null, null);
    }
    try {
      if (dates.startsWith("<")) {
        return new Restriction(code, null, date(dates.substring(1)));
      }
      if (dates.startsWith(">")) {
        return new Restriction(code, date(dates.substring(1)), null);
      }
      int dash = dates.indexOf('-');
      if (dash > 0) {
        LocalDate from = date(dates.substring(0, dash));
        LocalDate to = date(dates.substring(dash + 1));
        return to.isBefore(from) ? null : new Restriction(code, from, to);
      }
    } catch (RuntimeException e) {
      return null; // an unreadable date: PETRARCH2 skips the restriction too
    }
    return null;
  }

  /** {@code YYMMDD} (00–30 are 20YY, as PETRARCH2's {@code dstr_to_ordate}) or {@code YYYYMMDD}. */
  static LocalDate date(String s) {
    if (s.length() == 6) {
      int yy = Integer.parseInt(s.substring(0, 2));
      return LocalDate.of(
          yy <= 30 ? 2000 + yy : 1900 + yy,
          Integer.parseInt(s.substring(2, 4)),
          Integer.parseInt(s.substring(4, 6)));
    }
    if (s.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(s.substring(0, 4)),
          Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    }
    throw new IllegalArgumentException("date " + s);
  }
}
