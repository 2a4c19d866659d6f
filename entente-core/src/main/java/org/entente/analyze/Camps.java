package org.entente.analyze;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.entente.domain.Dyad;

/**
 * Splits a set of states into the two camps that frustrate the least tie weight: a positive tie
 * across the camps or a negative tie within one is frustrated. Cartwright and Harary ("Structural
 * Balance: A Generalization of Heider's Theory", <i>Psychological Review</i> 63(5), 1956, 277–293)
 * showed that a signed graph is balanced iff such a split frustrates nothing; the least frustration
 * is its line index of balance (Frank Harary, "On the measurement of structural balance",
 * <i>Behavioral Science</i> 4(4), 1959, 316–323), found here per connected group of states.
 *
 * <p>A group of up to {@link #EXACT_LIMIT} states is solved exactly: all 2<sup>n−1</sup> splits
 * (the first state fixed in camp A) are visited in Gray-code order, each one move from the last, so
 * a step costs the degree of one state. A balanced group of any size is solved exactly by a
 * breadth-first 2-colouring. Larger unbalanced groups use local search, moving the state whose move
 * lowers frustration most until none does, from a 2-colouring along a spanning tree and from {@link
 * #RESTARTS} random splits (seeded, so results repeat); the result names the method. Neutral and
 * unknown ties are left out: they are neither amity nor enmity.
 *
 * <p>{@code Camps.of(List.of("USA", "JPN", "CHN", "RUS"), ties)} with + inside {USA, JPN} and {CHN,
 * RUS} and − between them gives camps [CHN, RUS] and [JPN, USA], balanced.
 */
public final class Camps {

  /** Largest group of states solved by enumeration (2<sup>19</sup> splits, milliseconds). */
  public static final int EXACT_LIMIT = 20;

  /** Random starts of the local search, beside the spanning-tree start. */
  public static final int RESTARTS = 200;

  private static final long SEED = 1956;

  private static final Comparator<SignedTie> HEAVIEST_FIRST =
      Comparator.comparingDouble(SignedTie::weight)
          .reversed()
          .thenComparing(t -> t.dyad().a())
          .thenComparing(t -> t.dyad().b());

  private Camps() {}

  /** Camps from plain signs, each tie of weight 1; a dyad missing from the map has no tie. */
  public static CampSplit of(Collection<String> states, Map<Dyad, Sign> signs) {
    List<SignedTie> ties = new ArrayList<>();
    signs.forEach((d, s) -> ties.add(new SignedTie(d, s, 1)));
    return of(states, ties);
  }

  /**
   * Camps from weighted ties: exact for groups of up to {@link #EXACT_LIMIT} states and balanced
   * groups, local search beyond.
   */
  public static CampSplit of(Collection<String> states, Collection<SignedTie> ties) {
    return new Graph(states, ties).split(EXACT_LIMIT, RESTARTS, SEED);
  }

  /**
   * The proven minimum: 2<sup>n−1</sup> splits for each unbalanced group of n states.
   *
   * @throws IllegalArgumentException for an unbalanced group of more than 30 states
   */
  public static CampSplit exact(Collection<String> states, Collection<SignedTie> ties) {
    return new Graph(states, ties).split(30, -1, SEED);
  }

  /** Local search for every unbalanced group, whatever its size, from {@code restarts} starts. */
  public static CampSplit localSearch(
      Collection<String> states, Collection<SignedTie> ties, int restarts, long seed) {
    if (restarts < 0) {
      throw new IllegalArgumentException("restarts must be >= 0, not " + restarts);
    }
    return new Graph(states, ties).split(0, restarts, seed);
  }

  /** The definite ties between states numbered alphabetically, as adjacency lists. */
  private static final class Graph {
    private final List<String> names;
    private final List<SignedTie> definite = new ArrayList<>();
    private final int[] from;
    private final int[] to;
    private final int[] sign;
    private final double[] weight;
    private final int[][] incident;

