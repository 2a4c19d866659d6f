package org.entente.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.domain.ResolutionRecord;
import org.entente.domain.RollCall;
import org.entente.domain.VoteChoice;
import org.entente.store.PeriodUnit;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;
import org.entente.store.VoteRows;

/**
 * Alignment of states from UN General Assembly votes, period by period, with the votes behind each
 * value.
 *
 * <pre>{@code
 * UnAlignment alignment = new UnAlignment(new VoteQueries(store));
 * List<DyadAlignment> chnRus = alignment.dyad("CHN", "RUS", VoteQuery.bySession());
 * }</pre>
 */
public final class UnAlignment {

  private final VoteQueries queries;

  public UnAlignment(VoteQueries queries) {
    this.queries = queries;
  }

  /** One value per period in which both states voted together at least once, in period order. */
  public List<DyadAlignment> dyad(String a, String b, VoteQuery query) {
    if (a.equals(b)) {
      throw new IllegalArgumentException("a dyad needs two different states, got " + a + " twice");
    }
    VoteRows rows = queries.read(query.withCountries(Set.of(a, b)));
    short ia = (short) rows.countries().indexOf(a);
    short ib = (short) rows.countries().indexOf(b);
    List<DyadAlignment> values = new ArrayList<>();
    if (ia < 0 || ib < 0) {
      return values;
    }
    for (PeriodVotes period : PeriodVotes.split(rows)) {
      int i = period.indexOf(ia);
      int j = period.indexOf(ib);
      if (i >= 0 && j >= 0) {
        Alignment alignment = Alignment.of(period.joint(i, j));
        if (alignment != null) {
          values.add(new DyadAlignment(a, b, period.period, alignment));
        }
      }
    }
    return values;
  }

  /**
   * A pair's κ per period beside each state's usual κ: its mean κ with every other state that voted
   * in the period. A pair of states that vote with the majority on most resolutions agrees well
   * beyond chance whatever their relation; what their κ says about the two of them is how far it
   * stands above or below what each of them usually reaches ({@link VoteAffinity#relative}). The
   * query must not be restricted to some countries: the usual κ needs them all.
   */
  public List<VoteAffinity> affinity(String a, String b, VoteQuery query) {
    return affinities(query).of(a, b);
  }

