package org.entente.analyze;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.entente.analyze.ExpertAgreement.Part;
import org.entente.analyze.measure.Indicator;
import org.entente.analyze.measure.Panel;
import org.entente.code.PermanentMembers;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.PeaceYear;
import org.entente.domain.Rivalry;
import org.entente.domain.TreatyRecord;
import org.entente.domain.Veto;
import org.entente.store.AllianceQueries;
import org.entente.store.PanelQueries;
import org.entente.store.PeriodUnit;
import org.entente.store.SanctionsQueries;
import org.entente.store.ScoreQueries;
import org.entente.store.Store;
import org.entente.store.VetoQueries;
import org.entente.store.VoteQueries;
import org.entente.store.VoteQuery;

/**
 * Gathers every pair's yearly evidence in a store into the {@link Panel} the relation model is
 * fitted to, each indicator as {@link Indicator} defines it (README, "How to read a relation").
 *
 * <p>A pair exists in a year when both states voted in the UN General Assembly or COW counts their
 * joint IGO memberships. For the evidence that covers every pair of its years — rivalries (to
 * 2020), disputes (to 2014), alliances (ATOP to its last year, then cited treaty records) and a
 * state's own sanctions programmes — a pair that exists and has no record scores 0; everything else
 * is observed only where it has a record.
 */
public final class RelationPanel {

  /** The first year of the model: the first session of the General Assembly. */
  public static final int FIRST_YEAR = 1946;

  /** Years a state's usual κ is kept for, from {@link #FIRST_YEAR}. */
  private static final int YEARS = 200;

  /** The last year TSS rivalries cover. */
  static final int RIVALRIES_TO = 2020;

  /** The last year COW MID and IGO data cover. */
  static final int COW_TO = 2014;

  private final Store store;
  private final List<PeaceYear> peace;
  private final List<Rivalry> rivalries;

  /**
   * @param peace the Peace Scale years in the store: only those of pairs in its fitting half
   *     ({@link Part#FIT}) are read, the held-out half never
   * @param rivalries the strategic rivalries in the store
   */
  public RelationPanel(Store store, List<PeaceYear> peace, List<Rivalry> rivalries) {
    this.store = store;
    this.peace = List.copyOf(peace);
    this.rivalries = List.copyOf(rivalries);
  }

  /** The panel of every pair and year; {@code progress} hears what is being read. */
  public Panel build(java.util.function.Consumer<String> progress) {
    Panel.Builder panel = new Panel.Builder();
    Map<Dyad, BitSet> exists = new HashMap<>();
    progress.accept("UN votes");
    int lastYear = votes(panel, exists);
    PanelQueries queries = new PanelQueries(store);
    progress.accept("joint IGO memberships");
    queries.igos(
        r -> {
          exists.computeIfAbsent(Dyad.of(r.a(), r.b()), k -> new BitSet()).set(r.year());
          panel.add(r.a(), r.b(), r.year(), Indicator.IGOS, Math.log1p(r.value()));
        });
    progress.accept("militarized disputes");
    disputes(panel, exists, queries);
    progress.accept("rivalries");
    rivalries(panel, exists);
    progress.accept("alliances");
    alliances(panel, exists, queries, lastYear);
    progress.accept("sanctions");
    sanctions(panel, exists, lastYear);
    progress.accept("vetoes");
    vetoes(panel, exists, lastYear);
    progress.accept("events");
    events(panel, queries);
    for (PeaceYear p : peace) {
      if (Part.of(p.a(), p.b()) == Part.FIT) {
        panel.add(p.a(), p.b(), p.year(), Indicator.PEACE_SCALE, 2 * p.peace() - 1);
      }
    }
    return panel.build();
  }