    Graph(Collection<String> states, Collection<SignedTie> ties) {
      TreeSet<String> sorted = new TreeSet<>();
      for (String s : states) {
        if (!sorted.add(s)) {
          throw new IllegalArgumentException("state " + s + " is given twice");
        }
      }
      if (sorted.size() < 2) {
        throw new IllegalArgumentException("camps need at least two states, not " + sorted);
      }
      names = List.copyOf(sorted);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        index.put(names.get(i), i);
      }
      Set<Dyad> seen = new HashSet<>();
      for (SignedTie t : ties) {
        for (String s : List.of(t.dyad().a(), t.dyad().b())) {
          if (!index.containsKey(s)) {
            throw new IllegalArgumentException(
                "tie " + t.dyad() + " names " + s + ", which is not among the states " + names);
          }
        }
        if (!seen.add(t.dyad())) {
          throw new IllegalArgumentException("tie " + t.dyad() + " is given twice");
        }
        if (t.sign().isDefinite()) {
          definite.add(t);
        }
      }
      int m = definite.size();
      from = new int[m];
      to = new int[m];
      sign = new int[m];
      weight = new double[m];
      int[] degree = new int[names.size()];
      for (int e = 0; e < m; e++) {
        SignedTie t = definite.get(e);
        from[e] = index.get(t.dyad().a());
        to[e] = index.get(t.dyad().b());
        sign[e] = t.sign().factor();
        weight[e] = t.weight();
        degree[from[e]]++;
        degree[to[e]]++;
      }
      incident = new int[names.size()][];
      for (int v = 0; v < names.size(); v++) {
        incident[v] = new int[degree[v]];
      }
      int[] filled = new int[names.size()];
      for (int e = 0; e < m; e++) {
        incident[from[e]][filled[from[e]]++] = e;
        incident[to[e]][filled[to[e]]++] = e;
      }
    }

