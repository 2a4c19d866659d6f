package org.entente.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.PermanentMembers;
import org.entente.domain.Event;
import org.entente.store.EventQueries;
import org.entente.store.PeriodUnit;
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
  private final PermanentMembers permanent = PermanentMembers.bundled();
  private final Map<String, UnAlignment.Affinities> affinities = new java.util.HashMap<>();

  public RelationSources(
      VoteQueries votes, EventQueries events, ScoreQueries scores, DyadTies ties) {
    this.votes = new UnAlignment(votes);
    this.events = events;
    this.scores = scores;
    this.ties = ties;
  }

  /** Relations from everything the store holds: votes, events, scores, alliances, vetoes, lists. */
  public static RelationSources of(Store store) {
    return new RelationSources(
        new VoteQueries(store),
        new EventQueries(store),
        new ScoreQueries(store),
        DyadTies.of(store));
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

  DyadTies ties() {
    return ties;
  }

  /** The pair's relation in every year (or month) from {@code fromYear} to {@code toYear}. */
  public List<DyadRelation> relations(
      String a, String b, EventPeriod unit, int fromYear, int toYear) {
    return DyadRelations.of(evidence(a, b, unit, fromYear, toYear), unit, fromYear, toYear);
  }

  /** Dittmer's triangle of three states in every period, from the relation of each pair. */
  public List<TriadPeriod> triad(
      String a, String b, String c, EventPeriod unit, int fromYear, int toYear) {
    return TriadPeriod.of(
        a,
        b,
        c,
        relations(a, b, unit, fromYear, toYear),
        relations(a, c, unit, fromYear, toYear),
        relations(b, c, unit, fromYear, toYear));
  }

  /** The two camps of {@code states} in one year, and the relation of every pair behind them. */
  public YearCamps camps(List<String> states, int year) {
    List<DyadRelation> relations = new java.util.ArrayList<>();
    List<SignedTie> ties = new java.util.ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      for (int j = i + 1; j < states.size(); j++) {
        String a = states.get(i);
        String b = states.get(j);
        DyadRelation r = relations(a, b, EventPeriod.YEAR, year, year).get(0);
        relations.add(r);
        ties.add(
            r.sign().isDefinite()
                ? SignedTie.ofIndex(a, b, r.sign(), r.index())
                : SignedTie.of(a, b, r.sign()));
      }
    }
    return new YearCamps(Camps.of(states, ties), List.copyOf(relations));
  }

  /** What the store holds about the pair for those years. */
  public DyadRelations.Evidence evidence(
      String a, String b, EventPeriod unit, int fromYear, int toYear) {
    VoteQuery byYear =
        new VoteQuery(PeriodUnit.YEAR, false, false, null, fromYear, toYear, Set.of());
    List<Event> raw =
        events.between(a, b, false, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    Map<String, LocalDate[]> covered = scores.monthsCovered();
    List<AggregateSeries.ScorePeriod> monthly = List.of();
    LocalDate[] coverage = null;
    if (!covered.isEmpty()) {
      // The first dataset, in name order; today the store holds one (the bundled GDELT scores).
      String dataset = covered.keySet().iterator().next();
      coverage = covered.get(dataset);
      monthly =
          new AggregateSeries(scores)
              .scores(a, b, AggregateSeries.Unit.MONTH, coverage[0], coverage[1]).stream()
                  .filter(s -> s.provenance().dataset().equals(dataset))
                  .toList();
    }
    java.util.OptionalInt lastAtop = ties.lastAtopYear();
    TieYear atopLast =
        lastAtop.isPresent() && toYear > lastAtop.getAsInt()
            ? ties.byYear(a, b, lastAtop.getAsInt(), lastAtop.getAsInt()).get(0)
            : null;
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
            events.aggregates(
                a, b, false, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))),
        DyadEventSeries.of(
            a, b, unit, false, raw.stream().filter(e -> e.dataset().equals("text")).toList()),
        monthly,
        coverage,
        ties.byYear(a, b, fromYear, toYear),
        atopLast,
        permanent.isPermanentMember(a) && permanent.isPermanentMember(b));
  }
}
