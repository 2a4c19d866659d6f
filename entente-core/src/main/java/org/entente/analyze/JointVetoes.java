package org.entente.analyze;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.domain.Dyad;
import org.entente.domain.Veto;

/**
 * Joint vetoes of a dyad: the vetoes both states cast on the same draft (the same Security Council
 * vote), grouped by calendar year. A veto cast by three members counts once for each of the three
 * pairs it contains.
 */
public final class JointVetoes {

  private JointVetoes() {}

  /**
   * The vetoes of {@code vetoes} that both states of {@code dyad} cast, by year of the vote: every
   * year from {@code fromYear} to {@code toYear} is a key, with an empty list where there were
   * none, so that a year-by-year table can say 0. Vetoes outside the years are left out.
   *
   * @throws IllegalArgumentException if {@code fromYear} is after {@code toYear}
   */
  public static SortedMap<Integer, List<Veto>> byYear(
      List<Veto> vetoes, Dyad dyad, int fromYear, int toYear) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    SortedMap<Integer, List<Veto>> years = new TreeMap<>();
    for (int y = fromYear; y <= toYear; y++) {
      years.put(y, new ArrayList<>());
    }
    for (Veto v : vetoes) {
      int year = v.date().getYear();
      if (year >= fromYear && year <= toYear && v.castBy(dyad.a(), dyad.b())) {
        years.get(year).add(v);
      }
    }
    years.replaceAll((year, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableSortedMap(years);
  }
}
