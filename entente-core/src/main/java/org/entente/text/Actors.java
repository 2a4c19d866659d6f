package org.entente.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.code.ActorDictionary;
import org.entente.code.Country;
import org.entente.code.CountryCodes;

/**
 * The fifth stage: the states, persons and organisations a sentence names, resolved for a date.
 * Names come from {@code actors.tsv} (its header documents the format: Japanese names of all
 * states, one-character short forms, persons with their terms, organisations, titles), English
 * country names and aliases from {@link CountryCodes}, and English persons before 2014 from
 * PETRARCH2's dictionaries ({@link ActorDictionary}).
 *
 * <p>Japanese is matched on characters, not on Kuromoji's words, because IPADIC cuts the
 * abbreviations unpredictably ({@code 中朝間} → 中|朝間). At each position the longest name wins. A
 * one-character short form ({@code 露 ロ 朝 中 米 日 韓 …}) is an actor only
 *
 * <ul>
 *   <li>in a run of two or more ({@code 中ロ朝}, {@code ロ朝首脳会談}, {@code 日米韓}): a {@link
 *       ActorMention.Kind#COMPOUND} with its states in order ({@code 日中} only before a relation
 *       word such as 関係, 間, 首脳, since 日中は means "in the daytime");
 *   <li>after a prefix: 対 訪 親 反 在 駐 ({@code 対米}, {@code 訪朝}, {@code 親ロ派}), 来 and 離 before 日 ({@code
 *       来日});
 *   <li>before a title or body ({@code 米政権}, {@code ロ外相}, {@code 米軍}), except the forms that are
 *       also everyday words ({@code 日 中 加 比 台 伊 越 宇 烏}), which need a prefix or a run;
 * </ul>
 *
 * <p>and never when the character before is another kanji or, for the katakana forms ロ and ソ, when
 * a katakana touches it ({@code ヨーロッパ}, {@code ソウル}). So {@code 露天}, {@code 中心}, {@code 米価}, {@code
 * その日は} name no state. Katakana names must not touch other katakana ({@code タイ} in {@code タイトル}). A
 * title after a state or person joins the span ({@code プーチン大統領}) and gives a state its sector
 * ({@code ロシア国防相} → RUS, MIL); a person keeps the sector of their term.
 *
 * <pre>{@code
 * Actors.bundled().find(Sentence.of("中ロ朝の接近"), LocalDate.of(2023, 9, 13));
 * // [COMPOUND 中ロ朝 [CHN, RUS, PRK]]
 * }</pre>
 */
public final class Actors {

  static final String TABLE = "actors.tsv";

  /** Heads of state and government, ministers and other officials since 2000, with their terms. */
  static final String OFFICIALS = "officials.tsv";

  /** What a row of the table is. */
  enum RowKind {
    STATE,
    SHORT,
    PERSON,
    ORGANISATION,
    TITLE,
    /**
     * An office named without its state: in Japanese text, Japan's own (外務大臣, 官房長官, 政府, 我が国), as
     * the Japanese press and Japan's ministries write them.
     */
    OFFICE,
    NONE
  }

