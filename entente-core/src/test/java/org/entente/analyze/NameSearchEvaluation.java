package org.entente.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The evaluation set {@code name-search-evaluation.tsv} and how a search scores on it: a query of a
 * listed name is right when the top match is one of its expected entries; an absent name is right
 * when nothing matches. Precision = right top matches / all top matches; recall = right top matches
 * / listed-name queries.
 */
final class NameSearchEvaluation {

  /** One line of the set. */
  record Case(String set, String kind, String query, Set<String> expected, String listed) {
    boolean absent() {
      return expected.isEmpty();
    }
  }

  /** What a search did on a set of cases. */
  record Result(int queries, int listed, int right, int wrong, List<String> misses) {
    double precision() {
      return right + wrong == 0 ? 1 : (double) right / (right + wrong);
    }

    double recall() {
      return (double) right / listed;
    }
  }

  private NameSearchEvaluation() {}

  static List<Case> cases() {
    try (InputStream in =
        NameSearchEvaluation.class.getResourceAsStream("name-search-evaluation.tsv")) {
      List<Case> cases = new ArrayList<>();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean header = true;
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // set, kind, query, expected, listed
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
          throw new IllegalStateException("expected 5 tab-separated fields: " + line);
        }
        Set<String> expected =
            f[3].equals("-") ? Set.of() : Set.copyOf(Arrays.asList(f[3].split(";")));
        cases.add(new Case(f[0], f[1], f[2], expected, f[4]));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result run(List<Case> cases, BiFunction<String, Integer, List<NameMatch>> search) {
    int listed = 0;
    int right = 0;
    int wrong = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      List<NameMatch> matches = search.apply(c.query(), 1);
      String top =
          matches.isEmpty()
              ? null
              : matches.get(0).designated().entry().list()
                  + ":"
                  + matches.get(0).designated().entry().entryId();
      if (!c.absent()) {
        listed++;
      }
      if (top == null) {
        if (!c.absent()) {
          misses.add(c.kind() + " '" + c.query() + "': nothing (expected " + c.expected() + ")");
        }
      } else if (c.expected().contains(top)) {
        right++;
      } else {
        wrong++;
        misses.add(
            c.kind()
                + " '"
                + c.query()
                + "': "
                + top
                + " "
                + matches.get(0).designated().entry().name()
                + " (expected "
                + (c.absent() ? "nothing" : c.expected())
                + ")");
      }
    }
    return new Result(cases.size(), listed, right, wrong, misses);
  }
}
