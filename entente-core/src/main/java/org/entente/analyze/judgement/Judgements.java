package org.entente.analyze.judgement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.analyze.CampSplit;
import org.entente.analyze.Camps;
import org.entente.analyze.DyadChange;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.Estimate;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.SignedTie;
import org.entente.analyze.TriadPeriod;

/**
 * Derives a briefing's judgement from the facts of its pairs. A pair warms or cools only when the
 * move exceeds its uncertainty: the 80 % interval of the difference of the two years' estimates,
 * and at least the pair's ordinary year-to-year movement (the median absolute change between
 * consecutive years), so that noise in a series read with a narrow interval is not taken for a
 * trend. The same bar decides which turning points are worth naming.
 *
 * <pre>{@code
 * Judgement j = Judgements.of(List.of("CHN", "RUS", "PRK"), facts, 1992, 2026);
 * }</pre>
 */
public final class Judgements {

  /** The years a pair's direction is read over: the last five of the briefing. */
  public static final int WINDOW = 5;

  /** The roll calls of a year in the votes component's detail ("κ 0.62 over 97 roll calls"). */
  private static final Pattern ROLL_CALLS = Pattern.compile("over (\\d+) roll calls");

  private Judgements() {}

  /**
   * The judgement on {@code states} from the facts of each pair (in the order of {@link
   * org.entente.domain.Dyad#pairsOf}: A–B, A–C, B–C …) over {@code fromYear} … {@code toYear}.
   */
  public static Judgement of(List<String> states, List<PairFacts> pairs, int fromYear, int toYear) {
    if (states.size() < 2 || pairs.size() != states.size() * (states.size() - 1) / 2) {
      throw new IllegalArgumentException(
          "pairs: one per pair of " + states + ", got " + pairs.size());
    }
    int windowFrom = Math.max(fromYear, toYear - WINDOW + 1);
    List<Statement> out = new ArrayList<>();
    if (states.size() == 3) {
      triangle(states, pairs).ifPresent(out::add);
    } else if (states.size() > 3) {
      camps(states, pairs, toYear).ifPresent(out::add);
    }
    if (pairs.size() > 1) {
      closest(pairs, windowFrom, toYear).ifPresent(out::add);
    }
    if (states.size() > 2) {
      out.add(alliance(pairs));
    }
    for (PairFacts p : pairs) {
      trend(p, windowFrom, toYear).ifPresent(out::add);
    }
    for (PairFacts p : pairs) {
      out.add(
          new Statement.Bond(
              p.pair(),
              p.obligationsYear(),
              p.obligations(),
              List.of(new Evidence.Obligation(p.pair(), p.obligationsYear()))));
      out.addAll(turningPoints(p, toYear));
    }
    for (PairFacts p : pairs) {
      noEstimate(p, windowFrom, toYear).ifPresent(out::add);
      out.addAll(fewRollCalls(p, windowFrom, toYear));
      eventsEnd(p, fromYear, toYear).ifPresent(out::add);
    }
    return new Judgement(states, windowFrom, toYear, out);
  }

  // ---- the group ----

  static Optional<Statement> triangle(List<String> states, List<PairFacts> pairs) {
    List<TriadPeriod> periods =
        TriadPeriod.of(
            states.get(0),
            states.get(1),
            states.get(2),
            pairs.get(0).years(),
            pairs.get(1).years(),
            pairs.get(2).years());
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    TriadPeriod end = periods.get(periods.size() - 1);
    int since = PairFacts.year(end.ab());
    for (int i = periods.size() - 1; i >= 0; i--) {
      TriadPeriod p = periods.get(i);
      if (p.type() != end.type()
          || p.triad().type() != end.triad().type()
          || !p.triad().roles().equals(end.triad().roles())) {
        break;
      }
      since = PairFacts.year(p.ab());
    }
    int year = PairFacts.year(end.ab());
    List<Evidence> ev = new ArrayList<>();
    for (PairFacts p : pairs) {
      ev.add(new Evidence.Relation(p.pair(), since));
      ev.add(new Evidence.Relation(p.pair(), year));
    }
    return Optional.of(
        new Statement.Triangle(since, year, end.triad(), end.type(), end.pType(), distinct(ev)));
  }

  static Optional<Statement> camps(List<String> states, List<PairFacts> pairs, int year) {
    List<SignedTie> ties = new ArrayList<>();
    List<Evidence> ev = new ArrayList<>();
    for (PairFacts p : pairs) {
      Optional<DyadRelation> r = p.at(year);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      ties.add(SignedTie.ofIndex(p.pair().a(), p.pair().b(), r.get().sign(), r.get().index()));
      ev.add(new Evidence.Relation(p.pair(), year));
    }
    CampSplit split = Camps.of(states, ties);
    return Optional.of(new Statement.Camps(year, split, ev));
  }

