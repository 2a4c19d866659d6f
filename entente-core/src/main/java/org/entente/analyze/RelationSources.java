package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analyze.measure.RelationFit;
import org.entente.code.PermanentMembers;
import org.entente.domain.Dyad;
import org.entente.domain.Event;
import org.entente.domain.EventAggregate;
import org.entente.store.EventQueries;
import org.entente.store.PeriodUnit;
import org.entente.store.RelationFits;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;

/**
 * Gathers from the store what {@link DyadRelations} combines for one pair: votes by year, raw
 * events and aggregated scores, alliances, vetoes and sanctions. One object serves many pairs (the
 * three of a triad, a set of states for camps): the votes of a range of years are read once.
 *
 * <pre>{@code
 * RelationSources sources = new RelationSources(new VoteQueries(store), new EventQueries(store),
 *     new ScoreQueries(store), ties);
 * List<DyadRelation> r = sources.relations("CHN", "RUS", EventPeriod.YEAR, 1992, 2025);
 * }</pre>
 */
public final class RelationSources {

  /** The first year of a relation when none is asked for: the end of the Cold War. */
  public static final int DEFAULT_FROM = 1992;

  private final UnAlignment votes;
  private final EventQueries events;
  private final ScoreQueries scores;
  private final DyadTies ties;
  private final RelationFits fits;
  private final PermanentMembers permanent = PermanentMembers.bundled();
  private final Map<String, UnAlignment.Affinities> affinities = new java.util.HashMap<>();

  public RelationSources(
      VoteQueries votes,
      EventQueries events,
      ScoreQueries scores,
      DyadTies ties,
      RelationFits fits) {
    this.votes = new UnAlignment(votes);
    this.events = events;
    this.scores = scores;
    this.ties = ties;
    this.fits = fits;
  }

  /** Relations from everything the store holds: votes, events, scores, alliances, vetoes, lists. */
  public static RelationSources of(Store store) {
    return new RelationSources(
        new VoteQueries(store),
        new EventQueries(store),
        new ScoreQueries(store),
        DyadTies.of(store),
        new RelationFits(store));
  }

  /** The stored fit of the relation model these relations read. */
  public RelationFits fits() {
    return fits;
  }

  UnAlignment votes() {
    return votes;
  }

  EventQueries events() {
    return events;
  }

  ScoreQueries scores() {
    return scores;
  }

  public DyadTies ties() {
    return ties;
  }

  /** The pair's relation in every year (or month) from {@code fromYear} to {@code toYear}. */
  public List<DyadRelation> relations(
      String a, String b, EventPeriod unit, int fromYear, int toYear) {
    return DyadRelations.of(evidence(a, b, unit, fromYear, toYear), unit, fromYear, toYear);
  }

  /**
   * The relation of every pair of {@code states} in every year (or month), as {@link #relations}
   * gives each pair, in the order of {@link Dyad#pairsOf} (each relation's {@code a} the earlier
   * state of the list), from one read of each kind of evidence for all the states: what camps and
   * triads use, as one query per pair and kind would make 40 states take seconds.
   */
  public Map<Dyad, List<DyadRelation>> relationsAmong(
      List<String> states, EventPeriod unit, int fromYear, int toYear) {
    Map<Dyad, List<DyadRelation>> byPair = new LinkedHashMap<>();
    evidenceAmong(states, unit, fromYear, toYear)
        .forEach((dyad, e) -> byPair.put(dyad, DyadRelations.of(e, unit, fromYear, toYear)));
    return byPair;
  }

  /** Dittmer's triangle of three states in every period, from the relation of each pair. */
  public List<TriadPeriod> triad(
      String a, String b, String c, EventPeriod unit, int fromYear, int toYear) {
    Map<Dyad, List<DyadRelation>> r = relationsAmong(List.of(a, b, c), unit, fromYear, toYear);
    return TriadPeriod.of(
        a, b, c, r.get(Dyad.of(a, b)), r.get(Dyad.of(a, c)), r.get(Dyad.of(b, c)));
  }

