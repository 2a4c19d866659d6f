package org.entente.analyze;

import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.entente.text.NameAnalyzer;
import org.entente.text.NameForm;

/**
 * How alike two names are, from 0 (nothing in common) to 1 (the same words), whatever their word
 * order: the score {@link NameSearch} ranks by and decides a match with, and that {@code
 * LinearNameScan} (the baseline in the tests and benchmark) applies to every name.
 *
 * <p>Words are paired greedily, most alike first. Two words are alike by spelling (1 − Levenshtein
 * distance / longer length) or, for romanisations, by sound: words sharing a Double Metaphone code
 * count {@value #SAME_SOUND} ({@code Eun}/{@code Un}, {@code Qadhafi}/{@code Gaddafi}). Pairs below
 * {@value #FLOOR} count nothing. The token score weighs the query's words by length, since a name
 * searched for is often shorter than the listed one (no patronymic, no middle name), and the listed
 * name's words less: {@code 0.7 × query coverage + 0.3 × name coverage}. The words run together
 * ({@code kimjongeun} against each rotation of the listed words, so that {@code Jong Un Kim} meets
 * {@code Kim Jong Un}) give a second score for names split or joined differently; the higher of the
 * two counts.
 */
public final class NameSimilarity {

  /**
   * What two spellings of one name in {@code romanisations.csv} count ({@code Lee}, {@code Ri}).
   */
  static final double SAME_NAME = 0.9;

  /** What two different words that sound alike count. */
  static final double SAME_SOUND = 0.8;

  /**
   * Words must be this alike in spelling too for their sound to count: Double Metaphone ignores
   * vowels after the first letter, so short syllables such as {@code un} and {@code won} share a
   * code.
   */
  static final double SOUND_SPELLING = 0.6;

  /**
   * What a different first letter takes off spelling likeness: typing slips and romanisations
   * rarely change a name's first letter ({@code Raul} is not {@code Paul}); those that do ({@code
   * Qadhafi}, {@code Gaddafi}) meet by sound.
   */
  static final double OTHER_FIRST_LETTER = 0.1;

  /**
   * Below this, two words are not counted as alike at all: one edit in three letters is too many.
   */
  static final double FLOOR = 0.7;

  /** How much the listed name's words that the query lacks take off, at most. */
  static final double EXTRA_WORDS = 0.15;

  /**
   * Legal forms and connecting words, which names of firms add or drop freely ({@code Corp}, {@code
   * Corporation}, {@code Co., Ltd.}): they weigh one letter's worth, whatever their length.
   */
  private static final Set<String> FILLERS =
      Set.of(
          "co",
          "corp",
          "corporation",
          "company",
          "ltd",
          "limited",
          "llc",
          "inc",
          "incorporated",
          "jsc",
          "ojsc",
          "pjsc",
          "cjsc",
          "ooo",
          "oao",
          "zao",
          "pao",
          "ao",
          "sa",
          "de",
          "cv",
          "gmbh",
          "plc",
          "fze",
          "fzco",
          "the",
          "of",
          "and");

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private NameSimilarity() {}

  /** The similarity of a query and a listed name, in [0, 1]. */
  public static double score(NameForm query, NameForm name) {
    if (query.isEmpty() || name.isEmpty()) {
      return 0;
    }
    return Math.max(byWords(query, name), joined(query, name));
  }

