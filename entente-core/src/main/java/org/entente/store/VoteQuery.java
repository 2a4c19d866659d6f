package org.entente.store;

import java.util.Set;
import org.entente.domain.Issue;

/**
 * Which votes an analysis uses.
 *
 * @param unit how roll calls are grouped into periods
 * @param keepUnanimous keep roll calls on which every voting state voted the same (Voeten drops
 *     them; so does Entente by default)
 * @param importantOnly only roll calls the US State Department classified important (coded from
 *     session 39)
 * @param issue only roll calls with this issue tag, or null for all
 * @param fromYear first year (inclusive), or null; for sessions, the session's year s + 1945
 * @param toYear last year (inclusive), or null
 * @param countries only these states' votes, or empty for all
 */
public record VoteQuery(
    PeriodUnit unit,
    boolean keepUnanimous,
    boolean importantOnly,
    Issue issue,
    Integer fromYear,
    Integer toYear,
    Set<String> countries) {

  public VoteQuery {
    if (unit == null) {
      throw new IllegalArgumentException("unit must be given");
    }
    if (fromYear != null && toYear != null && fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    countries = Set.copyOf(countries);
  }

  /** All votes by session, unanimous roll calls dropped. */
  public static VoteQuery bySession() {
    return new VoteQuery(PeriodUnit.SESSION, false, false, null, null, null, Set.of());
  }

  public VoteQuery withCountries(Set<String> only) {
    return new VoteQuery(unit, keepUnanimous, importantOnly, issue, fromYear, toYear, only);
  }

  /** The year a period number stands for. */
  public int yearOf(int period) {
    return unit == PeriodUnit.SESSION ? period + 1945 : period;
  }
}