  /** κ less the mean of the two states' usual κ, every pair and year; returns the last year. */
  private int votes(Panel.Builder panel, Map<Dyad, BitSet> exists) {
    VoteQuery all = new VoteQuery(PeriodUnit.YEAR, false, false, null, FIRST_YEAR, 9999, Set.of());
    List<DyadAlignment> pairs = new java.util.ArrayList<>();
    // each state's κ with every other, summed by year: its usual κ (VoteAffinity)
    Map<String, double[][]> usual = new HashMap<>();
    new UnAlignment(new VoteQueries(store))
        .allPairs(
            all,
            p -> {
              double kappa = p.alignment().kappa();
              if (Double.isNaN(kappa)) {
                return;
              }
              pairs.add(p);
              for (String s : new String[] {p.a(), p.b()}) {
                double[][] sums = usual.computeIfAbsent(s, k -> new double[2][YEARS]);
                sums[0][p.period() - FIRST_YEAR] += kappa;
                sums[1][p.period() - FIRST_YEAR]++;
              }
            });
    int last = FIRST_YEAR;
    for (DyadAlignment p : pairs) {
      int y = p.period() - FIRST_YEAR;
      double[][] ua = usual.get(p.a());
      double[][] ub = usual.get(p.b());
      double relative = p.alignment().kappa() - (ua[0][y] / ua[1][y] + ub[0][y] / ub[1][y]) / 2;
      panel.add(p.a(), p.b(), p.period(), Indicator.VOTES, relative);
      exists.computeIfAbsent(Dyad.of(p.a(), p.b()), k -> new BitSet()).set(p.period());
      last = Math.max(last, p.period());
    }
    return last;
  }

  private static void disputes(Panel.Builder panel, Map<Dyad, BitSet> exists, PanelQueries q) {
    Map<Dyad, BitSet> disputed = new HashMap<>();
    Map<Dyad, Map<Integer, Double>> hostility = new HashMap<>();
    q.disputes(
        r -> {
          Dyad dyad = Dyad.of(r.a(), r.b());
          disputed.computeIfAbsent(dyad, k -> new BitSet()).set(r.year());
          hostility.computeIfAbsent(dyad, k -> new HashMap<>()).put(r.year(), r.value());
        });
    exists.forEach(
        (dyad, years) -> {
          BitSet mids = disputed.getOrDefault(dyad, new BitSet());
          Map<Integer, Double> level = hostility.getOrDefault(dyad, Map.of());
          for (int y = years.nextSetBit(FIRST_YEAR); y >= 0; y = years.nextSetBit(y + 1)) {
            boolean recent = !mids.get(Math.max(FIRST_YEAR, y - 4), y + 1).isEmpty();
            if (y <= COW_TO) {
              panel.add(dyad.a(), dyad.b(), y, Indicator.DISPUTE, level.getOrDefault(y, 0.0) / 5);
              panel.add(dyad.a(), dyad.b(), y, Indicator.DISPUTE_5Y, recent ? 1 : 0);
            } else if (y <= COW_TO + 4 && recent) {
              // a dispute within the data's last years is known; its absence after 2014 is not
              panel.add(dyad.a(), dyad.b(), y, Indicator.DISPUTE_5Y, 1);
            }
          }
        });
  }

  private void rivalries(Panel.Builder panel, Map<Dyad, BitSet> exists) {
    Map<Dyad, BitSet> rival = new HashMap<>();
    for (Rivalry r : rivalries) {
      rival.computeIfAbsent(Dyad.of(r.a(), r.b()), k -> new BitSet()).set(r.start(), r.end() + 1);
    }
    exists.forEach(
        (dyad, years) -> {
          BitSet in = rival.getOrDefault(dyad, new BitSet());
          for (int y = years.nextSetBit(FIRST_YEAR);
              y >= 0 && y <= RIVALRIES_TO;
              y = years.nextSetBit(y + 1)) {
            panel.add(dyad.a(), dyad.b(), y, Indicator.RIVALRY, in.get(y) ? 1 : 0);
          }
        });
  }

