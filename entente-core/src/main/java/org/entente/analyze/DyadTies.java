package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.entente.domain.Dyad;
import org.entente.domain.SanctionsRegime;
import org.entente.domain.Veto;
import org.entente.store.AllianceQueries;
import org.entente.store.SanctionsQueries;
import org.entente.store.Store;
import org.entente.store.VetoQueries;

/**
 * What formally binds or divides two states, year by year or on one day: alliance obligations
 * ({@link AllianceTies}), joint Security Council vetoes ({@link UnscVetoes}) and sanctions ({@link
 * SanctionsRelations}), each value with the records it comes from.
 *
 * <pre>{@code
 * DyadTies ties = new DyadTies(alliances, vetoes, sanctions);
 * ties.byYear("RUS", "PRK", 1990, 2026); // the 1996 lapse, the 2000 and 2024 treaties
 * }</pre>
 */
public final class DyadTies {

  private final AllianceTies alliances;
  private final UnscVetoes vetoes;
  private final SanctionsRelations sanctions;

  /** Ties from the store's alliance, veto and sanctions records. */
  public static DyadTies of(Store store) {
    return new DyadTies(
        new AllianceTies(new AllianceQueries(store)),
        new UnscVetoes(new VetoQueries(store)),
        new SanctionsRelations(new SanctionsQueries(store)));
  }

  public DyadTies(AllianceTies alliances, UnscVetoes vetoes, SanctionsRelations sanctions) {
    this.alliances = alliances;
    this.vetoes = vetoes;
    this.sanctions = sanctions;
  }

  /** ATOP's last year in the store, or empty without ATOP. */
  public java.util.OptionalInt lastAtopYear() {
    return alliances.lastAtopYear();
  }

  /** One value per year from {@code fromYear} to {@code toYear}, years without ties included. */
  public List<TieYear> byYear(String a, String b, int fromYear, int toYear) {
    Dyad dyad = Dyad.of(a, b);
    List<ObligationYear> obligations = alliances.obligations(a, b, fromYear, toYear);
    SortedMap<Integer, List<Veto>> joint = vetoes.jointVetoesByYear(a, b, fromYear, toYear);
    return years(dyad, obligations, joint);
  }

  /**
   * The ties of every pair of {@code states}, as {@link #byYear} gives each pair, from one read of
   * each kind of record.
   */
  public Map<Dyad, List<TieYear>> byYearAmong(List<String> states, int fromYear, int toYear) {
    Map<Dyad, List<ObligationYear>> obligations =
        alliances.obligationsAmong(states, fromYear, toYear);
    Map<Dyad, SortedMap<Integer, List<Veto>>> joint =
        vetoes.jointVetoesAmong(states, fromYear, toYear);
    Map<Dyad, List<TieYear>> byPair = new HashMap<>();
    for (Dyad dyad : Dyad.pairsOf(states)) {
      byPair.put(dyad, years(dyad, obligations.get(dyad), joint.get(dyad)));
    }
    return byPair;
  }

  private List<TieYear> years(
      Dyad dyad, List<ObligationYear> obligations, SortedMap<Integer, List<Veto>> joint) {
    List<TieYear> years = new ArrayList<>();
    for (ObligationYear year : obligations) {
      years.add(
          new TieYear(
              dyad,
              year.year(),
              year,
              joint.getOrDefault(year.year(), List.of()),
              sanctions.relations(dyad.a(), dyad.b(), year.year())));
    }
    return years;
  }

  /**
   * The records in force on {@code day}: alliance records, the joint vetoes of that year up to the
   * day, and the sanctions relations of that year — the lists' programmes of the year (a snapshot
   * has no day of its own for each designation), the regime records only when surely in force that
   * day, as treaty records are.
   */
  public TiesOnDay onDay(String a, String b, LocalDate day) {
    List<Veto> joint =
        vetoes.jointVetoesByYear(a, b, day.getYear(), day.getYear()).get(day.getYear()).stream()
            .filter(v -> !v.date().isAfter(day))
            .toList();
    return new TiesOnDay(
        Dyad.of(a, b),
        day,
        alliances.inForce(a, b, day),
        joint,
        sanctions.relations(a, b, day.getYear()).stream()
            .map(r -> onDay(r, day))
            .flatMap(Optional::stream)
            .toList());
  }

  /** The relation with only the regime records in force on the day; empty if nothing is left. */
  private static Optional<SanctionsRelation> onDay(SanctionsRelation r, LocalDate day) {
    List<SanctionsRegime> regimes = r.regimes().stream().filter(x -> x.inForceOn(day)).toList();
    if (regimes.size() == r.regimes().size()) {
      return Optional.of(r);
    }
    if (regimes.isEmpty() && r.programs().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SanctionsRelation(
            r.authority(),
            r.target(),
            r.year(),
            r.programs(),
            r.designations(),
            r.undated(),
            r.asOf(),
            regimes));
  }
}