  /** Mean κ of state {@code i} with every other state of the period with which it has one. */
  private static double usualKappa(PeriodVotes period, int i) {
    double sum = 0;
    int count = 0;
    for (int k = 0; k < period.states.length; k++) {
      if (k == i) {
        continue;
      }
      Alignment with = Alignment.of(period.joint(i, k));
      if (with != null && !Double.isNaN(with.kappa())) {
        sum += with.kappa();
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /** The votes of {@code query}, read once, for the affinity of many pairs. */
  public Affinities affinities(VoteQuery query) {
    return new Affinities(queries.read(query.withCountries(Set.of())));
  }

  /** One read of the votes, from which any pair's {@link VoteAffinity} is computed. */
  public static final class Affinities {
    private final List<String> countries;
    private final List<PeriodVotes> periods;
    private final java.util.Map<String, Double> usual = new java.util.HashMap<>();

    private Affinities(VoteRows rows) {
      this.countries = rows.countries();
      this.periods = PeriodVotes.split(rows);
    }

    /** The pair's affinity in every period both voted in, in period order. */
    public List<VoteAffinity> of(String a, String b) {
      if (a.equals(b)) {
        throw new IllegalArgumentException(
            "a dyad needs two different states, got " + a + " twice");
      }
      short ia = (short) countries.indexOf(a);
      short ib = (short) countries.indexOf(b);
      List<VoteAffinity> values = new ArrayList<>();
      if (ia < 0 || ib < 0) {
        return values;
      }
      for (PeriodVotes period : periods) {
        int i = period.indexOf(ia);
        int j = period.indexOf(ib);
        if (i < 0 || j < 0) {
          continue;
        }
        Alignment pair = Alignment.of(period.joint(i, j));
        if (pair != null && !Double.isNaN(pair.kappa())) {
          values.add(
              new VoteAffinity(
                  period.period, pair.kappa(), pair.n(), usual(period, i, a), usual(period, j, b)));
        }
      }
      return values;
    }

    private double usual(PeriodVotes period, int i, String state) {
      return usual.computeIfAbsent(period.period + state, k -> usualKappa(period, i));
    }
  }

  /**
   * Every pair of states that both voted in a period, with {@code a} before {@code b}
   * alphabetically, in period order then pair order.
   */
  public void allPairs(VoteQuery query, Consumer<DyadAlignment> out) {
    VoteRows rows = queries.read(query);
    List<String> names = rows.countries();
    for (PeriodVotes period : PeriodVotes.split(rows)) {
      Integer[] order = new Integer[period.states.length];
      for (int k = 0; k < order.length; k++) {
        order[k] = k;
      }
      Arrays.sort(order, Comparator.comparing(k -> names.get(period.states[k])));
      for (int x = 0; x < order.length; x++) {
        for (int y = x + 1; y < order.length; y++) {
          Alignment alignment = Alignment.of(period.joint(order[x], order[y]));
          if (alignment != null) {
            out.accept(
                new DyadAlignment(
                    names.get(period.states[order[x]]),
                    names.get(period.states[order[y]]),
                    period.period,
                    alignment));
          }
        }
      }
    }
  }

  /**
   * Every state ranked by {@code measure} with {@code with} over all roll calls of the query
   * pooled: the joint votes of all its periods added into one table per pair, so that "in
   * 2020–2025" means the roll calls of those years together, as an analyst asking it expects,
   * rather than a mean of yearly values that counts a year of ten roll calls as much as one of two
   * hundred. A pair with fewer than {@code minN} joint roll calls is left out and counted: κ 1.000
   * on nine roll calls is no evidence of closeness. The query must not be restricted to some
   * countries.
   *
   * @param top how many of the ranked states to keep
   */
  public Standing standing(String with, VoteQuery query, Measure measure, int minN, int top) {
    if (minN < 1) {
      throw new IllegalArgumentException("minN must be 1 or more, was " + minN);
    }
    VoteRows rows = queries.read(query.withCountries(Set.of()));
    List<String> names = rows.countries();
    short self = (short) names.indexOf(with);
    Map<Short, JointVotes> pooled = new HashMap<>();
    int first = -1;
    int last = -1;
    for (PeriodVotes period : self < 0 ? List.<PeriodVotes>of() : PeriodVotes.split(rows)) {
      int i = period.indexOf(self);
      if (i < 0) {
        continue;
      }
      first = first < 0 ? period.period : first;
      last = period.period;
      for (int k = 0; k < period.states.length; k++) {
        if (k != i) {
          pooled
              .computeIfAbsent(period.states[k], s -> new JointVotes())
              .addAll(period.joint(i, k));
        }
      }
    }
    List<Standing.Candidate> candidates = new ArrayList<>();
    int belowMinN = 0;
    int withoutValue = 0;
    for (Map.Entry<Short, JointVotes> pair : pooled.entrySet()) {
      Alignment alignment = Alignment.of(pair.getValue());
      if (alignment == null) {
        continue; // voted in the same periods, never on the same roll call
      }
      if (alignment.n() < minN) {
        belowMinN++;
      } else if (Double.isNaN(alignment.measure(measure))) {
        withoutValue++;
      } else {
        candidates.add(
            new Standing.Candidate(
                names.get(pair.getKey()),
                alignment.measure(measure),
                alignment.n(),
                Estimate.UNKNOWN,
                Estimate.UNKNOWN,
                List.of()));
      }
    }
    return Standing.rank(
        with,
        measure.key(),
        periods(query, first, last),
        candidates,
        top,
        minN,
        belowMinN,
        withoutValue);
  }

  /**
   * {@code session 80}, {@code years 2019–2020}: the periods pooled; the years asked for when there
   * were none.
   */
  private static String periods(VoteQuery query, int first, int last) {
    String unit = query.unit().label();
    if (first < 0) {
      Integer from = query.fromYear();
      Integer to = query.toYear();
      if (from == null && to == null) {
        return "any " + unit;
      }
      return (from == null ? "…" : from.toString())
          + (from != null && from.equals(to) ? "" : "–" + (to == null ? "…" : to.toString()));
    }
    String years =
        query.unit() == PeriodUnit.SESSION
            ? " ("
                + query.yearOf(first)
                + (first == last ? "" : "–" + query.yearOf(last))
                + ")" // the year a session stands for in --from and --to
            : "";
    return (first == last ? unit + " " + first : unit + "s " + first + "–" + last) + years;
  }

  /**
   * Why a dyad has no value: a sentence naming the years each state voted, for error messages.
   *
   * @param when the period asked for, e.g. "1950–1960" or "session 5"
   */
  public String whyNoData(String a, String b, String when) {
    StringBuilder sb =
        new StringBuilder("no jointly cast votes of ")
            .append(a)
            .append(" and ")
            .append(b)
            .append(" in ")
            .append(when)
            .append(" with these filters");
    for (String state : List.of(a, b)) {
      sb.append("; ").append(state);
      queries
          .votingYears(state)
          .ifPresentOrElse(
              years -> sb.append(" voted ").append(years[0]).append('–').append(years[1]),
              () -> sb.append(" has no votes in the store"));
    }
    return sb.toString();
  }

  /**
   * The roll calls counted for one value.
   *
   * @return the evidence, or null when the states have no joint vote in that period
   */
  public AlignmentEvidence evidence(String a, String b, VoteQuery query, int periodWanted) {
    return evidenceByPeriod(a, b, query, p -> p == periodWanted).get(periodWanted);
  }

  /**
   * The roll calls counted for each period of the query in which the two states voted together,
   * read at once (a turning point's years: one query, not one a year), by period.
   */
  public Map<Integer, AlignmentEvidence> evidenceByPeriod(String a, String b, VoteQuery query) {
    return evidenceByPeriod(a, b, query, p -> true);
  }

  private Map<Integer, AlignmentEvidence> evidenceByPeriod(
      String a, String b, VoteQuery query, java.util.function.IntPredicate wanted) {
    VoteRows rows = queries.read(query.withCountries(Set.of(a, b)));
    short ia = (short) rows.countries().indexOf(a);
    short ib = (short) rows.countries().indexOf(b);
    Map<Integer, AlignmentEvidence> found = new java.util.TreeMap<>();
    if (ia < 0 || ib < 0) {
      return found;
    }
    // each period's alignment and the pair's votes on its roll calls; the roll calls' records
    // are then read once for all periods
    Map<Integer, DyadAlignment> values = new java.util.TreeMap<>();
    Map<Integer, Map<Integer, int[]>> votesByPeriod = new java.util.TreeMap<>();
    for (PeriodVotes period : PeriodVotes.split(rows)) {
      if (!wanted.test(period.period) || period.indexOf(ia) < 0 || period.indexOf(ib) < 0) {
        continue;
      }
      int i = period.indexOf(ia);
      int j = period.indexOf(ib);
      Alignment alignment = Alignment.of(period.joint(i, j));
      if (alignment == null) {
        continue;
      }
      Map<Integer, int[]> votes = new HashMap<>();
      for (int col = 0; col < period.rcids.length; col++) {
        int va = period.vote(i, col);
        int vb = period.vote(j, col);
        if (va > 0 && vb > 0) {
          votes.put(period.rcids[col], new int[] {va, vb});
        }
      }
      values.put(period.period, new DyadAlignment(a, b, period.period, alignment));
      votesByPeriod.put(period.period, votes);
    }
    if (values.isEmpty()) {
      return found;
    }
    Set<Integer> rcids = new java.util.HashSet<>();
    votesByPeriod.values().forEach(v -> rcids.addAll(v.keySet()));
    Map<String, VoteQueries.VoteSource> sources = queries.voteSources(rcids, List.of(a, b));
    Map<Integer, ResolutionRecord> records = queries.resolutionRecords(rcids);
    Map<Integer, RollCall> rollCalls = new HashMap<>();
    for (RollCall rc : queries.rollCalls(rcids)) {
      rollCalls.put(rc.rcid(), rc);
    }
    for (Map.Entry<Integer, Map<Integer, int[]>> period : votesByPeriod.entrySet()) {
      List<AlignmentEvidence.Item> items = new ArrayList<>();
      for (Map.Entry<Integer, int[]> vote : period.getValue().entrySet()) {
        RollCall rc = rollCalls.get(vote.getKey());
        if (rc == null) {
          continue;
        }
        int[] v = vote.getValue();
        items.add(
            new AlignmentEvidence.Item(
                rc,
                records.get(rc.rcid()),
                VoteChoice.ofCode(v[0]),
                VoteChoice.ofCode(v[1]),
                sources.get(VoteQueries.key(rc.rcid(), a)),
                sources.get(VoteQueries.key(rc.rcid(), b))));
      }
      items.sort(
          Comparator.comparing((AlignmentEvidence.Item it) -> it.rollCall().date())
              .thenComparing(it -> it.rollCall().rcid()));
      found.put(period.getKey(), new AlignmentEvidence(values.get(period.getKey()), items));
    }
    return found;
  }
}