  /**
   * ATOP's obligations to its last year; after it, the pair's treaty records where it has any
   * ({@link AllianceTies}), otherwise ATOP's last year carried on, as a relation shows it.
   */
  private void alliances(
      Panel.Builder panel, Map<Dyad, BitSet> exists, PanelQueries q, int lastYear) {
    AllianceQueries alliances = new AllianceQueries(store);
    int lastAtop = alliances.lastAtopYear().orElse(FIRST_YEAR - 1);
    Map<Dyad, Map<Integer, boolean[]>> atop = new HashMap<>();
    q.allianceYears(
        r ->
            atop.computeIfAbsent(Dyad.of(r.a(), r.b()), k -> new HashMap<>())
                .put(r.year(), new boolean[] {r.defence(), r.any()}));
    Set<Dyad> treaties = new HashSet<>();
    for (TreatyRecord t : alliances.treatyRecords()) {
      List<String> parties = t.parties();
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          treaties.add(Dyad.of(parties.get(i), parties.get(j)));
        }
      }
    }
    AllianceTies ties = new AllianceTies(alliances);
    boolean[] none = {false, false};
    exists.forEach(
        (dyad, years) -> {
          Map<Integer, boolean[]> rows = atop.getOrDefault(dyad, Map.of());
          Map<Integer, boolean[]> later = new HashMap<>();
          if (treaties.contains(dyad) && lastYear > lastAtop) {
            for (ObligationYear o : ties.obligations(dyad.a(), dyad.b(), lastAtop + 1, lastYear)) {
              Obligations ob = o.obligations();
              boolean defence = ob.defense() || ob.offense();
              boolean any = Obligations.NAMES.stream().anyMatch(ob::get);
              later.put(
                  o.year(),
                  o.basis() == ObligationYear.Basis.NONE ? null : new boolean[] {defence, any});
            }
          }
          for (int y = years.nextSetBit(FIRST_YEAR); y >= 0; y = years.nextSetBit(y + 1)) {
            boolean[] o;
            if (y <= lastAtop) {
              o = rows.getOrDefault(y, none);
            } else {
              o = later.get(y);
              if (o == null) {
                o = rows.getOrDefault(lastAtop, none);
              }
            }
            panel.add(dyad.a(), dyad.b(), y, Indicator.DEFENCE_PACT, o[0] ? 1 : 0);
            panel.add(dyad.a(), dyad.b(), y, Indicator.ANY_ALLIANCE, o[1] ? 1 : 0);
          }
        });
  }

  /**
   * A state's own sanctions on another, from the lists' programmes and the regime table (the EU's
   * for each member): 1 when measures in either direction reach the state itself, 0.5 when they
   * only name persons and entities, 0 in the years a sanctioning state of the pair has any record
   * without one against the other. Which side sanctions which, and whether it answers the other's
   * measures, is evidence ({@link SanctionsRelation}); the indicator takes the stronger direction,
   * so mutual measures weigh no more than one side's regime. UN regimes bind every member and say
   * nothing of one pair, so they are not read here.
   */
  private void sanctions(Panel.Builder panel, Map<Dyad, BitSet> exists, int lastYear) {
    SanctionsRelations relations = new SanctionsRelations(new SanctionsQueries(store));
    Map<String, Integer> firstYear = new HashMap<>();
    Map<Dyad, double[]> sanctioned = new HashMap<>();
    for (int y = FIRST_YEAR; y <= lastYear; y++) {
      for (SanctionsRelations.Directed d : relations.directed(y)) {
        firstYear.merge(d.from(), y, Math::min);
        double[] byYear =
            sanctioned.computeIfAbsent(
                Dyad.of(d.from(), d.to()), k -> new double[lastYear - FIRST_YEAR + 1]);
        byYear[y - FIRST_YEAR] =
            Math.max(byYear[y - FIRST_YEAR], d.relation().againstState() ? 1 : 0.5);
      }
    }
    exists.forEach(
        (dyad, years) -> {
          int from =
              Math.min(
                  firstYear.getOrDefault(dyad.a(), Integer.MAX_VALUE),
                  firstYear.getOrDefault(dyad.b(), Integer.MAX_VALUE));
          if (from == Integer.MAX_VALUE) {
            return;
          }
          double[] on = sanctioned.get(dyad);
          for (int y = years.nextSetBit(from);
              y >= 0 && y <= lastYear;
              y = years.nextSetBit(y + 1)) {
            panel.add(
                dyad.a(),
                dyad.b(),
                y,
                Indicator.OWN_SANCTIONS,
                on == null ? 0 : on[y - FIRST_YEAR]);
          }
        });
  }

  /** Vetoes cast together by two permanent members, every year both sat. */
  private void vetoes(Panel.Builder panel, Map<Dyad, BitSet> exists, int lastYear) {
    PermanentMembers permanent = PermanentMembers.bundled();
    UnscVetoes vetoes = new UnscVetoes(new VetoQueries(store));
    List<String> members =
        List.of("CHN", "FRA", "GBR", "RUS", "USA").stream()
            .filter(permanent::isPermanentMember)
            .toList();
    for (Dyad dyad : Dyad.pairsOf(members)) {
      SortedMap<Integer, List<Veto>> joint =
          vetoes.jointVetoesByYear(dyad.a(), dyad.b(), FIRST_YEAR, lastYear);
      BitSet years = exists.getOrDefault(dyad, new BitSet());
      for (int y = years.nextSetBit(FIRST_YEAR); y >= 0; y = years.nextSetBit(y + 1)) {
        int n = joint.getOrDefault(y, List.of()).size();
        panel.add(dyad.a(), dyad.b(), y, Indicator.JOINT_VETOES, Math.min(1, n / 2.0));
      }
    }
  }

  /**
   * The aggregated scores of the first score dataset (as a relation reads them), and raw events by
   * dataset: each pair-year with a record.
   */
  private void events(Panel.Builder panel, PanelQueries q) {
    Map<String, LocalDate[]> covered = new ScoreQueries(store).monthsCovered();
    if (!covered.isEmpty()) {
      String dataset = covered.keySet().iterator().next();
      LocalDate[] months = covered.get(dataset);
      List<PanelQueries.YearValue> years = new java.util.ArrayList<>();
      Map<Dyad, Double> absolute = new HashMap<>();
      q.scoreYears(
          dataset,
          r -> {
            years.add(r);
            absolute.merge(Dyad.of(r.a(), r.b()), r.extra(), Double::sum);
          });
      long span =
          java.time.temporal.ChronoUnit.MONTHS.between(
                  months[0].withDayOfMonth(1), months[1].withDayOfMonth(1))
              + 1;
      for (PanelQueries.YearValue r : years) {
        double scale = absolute.get(Dyad.of(r.a(), r.b())) / span;
        int inYear = monthsIn(r.year(), months);
        if (scale > 0 && inYear > 0) {
          // the year's mean month over the pair's mean absolute month, as a relation shows it
          double value = r.value() / inYear / scale;
          panel.add(r.a(), r.b(), r.year(), Indicator.SCORES, Math.max(-3, Math.min(3, value)));
        }
      }
    }
    q.eventYears(
        r -> {
          Indicator k = r.dataset().equals("text") ? Indicator.TEXT_EVENTS : Indicator.EVENTS;
          panel.add(r.a(), r.b(), r.year(), k, r.dataset(), r.value() / 10);
        });
  }

  private static int monthsIn(int year, LocalDate[] covered) {
    int first = covered[0].getYear() == year ? covered[0].getMonthValue() : 1;
    int last = covered[1].getYear() == year ? covered[1].getMonthValue() : 12;
    if (year < covered[0].getYear() || year > covered[1].getYear()) {
      return 0;
    }
    return last - first + 1;
  }
}