  private static double byWords(NameForm query, NameForm name) {
    int q = query.words().size();
    int n = name.words().size();
    double[][] sim = new double[q][n];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < n; j++) {
        sim[i][j] = words(query, i, name, j);
      }
    }
    double[] bestQ = new double[q];
    double[] bestN = new double[n];
    boolean[] usedQ = new boolean[q];
    boolean[] usedN = new boolean[n];
    acronyms(query, name, bestQ, bestN, usedQ, usedN);
    for (int pairs = Math.min(q, n); pairs > 0; pairs--) {
      int bi = -1;
      int bj = -1;
      double best = 0;
      for (int i = 0; i < q; i++) {
        for (int j = 0; j < n && !usedQ[i]; j++) {
          if (!usedN[j] && sim[i][j] > best) {
            best = sim[i][j];
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        break;
      }
      usedQ[bi] = true;
      usedN[bj] = true;
      bestQ[bi] = best;
      bestN[bj] = best;
    }
    double covered = coverage(query.words(), bestQ);
    return covered * (1 - EXTRA_WORDS * (1 - coverage(name.words(), bestN)));
  }

  private static double coverage(List<String> words, double[] best) {
    double covered = 0;
    double total = 0;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int weight = FILLERS.contains(word) ? 1 : word.length();
      covered += weight * best[i];
      total += weight;
    }
    return covered / total;
  }

  /** How alike word {@code i} of {@code a} and word {@code j} of {@code b} are. */
  private static double words(NameForm a, int i, NameForm b, int j) {
    String x = a.words().get(i);
    String y = b.words().get(j);
    if (x.equals(y)) {
      return 1;
    }
    boolean letters = x.length() > 1 && y.length() > 1;
    if (letters && NameAnalyzer.key(x).equals(NameAnalyzer.key(y))) {
      return SAME_NAME;
    }
    double ratio = ratio(x, y);
    double spelling = x.charAt(0) == y.charAt(0) ? ratio : ratio - OTHER_FIRST_LETTER;
    double sound = 0;
    if (letters && ratio >= SOUND_SPELLING) {
      for (String code : a.sounds().get(i)) {
        if (b.sounds().get(j).contains(code)) {
          sound = SAME_SOUND;
          break;
        }
      }
    }
    double alike = Math.max(spelling, sound);
    return alike < FLOOR ? 0 : alike;
  }

  /**
   * Pairs a query word with the run of listed words it abbreviates ({@code PMC} → {@code Private
   * Military Company}), marking both as matched with {@link #SAME_NAME}.
   */
  private static void acronyms(
      NameForm query,
      NameForm name,
      double[] bestQ,
      double[] bestN,
      boolean[] usedQ,
      boolean[] usedN) {
    List<String> words = name.words();
    for (int i = 0; i < query.words().size(); i++) {
      String word = query.words().get(i);
      int length = word.length();
      if (length < 2 || length > 6 || !word.chars().allMatch(Character::isLetter)) {
        continue;
      }
      for (int start = 0; start + length <= words.size(); start++) {
        boolean fits = true;
        for (int k = 0; k < length && fits; k++) {
          fits = !usedN[start + k] && words.get(start + k).charAt(0) == word.charAt(k);
        }
        if (fits) {
          usedQ[i] = true;
          bestQ[i] = SAME_NAME;
          for (int k = 0; k < length; k++) {
            usedN[start + k] = true;
            bestN[start + k] = SAME_NAME;
          }
          break;
        }
      }
    }
  }

  /** The query's words run together against each rotation of the listed name's. */
  private static double joined(NameForm query, NameForm name) {
    String q = query.joined();
    List<String> words = name.words();
    double best = 0;
    for (int start = 0; start < words.size(); start++) {
      StringBuilder rotated = new StringBuilder();
      for (int k = 0; k < words.size(); k++) {
        rotated.append(words.get((start + k) % words.size()));
      }
      String r = rotated.toString();
      int longer = Math.max(q.length(), r.length());
      best = Math.max(best, 1.0 - 2.0 * LEVENSHTEIN.apply(q, r) / longer);
    }
    return Math.max(0, best);
  }

  /** 1 − Levenshtein distance / length of the longer string. */
  private static double ratio(String x, String y) {
    int longer = Math.max(x.length(), y.length());
    return longer == 0 ? 1 : 1.0 - (double) LEVENSHTEIN.apply(x, y) / longer;
  }
}