  /** The two camps of {@code states} in one year, and the relation of every pair behind them. */
  public YearCamps camps(List<String> states, int year) {
    List<DyadRelation> relations = new ArrayList<>();
    List<SignedTie> ties = new ArrayList<>();
    for (List<DyadRelation> pair : relationsAmong(states, EventPeriod.YEAR, year, year).values()) {
      DyadRelation r = pair.get(0);
      relations.add(r);
      ties.add(
          r.sign().isDefinite()
              ? SignedTie.ofIndex(r.a(), r.b(), r.sign(), r.index())
              : SignedTie.of(r.a(), r.b(), r.sign()));
    }
    return new YearCamps(Camps.of(states, ties), List.copyOf(relations));
  }

  /**
   * Every state ranked by the relation model's index with {@code with} in {@code year}, from the
   * stored fit, each with the 80 % interval of the index and the alignment dimension beside it. One
   * year rather than a mean over a range: each year's estimate is the smoother's posterior given
   * all years, and a mean of correlated years would need their covariances, which are not stored,
   * for an honest interval.
   *
   * @param top how many of the ranked states to keep
   */
  public Standing standing(String with, int year, int top) {
    List<Standing.Candidate> candidates = new ArrayList<>();
    int withoutValue = 0;
    for (RelationFits.Row row : fits.with(with, year)) {
      Estimate index = estimate(row.relationsMean(), row.relationsSd());
      if (!index.known()) {
        withoutValue++;
        continue;
      }
      candidates.add(
          new Standing.Candidate(
              row.a().equals(with) ? row.b() : row.a(),
              index.mean(),
              0,
              index,
              estimate(row.alignmentMean(), row.alignmentSd()),
              RelationFit.sources(row.basis())));
    }
    return Standing.rank(with, Standing.INDEX, "year " + year, candidates, top, 0, 0, withoutValue);
  }

  private static Estimate estimate(double mean, double sd) {
    return Double.isNaN(mean) || Double.isNaN(sd) ? Estimate.UNKNOWN : new Estimate(mean, sd);
  }

  /** What the store holds about the pair for those years. */
  public DyadRelations.Evidence evidence(
      String a, String b, EventPeriod unit, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    LocalDate to = LocalDate.of(toYear, 12, 31);
    Map<String, LocalDate[]> covered = scores.monthsCovered();
    List<AggregateSeries.ScorePeriod> monthly = List.of();
    if (!covered.isEmpty()) {
      LocalDate[] coverage = covered.get(scoreDataset(covered));
      monthly =
          new AggregateSeries(scores)
              .scores(a, b, AggregateSeries.Unit.MONTH, coverage[0], coverage[1]);
    }
    java.util.OptionalInt lastAtop = ties.lastAtopYear();
    TieYear atopLast =
        lastAtop.isPresent() && toYear > lastAtop.getAsInt()
            ? ties.byYear(a, b, lastAtop.getAsInt(), lastAtop.getAsInt()).get(0)
            : null;
    return assemble(
        a,
        b,
        unit,
        fromYear,
        toYear,
        events.between(a, b, false, from, to),
        events.aggregates(a, b, false, from, to),
        monthly,
        covered,
        ties.byYear(a, b, fromYear, toYear),
        atopLast,
        fits.pair(a, b, fromYear, toYear));
  }