  /**
   * The closest pair in the latest year of the window in which every pair has an estimate, with
   * those whose difference from it lies within the 80 % interval.
   */
  static Optional<Statement> closest(List<PairFacts> pairs, int windowFrom, int toYear) {
    for (int year = toYear; year >= windowFrom; year--) {
      final int y = year;
      if (!pairs.stream().allMatch(p -> p.at(y).map(r -> r.relations().known()).orElse(false))) {
        continue;
      }
      List<PairFacts> ranked =
          pairs.stream()
              .sorted(Comparator.comparingDouble((PairFacts p) -> -p.at(y).orElseThrow().index()))
              .toList();
      PairFacts top = ranked.get(0);
      Estimate best = top.at(y).orElseThrow().relations();
      List<Pair> tied = new ArrayList<>();
      PairFacts next = null;
      for (PairFacts p : ranked.subList(1, ranked.size())) {
        Estimate e = p.at(y).orElseThrow().relations();
        if (best.mean() - e.mean() <= Estimate.Z80 * Math.hypot(best.sd(), e.sd())) {
          tied.add(p.pair());
        } else {
          next = p;
          break;
        }
      }
      List<Evidence> ev = new ArrayList<>();
      for (PairFacts p : pairs) {
        ev.add(new Evidence.Relation(p.pair(), y));
      }
      return Optional.of(
          new Statement.Closest(
              top.pair(),
              y,
              best,
              tied,
              next == null ? null : next.pair(),
              next == null ? Estimate.UNKNOWN : next.at(y).orElseThrow().relations(),
              ev));
    }
    return Optional.empty();
  }

  static Statement alliance(List<PairFacts> pairs) {
    List<Pair> bound = new ArrayList<>();
    List<Pair> unbound = new ArrayList<>();
    List<Evidence> ev = new ArrayList<>();
    int year = pairs.get(0).obligationsYear();
    for (PairFacts p : pairs) {
      (p.obligations().defense() ? bound : unbound).add(p.pair());
      ev.add(new Evidence.Obligation(p.pair(), p.obligationsYear()));
    }
    return new Statement.Alliance(year, bound, unbound, ev);
  }

  // ---- each pair ----

  /**
   * The pair's level in its last year with an estimate and the direction of its last move that
   * exceeds the uncertainty: walking back from that year, the first year that differs by more than
   * the margin sets the direction; the walk goes on while no year differs the other way, and the
   * move is dated from the extreme it passed (the peak of a cooling, the trough of a warming).
   */
  static Optional<Statement> trend(PairFacts p, int windowFrom, int toYear) {
    List<DyadRelation> known = new ArrayList<>();
    for (int y = windowFrom; y <= toYear; y++) {
      p.at(y).filter(r -> r.relations().known()).ifPresent(known::add);
    }
    if (known.isEmpty()) {
      return Optional.empty();
    }
    double noise = noise(p);
    DyadRelation end = known.get(known.size() - 1);
    Estimate e = end.relations();
    Statement.Direction dir = Statement.Direction.STABLE;
    DyadRelation extreme = known.get(0);
    double widest = 0;
    for (int i = known.size() - 2; i >= 0; i--) {
      DyadRelation r = known.get(i);
      double v = r.relations().mean();
      double m = margin(r.relations(), e, noise);
      if (dir == Statement.Direction.STABLE) {
        if (v - e.mean() > m) {
          dir = Statement.Direction.COOLING;
          extreme = r;
        } else if (e.mean() - v > m) {
          dir = Statement.Direction.WARMING;
          extreme = r;
        }
      } else if (dir == Statement.Direction.COOLING) {
        if (e.mean() - v > m) {
          break;
        }
        if (v > extreme.relations().mean()) {
          extreme = r;
        }
      } else {
        if (v - e.mean() > m) {
          break;
        }
        if (v < extreme.relations().mean()) {
          extreme = r;
        }
      }
      widest = Math.max(widest, m);
    }
    if (dir == Statement.Direction.STABLE) {
      extreme = known.get(0);
    }
    int since = PairFacts.year(extreme);
    int year = PairFacts.year(end);
    DyadRelation first = known.get(0);
    double d = e.mean() - first.relations().mean();
    double m0 = margin(first.relations(), e, noise);
    Statement.Direction overall =
        d > m0
            ? Statement.Direction.WARMING
            : d < -m0 ? Statement.Direction.COOLING : Statement.Direction.STABLE;
    return Optional.of(
        new Statement.Trend(
            p.pair(),
            year,
            e,
            end.sign(),
            end.alignment(),
            dir,
            since,
            extreme.relations(),
            PairFacts.year(first),
            first.relations(),
            overall,
            Math.max(widest, m0),
            end.basis(),
            distinct(
                List.of(
                    new Evidence.Relation(p.pair(), PairFacts.year(first)),
                    new Evidence.Relation(p.pair(), since),
                    new Evidence.Relation(p.pair(), year)))));
  }

