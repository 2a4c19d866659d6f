package org.entente.analyze;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.entente.code.Country;
import org.entente.code.PermanentMembers;
import org.entente.domain.Dyad;
import org.entente.domain.Veto;
import org.entente.store.VetoFilter;
import org.entente.store.VetoQueries;

/**
 * UN Security Council vetoes as evidence of what divides states or aligns them: every veto with its
 * source, and the joint vetoes of a dyad year by year. Each {@link Veto} carries the file and line
 * (and for records added by hand, the citation) it came from.
 *
 * <pre>{@code
 * UnscVetoes vetoes = new UnscVetoes(new VetoQueries(store));
 * SortedMap<Integer, List<Veto>> chnRus = vetoes.jointVetoesByYear("CHN", "RUS", 2000, 2025);
 * chnRus.get(2022).size(); // 1: S/2022/431 on the DPRK, 2022-05-26
 * }</pre>
 */
public final class UnscVetoes {

  private final VetoQueries queries;

  public UnscVetoes(VetoQueries queries) {
    this.queries = queries;
  }

  /** The vetoes a filter selects, by date. */
  public List<Veto> vetoes(VetoFilter filter) {
    return queries.vetoes(filter);
  }

  /**
   * Why {@link #vetoes} found none for these states and years, for the {@code vetoes} command and
   * the API alike: a state that never held a permanent seat, or the span the veto list covers.
   *
   * @param states the one or two states asked about (none: every veto)
   * @param fromYear the first year asked for, or null
   * @param toYear the last year asked for, or null
   */
  public String whyNone(List<Country> states, Integer fromYear, Integer toYear) {
    PermanentMembers seats = PermanentMembers.bundled();
    for (Country c : states) {
      if (!seats.isPermanentMember(c.iso3())) {
        return "no vetoes cast by "
            + name(c)
            + ": only the permanent members of the Security Council cast vetoes (CHN, FRA, GBR,"
            + " RUS, USA; TWN held the China seat until 24 October 1971)";
      }
    }
    String who =
        states.isEmpty()
            ? ""
            : " cast by "
                + name(states.get(0))
                + (states.size() == 2 ? " and " + name(states.get(1)) + " on the same draft" : "");
    String when =
        fromYear == null && toYear == null
            ? ""
            : " in "
                + (fromYear == null ? "…" : fromYear.toString())
                + "–"
                + (toYear == null ? "…" : toYear.toString());
    int[] span = queries.years();
    String held =
        span == null
            ? "; the store holds no vetoes"
            : "; the veto list covers " + span[0] + "–" + span[1];
    return "no vetoes" + who + when + held;
  }

  private static String name(Country c) {
    return c.name() + " (" + c.iso3() + ")";
  }

  /**
   * The vetoes both states cast on the same draft, by year of the vote, for the {@code ties}
   * command's {@code joint_vetoes} column: every year from {@code fromYear} to {@code toYear} is a
   * key (an empty list where there were none). Either order of the two states gives the same
   * answer.
   *
   * @param a a state's ISO-3 code, e.g. {@code CHN} (the Soviet Union is {@code RUS}; the China
   *     seat before 1971-10-25 is {@code TWN})
   * @param b another state's ISO-3 code
   * @throws IllegalArgumentException if {@code a} equals {@code b} or the years are reversed
   */
  public SortedMap<Integer, List<Veto>> jointVetoesByYear(
      String a, String b, int fromYear, int toYear) {
    Dyad dyad = Dyad.of(a, b);
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    List<Veto> joint =
        queries.vetoes(VetoFilter.castBy(dyad.a(), dyad.b()).years(fromYear, toYear));
    return JointVetoes.byYear(joint, dyad, fromYear, toYear);
  }

  /**
   * The joint vetoes of every pair of {@code states} by year, as {@link #jointVetoesByYear} gives
   * each pair, from one read of the vetoes of those years.
   */
  public Map<Dyad, SortedMap<Integer, List<Veto>>> jointVetoesAmong(
      List<String> states, int fromYear, int toYear) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    List<Veto> all = queries.vetoes(VetoFilter.all().years(fromYear, toYear));
    Map<Dyad, SortedMap<Integer, List<Veto>>> byPair = new HashMap<>();
    for (Dyad dyad : Dyad.pairsOf(states)) {
      // byYear keeps the vetoes both cast, as the store's filter does for one pair
      byPair.put(dyad, JointVetoes.byYear(all, dyad, fromYear, toYear));
    }
    return byPair;
  }
}