    CampSplit split(int exactLimit, int restarts, long seed) {
      int n = names.size();
      int[] colour = new int[n];
      boolean[] done = new boolean[n];
      boolean allExact = true;
      int groups = 0;
      List<String> unplaced = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        if (done[v]) {
          continue;
        }
        if (incident[v].length == 0) {
          done[v] = true;
          unplaced.add(names.get(v));
          continue;
        }
        groups++;
        int[] group = treeColouring(v, colour, done);
        if (frustration(group, colour) == 0) {
          continue;
        }
        if (group.length <= exactLimit) {
          enumerate(group, colour);
        } else if (restarts < 0) {
          throw new IllegalArgumentException(
              "an unbalanced group of "
                  + group.length
                  + " states is too large to enumerate (at most "
                  + exactLimit
                  + ")");
        } else {
          allExact = false;
          localSearch(group, colour, restarts, new Random(seed + v));
        }
      }
      return result(
          colour, unplaced, groups, allExact ? CampMethod.EXACT : CampMethod.LOCAL_SEARCH);
    }

    /**
     * Colours the group of {@code start} breadth first, each state by its tree parent and the sign
     * between them: a split without frustration iff the group is balanced. Returns the group, its
     * first (alphabetical) state first.
     */
    private int[] treeColouring(int start, int[] colour, boolean[] done) {
      List<Integer> group = new ArrayList<>();
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      done[start] = true;
      colour[start] = 0;
      queue.add(start);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        group.add(v);
        for (int e : incident[v]) {
          int u = from[e] == v ? to[e] : from[e];
          if (!done[u]) {
            done[u] = true;
            colour[u] = sign[e] > 0 ? colour[v] : 1 - colour[v];
            queue.add(u);
          }
        }
      }
      return group.stream().mapToInt(Integer::intValue).toArray();
    }

    private boolean frustrated(int e, int[] colour) {
      boolean same = colour[from[e]] == colour[to[e]];
      return sign[e] > 0 ? !same : same;
    }

    /** Frustrated weight within the group (each tie counted from its lower-numbered state). */
    private double frustration(int[] group, int[] colour) {
      double sum = 0;
      for (int v : group) {
        for (int e : incident[v]) {
          if (from[e] == v && frustrated(e, colour)) {
            sum += weight[e];
          }
        }
      }
      return sum;
    }

    /** Change of frustration if {@code v} changed camp. */
    private double moveGain(int v, int[] colour) {
      double delta = 0;
      for (int e : incident[v]) {
        delta += frustrated(e, colour) ? -weight[e] : weight[e];
      }
      return delta;
    }

    /** Visits all splits with the group's first state in camp 0, one move apart (Gray code). */
    private void enumerate(int[] group, int[] colour) {
      int k = group.length - 1;
      for (int v : group) {
        colour[v] = 0;
      }
      double current = frustration(group, colour);
      double best = current;
      long bestCode = 0;
      for (long step = 1; step < 1L << k; step++) {
        int v = group[1 + Long.numberOfTrailingZeros(step)];
        current += moveGain(v, colour);
        colour[v] = 1 - colour[v];
        if (current < best) {
          best = current;
          bestCode = step ^ (step >> 1);
        }
      }
      for (int i = 0; i < k; i++) {
        colour[group[1 + i]] = (int) (bestCode >> i) & 1;
      }
      colour[group[0]] = 0;
    }

    /** Best of local searches from the current colouring and from random ones. */
    private void localSearch(int[] group, int[] colour, int restarts, Random random) {
      int[] position = new int[names.size()];
      for (int i = 0; i < group.length; i++) {
        position[group[i]] = i;
      }
      double tolerance = 1e-12 * Arrays.stream(weight).sum();
      int[] best = new int[group.length];
      double bestFrustration = descend(group, position, colour, tolerance);
      for (int i = 0; i < group.length; i++) {
        best[i] = colour[group[i]];
      }
      for (int r = 0; r < restarts; r++) {
        for (int v : group) {
          colour[v] = random.nextInt(2);
        }
        double f = descend(group, position, colour, tolerance);
        if (f < bestFrustration) {
          bestFrustration = f;
          for (int i = 0; i < group.length; i++) {
            best[i] = colour[group[i]];
          }
        }
      }
      int flip = best[0];
      for (int i = 0; i < group.length; i++) {
        colour[group[i]] = best[i] ^ flip;
      }
    }

    /**
     * Moves the state with the largest gain until no move lowers frustration; gains are kept up to
     * date by the moved state's ties only. Returns the frustration reached.
     */
    private double descend(int[] group, int[] position, int[] colour, double tolerance) {
      double[] gain = new double[group.length];
      for (int i = 0; i < group.length; i++) {
        gain[i] = moveGain(group[i], colour);
      }
      while (true) {
        int pick = -1;
        for (int i = 0; i < group.length; i++) {
          if (gain[i] < -tolerance && (pick < 0 || gain[i] < gain[pick])) {
            pick = i;
          }
        }
        if (pick < 0) {
          return frustration(group, colour);
        }
        int v = group[pick];
        for (int e : incident[v]) {
          int u = from[e] == v ? to[e] : from[e];
          // the tie's state flips with the move, so its part in u's gain changes sign
          gain[position[u]] += frustrated(e, colour) ? 2 * weight[e] : -2 * weight[e];
        }
        colour[v] = 1 - colour[v];
        gain[pick] = -gain[pick];
      }
    }

    private CampSplit result(int[] colour, List<String> unplaced, int groups, CampMethod method) {
      Set<String> alone = new HashSet<>(unplaced);
      List<String> campA = new ArrayList<>();
      List<String> campB = new ArrayList<>();
      for (int v = 0; v < names.size(); v++) {
        if (!alone.contains(names.get(v))) {
          (colour[v] == 0 ? campA : campB).add(names.get(v));
        }
      }
      List<SignedTie> frustrated = new ArrayList<>();
      double frustration = 0;
      double tieWeight = 0;
      for (int e = 0; e < definite.size(); e++) {
        tieWeight += weight[e];
        if (frustrated(e, colour)) {
          frustrated.add(definite.get(e));
          frustration += weight[e];
        }
      }
      frustrated.sort(HEAVIEST_FIRST);
      return new CampSplit(
          campA,
          campB,
          unplaced,
          groups,
          definite.size(),
          tieWeight,
          frustrated,
          frustration,
          method);
    }
  }
}