  /**
   * The PELT turning points of the last two windows (ten years) whose segments differ by more than
   * the uncertainty at the change: those that shaped the present level, not every segment.
   */
  static List<Statement> turningPoints(PairFacts p, int toYear) {
    double noise = noise(p);
    List<Statement> out = new ArrayList<>();
    for (DyadChange c : p.changes()) {
      int year = Integer.parseInt(c.date().substring(0, 4));
      if (year <= toYear - 2 * WINDOW) {
        continue;
      }
      Estimate before = p.at(year - 1).map(DyadRelation::relations).orElse(Estimate.UNKNOWN);
      Estimate after = p.at(year).map(DyadRelation::relations).orElse(Estimate.UNKNOWN);
      double m = margin(before, after, noise);
      if (Math.abs(c.after() - c.before()) > m) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(new Evidence.Change(p.pair(), c));
        ev.add(new Evidence.Relation(p.pair(), year - 1));
        ev.add(new Evidence.Relation(p.pair(), year));
        out.add(new Statement.TurningPoint(p.pair(), c, m, ev));
      }
    }
    return out;
  }

  static Optional<Statement> noEstimate(PairFacts p, int windowFrom, int toYear) {
    List<Integer> years = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (int y = windowFrom; y <= toYear; y++) {
      Optional<DyadRelation> r = p.at(y);
      if (r.isPresent() && !r.get().relations().known()) {
        years.add(y);
        missing.addAll(r.get().missing());
      }
    }
    return years.isEmpty()
        ? Optional.empty()
        : Optional.of(new Statement.NoEstimate(p.pair(), years, List.copyOf(missing)));
  }

  /** Years of the window with fewer than half the pair's usual (median) number of roll calls. */
  static List<Statement> fewRollCalls(PairFacts p, int windowFrom, int toYear) {
    List<Integer> counts = new ArrayList<>();
    for (DyadRelation r : p.years()) {
      rollCalls(r).ifPresent(counts::add);
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    int usual = (int) Math.round(median(counts.stream().mapToDouble(Integer::doubleValue)));
    List<Statement> out = new ArrayList<>();
    for (int y = windowFrom; y <= toYear; y++) {
      Optional<DyadRelation> r = p.at(y);
      Optional<Integer> n = r.flatMap(Judgements::rollCalls);
      if (n.isPresent() && 2 * n.get() < usual) {
        out.add(
            new Statement.FewRollCalls(
                p.pair(), y, n.get(), usual, List.of(new Evidence.Relation(p.pair(), y))));
      }
    }
    return out;
  }

  /** The last year with events, when it is before the briefing's last. */
  static Optional<Statement> eventsEnd(PairFacts p, int fromYear, int toYear) {
    int last = 0;
    for (DyadRelation r : p.years()) {
      if (r.part(RelationComponent.EVENTS).present()) {
        last = PairFacts.year(r);
      }
    }
    if (last >= toYear) {
      return Optional.empty();
    }
    List<Evidence> ev = last == 0 ? List.of() : List.of(new Evidence.Relation(p.pair(), last));
    return Optional.of(new Statement.EventsEnd(p.pair(), last, toYear, ev));
  }

  // ---- uncertainty ----

  /**
   * The change between two estimates that the uncertainty allows: the half-width of the 80 %
   * interval of their difference, and at least {@code noise}.
   */
  static double margin(Estimate x, Estimate y, double noise) {
    double sx = x.known() ? x.sd() : 0;
    double sy = y.known() ? y.sd() : 0;
    return Math.max(Estimate.Z80 * Math.hypot(sx, sy), noise);
  }

  /** The pair's ordinary year-to-year movement: the median absolute change between known years. */
  static double noise(PairFacts p) {
    List<Double> changes = new ArrayList<>();
    for (int i = 1; i < p.years().size(); i++) {
      Estimate x = p.years().get(i - 1).relations();
      Estimate y = p.years().get(i).relations();
      if (x.known() && y.known()) {
        changes.add(Math.abs(y.mean() - x.mean()));
      }
    }
    return changes.isEmpty() ? 0 : median(changes.stream().mapToDouble(Double::doubleValue));
  }

  static Optional<Integer> rollCalls(DyadRelation r) {
    RelationPart votes = r.part(RelationComponent.VOTES);
    if (!votes.present()) {
      return Optional.empty();
    }
    Matcher m = ROLL_CALLS.matcher(votes.detail());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static double median(java.util.stream.DoubleStream values) {
    double[] v = values.sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static List<Evidence> distinct(List<Evidence> evidence) {
    return List.copyOf(new LinkedHashSet<>(evidence));
  }
}
