package org.entente.store;

import java.util.List;

/**
 * Votes as columns, ordered by period then roll call: the compact form analyses read. Row {@code i}
 * says state {@code countries.get(country[i])} voted {@code vote[i]} (1 yes, 2 abstain, 3 no) on
 * roll call {@code rcid[i]} in period {@code period[i]}.
 */
public record VoteRows(
    int[] period, int[] rcid, short[] country, byte[] vote, List<String> countries) {

  public VoteRows {
    if (period.length != rcid.length
        || rcid.length != country.length
        || country.length != vote.length) {
      throw new IllegalArgumentException("columns must have equal length");
    }
    countries = List.copyOf(countries);
  }

  public int size() {
    return rcid.length;
  }
}