  /** One row of {@code actors.tsv}. */
  record Row(
      String surface,
      String language,
      RowKind kind,
      String code,
      String sector,
      LocalDate from,
      LocalDate to,
      String source) {

    boolean holds(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }

  private static final Set<Character> WEAK_SHORT_FORMS =
      Set.of('日', '中', '加', '比', '台', '伊', '越', '宇', '烏');

  private static final String PREFIXES = "対訪親反在駐";

  /** Words after 日中 (or any two-state run) that make it a relation, not "in the daytime". */
  private static final List<String> RELATION_WORDS =
      List.of(
          "関係", "間", "首脳", "両国", "共同", "国交", "友好", "戦争", "貿易", "外相", "会談", "協議", "対話", "韓", "米",
          "ロ", "露", "朝", "合意", "交渉", "首相");

  /** Bodies after a single short form that name its state, besides the titles ({@code 米側}). */
  private static final List<String> SHORT_FORM_BODIES = List.of("側", "高官", "艦", "紙", "主導");

  /**
   * An English word: an abbreviation (U.S.), or letters and digits joined by hyphens and inner
   * apostrophes (O'Brien, Sino-Soviet) — not a possessive's, so that "Russia's" names Russia.
   */
  private static final Pattern ENGLISH_WORD =
      Pattern.compile(
          "(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:(?:-|['’](?![sS]\\b))[\\p{L}\\p{N}]+)*");

  private static final Set<String> ENGLISH_JOINERS = Set.of("of", "the", "and", "for");

  private static volatile Actors bundled;

  private final Map<String, List<Row>> japanese;
  private final Map<Character, int[]> japaneseLengths;
  private final Map<Character, Row> shortForms;
  private final Map<String, Row> japaneseTitles;
  private final int longestTitle;
  private final Map<String, List<Row>> english;
  private final Map<String, Row> englishTitles;
  private final CountryCodes countries;
  private final ActorDictionary dictionary;

  private Actors(List<Row> rows, CountryCodes countries, ActorDictionary dictionary) {
    this.countries = countries;
    this.dictionary = dictionary;
    Map<String, List<Row>> ja = new HashMap<>();
    Map<Character, Row> shorts = new HashMap<>();
    Map<String, Row> jaTitles = new HashMap<>();
    Map<String, List<Row>> en = new HashMap<>();
    Map<String, Row> enTitles = new HashMap<>();
    for (Row row : rows) {
      boolean isJapanese = row.language().equals(Language.JAPANESE);
      switch (row.kind()) {
        case SHORT -> shorts.putIfAbsent(row.surface().charAt(0), row);
        case TITLE -> (isJapanese ? jaTitles : enTitles).putIfAbsent(row.surface(), row);
        default ->
            (isJapanese ? ja : en).computeIfAbsent(row.surface(), k -> new ArrayList<>()).add(row);
      }
    }
    Map<Character, Set<Integer>> lengths = new HashMap<>();
    for (String surface : ja.keySet()) {
      lengths.computeIfAbsent(surface.charAt(0), k -> new TreeSet<>()).add(surface.length());
    }
    Map<Character, int[]> sorted = new HashMap<>();
    lengths.forEach(
        (c, set) -> {
          int[] descending = set.stream().mapToInt(Integer::intValue).toArray();
          Arrays.sort(descending);
          for (int i = 0, j = descending.length - 1; i < j; i++, j--) {
            int t = descending[i];
            descending[i] = descending[j];
            descending[j] = t;
          }
          sorted.put(c, descending);
        });
    this.japanese = ja;
    this.japaneseLengths = sorted;
    this.shortForms = shorts;
    this.japaneseTitles = jaTitles;
    this.longestTitle = jaTitles.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.english = en;
    this.englishTitles = enTitles;
  }

  /** The bundled table with Entente's country names and PETRARCH2's dictionaries, read once. */
  public static Actors bundled() {
    if (bundled == null) {
      synchronized (Actors.class) {
        if (bundled == null) {
          List<Row> rows = new ArrayList<>(resource(TABLE));
          rows.addAll(resource(OFFICIALS));
          bundled = new Actors(rows, CountryCodes.bundled(), ActorDictionary.bundled());
        }
      }
    }
    return bundled;
  }

  /**
   * A person's term as the tables give it ({@code actors.tsv}, then {@code officials.tsv}), in
   * their order: for the English coder's actor dictionary, which reads them after PETRARCH2's.
   *
   * @param code the state's ISO-3 code, or an organisation's CAMEO code ({@code IGOUNO})
   * @param sector GOV, MIL, or ELI for the person out of office (undated)
   */
  public record PersonTerm(
      String surface, String code, String sector, LocalDate from, LocalDate to) {}

  /** The persons of the bundled tables written in {@code language} ({@code ja} or {@code en}). */
  public static List<PersonTerm> persons(String language) {
    List<PersonTerm> terms = new ArrayList<>();
    for (String table : List.of(TABLE, OFFICIALS)) {
      for (Row row : resource(table)) {
        if (row.kind() == RowKind.PERSON && row.language().equals(language)) {
          terms.add(new PersonTerm(row.surface(), row.code(), row.sector(), row.from(), row.to()));
        }
      }
    }
    return terms;
  }

  static List<Row> resource(String name) {
    try (InputStream in = Actors.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** Reads a table in the format of {@code actors.tsv}; errors name the line and the value. */
  static List<Row> read(InputStream in, String name) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    boolean header = true;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (header) {
        header = false;
        if (!line.equals("surface\tlang\tkind\tcode\tsector\tfrom\tto\tsource")) {
          throw new IOException(name + ":" + number + ": unexpected header '" + line + "'");
        }
        continue;
      }
      if (f.length != 8) {
        throw new IOException(
            name + ":" + number + ": " + f.length + " fields, expected 8 separated by tabs");
      }
      RowKind kind;
      try {
        kind = RowKind.valueOf(f[2]);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            name
                + ":"
                + number
                + ": kind '"
                + f[2]
                + "', expected one of "
                + Arrays.toString(RowKind.values()),
            e);
      }
      if (!f[1].equals(Language.JAPANESE) && !f[1].equals(Language.ENGLISH)) {
        throw new IOException(name + ":" + number + ": lang '" + f[1] + "', expected ja or en");
      }
      if (f[0].isEmpty() || (kind == RowKind.SHORT && f[0].length() != 1)) {
        throw new IOException(name + ":" + number + ": surface '" + f[0] + "' is not a " + kind);
      }
      if (f[7].isBlank()) {
        throw new IOException(name + ":" + number + ": no source for '" + f[0] + "'");
      }
      rows.add(
          new Row(
              f[0],
              f[1],
              kind,
              f[3],
              f[4],
              date(f[5], name, number),
              date(f[6], name, number),
              f[7]));
    }
    return rows;
  }