  /**
   * What the store holds about every pair of {@code states} for those years, as {@link #evidence}
   * gives each pair, in the order of {@link Dyad#pairsOf}: each kind of evidence read once for all
   * the states, then split by pair.
   */
  public Map<Dyad, DyadRelations.Evidence> evidenceAmong(
      List<String> states, EventPeriod unit, int fromYear, int toYear) {
    List<Dyad> pairs = Dyad.pairsOf(states);
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    LocalDate to = LocalDate.of(toYear, 12, 31);
    Map<Dyad, List<Event>> raw = events.betweenAmong(states, from, to);
    Map<Dyad, List<EventAggregate>> aggregates = events.aggregatesAmong(states, from, to);
    Map<String, LocalDate[]> covered = scores.monthsCovered();
    Map<Dyad, List<AggregateSeries.ScorePeriod>> monthly = Map.of();
    if (!covered.isEmpty()) {
      LocalDate[] coverage = covered.get(scoreDataset(covered));
      monthly =
          new AggregateSeries(scores)
              .scoresAmong(states, AggregateSeries.Unit.MONTH, coverage[0], coverage[1]);
    }
    Map<Dyad, List<TieYear>> tieYears = ties.byYearAmong(states, fromYear, toYear);
    Map<Dyad, Map<Integer, RelationFits.Row>> estimates = fits.among(states, fromYear, toYear);
    java.util.OptionalInt lastAtop = ties.lastAtopYear();
    Map<Dyad, List<TieYear>> atopLast =
        lastAtop.isPresent() && toYear > lastAtop.getAsInt()
            ? ties.byYearAmong(states, lastAtop.getAsInt(), lastAtop.getAsInt())
            : Map.of();
    Map<Dyad, DyadRelations.Evidence> byPair = new LinkedHashMap<>();
    int i = 0;
    for (int x = 0; x < states.size(); x++) {
      for (int y = x + 1; y < states.size(); y++) {
        Dyad dyad = pairs.get(i++);
        List<TieYear> last = atopLast.get(dyad);
        byPair.put(
            dyad,
            assemble(
                states.get(x),
                states.get(y),
                unit,
                fromYear,
                toYear,
                raw.getOrDefault(dyad, List.of()),
                aggregates.getOrDefault(dyad, List.of()),
                monthly.getOrDefault(dyad, List.of()),
                covered,
                tieYears.get(dyad),
                last == null ? null : last.get(0),
                estimates.getOrDefault(dyad, Map.of())));
      }
    }
    return byPair;
  }

  /** The score dataset a relation uses: the first in name order (today the bundled GDELT one). */
  private static String scoreDataset(Map<String, LocalDate[]> covered) {
    return covered.keySet().iterator().next();
  }

  /**
   * One pair's evidence from what was read for it, however it was read; {@code covered} is read
   * once by the caller, as asking the store whether it changed costs a query per pair.
   */
  private DyadRelations.Evidence assemble(
      String a,
      String b,
      EventPeriod unit,
      int fromYear,
      int toYear,
      List<Event> raw,
      List<EventAggregate> aggregates,
      List<AggregateSeries.ScorePeriod> monthlyScores,
      Map<String, LocalDate[]> covered,
      List<TieYear> tieYears,
      TieYear atopLast,
      Map<Integer, RelationFits.Row> estimates) {
    List<AggregateSeries.ScorePeriod> monthly = List.of();
    LocalDate[] coverage = null;
    if (!covered.isEmpty()) {
      String dataset = scoreDataset(covered);
      coverage = covered.get(dataset);
      monthly =
          monthlyScores.stream().filter(s -> s.provenance().dataset().equals(dataset)).toList();
    }
    VoteQuery byYear =
        new VoteQuery(PeriodUnit.YEAR, false, false, null, fromYear, toYear, Set.of());
    return new DyadRelations.Evidence(
        a,
        b,
        affinities.computeIfAbsent(fromYear + "-" + toYear, k -> votes.affinities(byYear)).of(a, b),
        DyadEventSeries.of(
            a,
            b,
            unit,
            false,
            raw.stream().filter(e -> !e.dataset().equals("text")).toList(),
            aggregates),
        DyadEventSeries.of(
            a, b, unit, false, raw.stream().filter(e -> e.dataset().equals("text")).toList()),
        monthly,
        coverage,
        tieYears,
        atopLast,
        permanent.isPermanentMember(a) && permanent.isPermanentMember(b),
        estimates);
  }
}