  private static LocalDate date(String text, String name, int line) throws IOException {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IOException(name + ":" + line + ": date '" + text + "', expected YYYY-MM-DD", e);
    }
  }

  /** The actors {@code sentence} names, in order, resolved for {@code when}. */
  public List<ActorMention> find(Sentence sentence, LocalDate when) {
    java.util.Objects.requireNonNull(when, "when");
    return Language.JAPANESE.equals(sentence.language())
        ? findJapanese(sentence, when)
        : findEnglish(sentence, when);
  }

  // ---- Japanese ----

  private List<ActorMention> findJapanese(Sentence sentence, LocalDate when) {
    String s = sentence.normalised();
    int n = s.length();
    List<ActorMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int length = longestName(s, i);
      if (length > 0 && shortForms.containsKey(s.charAt(i))) {
        // 米国務長官 is 米 + 国務長官, not 米国 + 務長官: a title that reaches further wins.
        Row title = titleAt(s, i + 1);
        if (title != null && i + 1 + title.surface().length() > i + length) {
          Found found = shortForms(sentence, s, i, i + 1);
          if (found != null) {
            mentions.add(found.mention());
            i = found.end();
            continue;
          }
        }
      }
      if (length > 0) {
        List<Row> rows = japanese.get(s.substring(i, i + length));
        Row row = first(rows, when);
        boolean afterName =
            !mentions.isEmpty()
                && mentions.get(mentions.size() - 1).span().end()
                    == sentence.span(i, i + 1).start();
        if (row != null && row.kind() == RowKind.OFFICE && (afterName || !bareOffice(s, i, row))) {
          i++;
          continue;
        }
        if (row != null && row.kind() != RowKind.NONE) {
          int end = i + length;
          String sector = row.sector();
          int titleEnd = end;
          if (row.kind() == RowKind.STATE || row.kind() == RowKind.PERSON) {
            Row title = titleAt(s, end);
            if (title != null) {
              titleEnd = end + title.surface().length();
              if (row.kind() == RowKind.STATE || sector.isEmpty()) {
                sector = title.sector();
              }
            }
          }
          mentions.add(mention(sentence, kindOf(row), i, titleEnd, List.of(row.code()), sector));
          i = titleEnd;
        } else {
          i += length;
        }
        continue;
      }
      int runEnd = shortRun(s, i);
      if (runEnd > i) {
        Found found = shortForms(sentence, s, i, runEnd);
        if (found != null) {
          mentions.add(found.mention());
          i = found.end();
          continue;
        }
        i = runEnd;
        continue;
      }
      i++;
    }
    return mentions;
  }

  /** Characters before an office that make it another body's: 両政府, 各国政府, 同外相, 前首相. */
  private static final String NOT_OURS = "両各同諸前元副新次国省府部側州県市";

  /**
   * Whether an office at {@code i} stands without a state, so is Japan's: not after a foreign
   * (katakana) name or a body ({@code ジャイシャンカル外相}, {@code 両政府}). A personal office may follow a
   * name in kanji ({@code 岩屋毅外務大臣}, {@code 岩屋大臣}); an institution ({@code 政府}, {@code 外務省}) only
   * stands at the start of a phrase.
   */
  private static boolean bareOffice(String s, int i, Row office) {
    if (i == 0) {
      return true;
    }
    char before = s.charAt(i - 1);
    if (isKatakana(before) || before == '・' || isLatin(before)) {
      return false;
    }
    if (!isKanji(before)) {
      return true;
    }
    if (!office.sector().equals("GOV") || !office.code().equals("JPN") || office.to() != null) {
      return false;
    }
    boolean personal =
        office.surface().endsWith("大臣")
            || office.surface().endsWith("相")
            || office.surface().endsWith("長官")
            || office.surface().equals("総理");
    if (!personal) {
      return false;
    }
    int start = i;
    while (start > 0 && isKanji(s.charAt(start - 1))) {
      start--;
    }
    String name = s.substring(start, i);
    if (name.length() < 2 || name.length() > 4) {
      return false;
    }
    for (char c : name.toCharArray()) {
      if (NOT_OURS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A mention and where it ends in the normalised sentence. */
  private record Found(ActorMention mention, int end) {}

  private static ActorMention.Kind kindOf(Row row) {
    return switch (row.kind()) {
      case PERSON, OFFICE -> ActorMention.Kind.PERSON;
      case ORGANISATION -> ActorMention.Kind.ORGANISATION;
      default -> ActorMention.Kind.STATE;
    };
  }

  private static Row first(List<Row> rows, LocalDate when) {
    for (Row row : rows) {
      if (row.holds(when)) {
        return row;
      }
    }
    return null;
  }

  /** The length of the longest name at {@code i} that may stand there, or 0. */
  private int longestName(String s, int i) {
    int[] lengths = japaneseLengths.get(s.charAt(i));
    if (lengths == null) {
      return 0;
    }
    for (int length : lengths) {
      int end = i + length;
      if (end > s.length()) {
        continue;
      }
      String candidate = s.substring(i, end);
      if (!japanese.containsKey(candidate)) {
        continue;
      }
      if (isKatakana(candidate.charAt(0)) && i > 0 && isKatakana(s.charAt(i - 1))) {
        continue;
      }
      if (isKatakana(candidate.charAt(length - 1))
          && end < s.length()
          && isKatakana(s.charAt(end))) {
        continue;
      }
      if (isLatin(candidate.charAt(0))
          && ((i > 0 && isLatin(s.charAt(i - 1)))
              || (end < s.length() && isLatin(s.charAt(end))))) {
        continue;
      }
      return length;
    }
    return 0;
  }

  private Row titleAt(String s, int i) {
    for (int length = Math.min(longestTitle, s.length() - i); length > 0; length--) {
      Row title = japaneseTitles.get(s.substring(i, i + length));
      if (title != null) {
        return title;
      }
    }
    return null;
  }

  /** The end of the run of short forms starting at {@code i} (i itself when there is none). */
  private int shortRun(String s, int i) {
    int end = i;
    while (end < s.length()
        && shortForms.containsKey(s.charAt(end))
        && (end == i || longestName(s, end) == 0)) {
      end++;
    }
    return end;
  }

  /** The mention a run of short forms makes, or null (see the class comment for the rules). */
  private Found shortForms(Sentence sentence, String s, int start, int end) {
    char before = start > 0 ? s.charAt(start - 1) : ' ';
    boolean prefixed =
        PREFIXES.indexOf(before) >= 0
            || ((before == '来' || before == '離') && s.charAt(start) == '日' && end == start + 1);
    if (!prefixed && isKanji(before)) {
      return null;
    }
    if (isKatakana(s.charAt(start)) && isKatakana(before)) {
      return null;
    }
    // A katakana form must not run into a katakana word (ロケット); drop it from the run's end.
    while (end > start
        && isKatakana(s.charAt(end - 1))
        && end < s.length()
        && isKatakana(s.charAt(end))) {
      end--;
    }
    if (end == start) {
      return null;
    }
    int length = end - start;
    if (length >= 2) {
      String run = s.substring(start, end);
      if ((run.equals("日中") || run.equals("中日")) && !startsWithAny(s, end, RELATION_WORDS)) {
        return null;
      }
      List<ActorMention> members = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (int k = start; k < end; k++) {
        Row row = shortForms.get(s.charAt(k));
        members.add(mention(sentence, ActorMention.Kind.STATE, k, k + 1, List.of(row.code()), ""));
        codes.add(row.code());
      }
      return new Found(
          new ActorMention(
              ActorMention.Kind.COMPOUND,
              sentence.span(start, end),
              sentence.originalText(start, end),
              codes,
              "",
              members),
          end);
    }
    char form = s.charAt(start);
    Row row = shortForms.get(form);
    Row title = titleAt(s, end);
    boolean body = title != null || startsWithAny(s, end, SHORT_FORM_BODIES);
    if (!(prefixed || (body && !WEAK_SHORT_FORMS.contains(form)))) {
      return null;
    }
    int mentionEnd = title == null ? end : end + title.surface().length();
    return new Found(
        mention(
            sentence,
            ActorMention.Kind.STATE,
            start,
            mentionEnd,
            List.of(row.code()),
            title == null ? "" : title.sector()),
        mentionEnd);
  }

  private static boolean startsWithAny(String s, int i, List<String> words) {
    for (String word : words) {
      if (s.startsWith(word, i)) {
        return true;
      }
    }
    return false;
  }

  private static ActorMention mention(
      Sentence sentence,
      ActorMention.Kind kind,
      int from,
      int to,
      List<String> codes,
      String sector) {
    return new ActorMention(
        kind, sentence.span(from, to), sentence.originalText(from, to), codes, sector, List.of());
  }

  static boolean isKanji(char c) {
    return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || c == '々';
  }

  static boolean isKatakana(char c) {
    return (c >= '\u30a1' && c <= '\u30fa') || c == 'ー';
  }

  private static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  // ---- English ----

  private record Word(String text, int start, int end) {}

  private List<ActorMention> findEnglish(Sentence sentence, LocalDate when) {
    String s = sentence.normalised();
    List<Word> words = new ArrayList<>();
    Matcher m = ENGLISH_WORD.matcher(s);
    while (m.find()) {
      words.add(new Word(m.group(), m.start(), m.end()));
    }
    List<ActorMention> mentions = new ArrayList<>();
    int w = 0;
    while (w < words.size()) {
      Match match = null;
      for (int length = Math.min(6, words.size() - w); length > 0 && match == null; length--) {
        if (!adjacent(s, words, w, length)) {
          continue;
        }
        match = englishName(words, w, length, when);
      }
      if (match == null) {
        w++;
        continue;
      }
      int from = words.get(w).start();
      if (match.kind() == ActorMention.Kind.PERSON) {
        from = titleBefore(s, words, w, from);
      }
      int to = words.get(w + match.length() - 1).end();
      mentions.add(
          mention(sentence, match.kind(), from, to, List.of(match.code()), match.sector()));
      w += match.length();
    }
    return mentions;
  }

  private record Match(ActorMention.Kind kind, String code, String sector, int length) {}

  private Match englishName(List<Word> words, int w, int length, LocalDate when) {
    StringBuilder phrase = new StringBuilder();
    boolean capitalised = true;
    for (int k = w; k < w + length; k++) {
      String word = words.get(k).text();
      if (k > w) {
        phrase.append(' ');
      }
      phrase.append(word);
      boolean inner = k > w && k < w + length - 1 && ENGLISH_JOINERS.contains(word);
      capitalised &= inner || Character.isUpperCase(word.charAt(0));
    }
    String text = phrase.toString();
    List<Row> rows = english.get(text);
    if (rows != null) {
      Row row = first(rows, when);
      return row == null ? null : new Match(kindOf(row), row.code(), row.sector(), length);
    }
    if (!capitalised) {
      return null;
    }
    boolean code = text.length() == 3 && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    if (!code) {
      Optional<Country> country = countries.lookup(text);
      if (country.isPresent()) {
        return new Match(ActorMention.Kind.STATE, country.get().iso3(), "", length);
      }
    }
    Optional<ActorDictionary.Actor> person = dictionary.resolvePerson(text, when);
    if (person.isPresent()) {
      ActorDictionary.Actor actor = person.get();
      String state = actor.state() != null ? actor.state() : actor.code();
      return new Match(ActorMention.Kind.PERSON, state, actor.sector(), length);
    }
    return null;
  }

  /** Words {@code w..w+length-1} with only spaces between them. */
  private static boolean adjacent(String s, List<Word> words, int w, int length) {
    for (int k = w + 1; k < w + length; k++) {
      for (int c = words.get(k - 1).end(); c < words.get(k).start(); c++) {
        if (s.charAt(c) != ' ') {
          return false;
        }
      }
    }
    return true;
  }

  /** Where a title before a person starts ({@code President Putin}), else {@code from}. */
  private int titleBefore(String s, List<Word> words, int w, int from) {
    for (int length = Math.min(3, w); length > 0; length--) {
      if (!adjacent(s, words, w - length, length + 1)) {
        continue;
      }
      StringBuilder phrase = new StringBuilder();
      for (int k = w - length; k < w; k++) {
        phrase.append(k > w - length ? " " : "").append(words.get(k).text());
      }
      if (englishTitles.containsKey(phrase.toString())) {
        return words.get(w - length).start();
      }
    }
    return from;
  }
}
