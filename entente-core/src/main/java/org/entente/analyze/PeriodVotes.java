package org.entente.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.store.VoteRows;

/**
 * The votes of one period as bitsets: for each state, one bit per roll call and vote choice. Joint
 * vote tables then cost nine AND-and-popcount passes over a few words, which is what makes
 * all-pairs alignment over 75 sessions take well under a second.
 */
final class PeriodVotes {

  final int period;
  final int[] rcids;

  /** Global country ids of the states that voted in this period, in the order of {@link #bits}. */
  final short[] states;

  /** {@code bits[s][choice * words + w]}, see {@link JointVotes#ofBits}. */
  final long[][] bits;

  final int words;

  private PeriodVotes(int period, int[] rcids, short[] states, long[][] bits, int words) {
    this.period = period;
    this.rcids = rcids;
    this.states = states;
    this.bits = bits;
    this.words = words;
  }

  /** Splits rows (ordered by period, then roll call) into periods, in order. */
  static List<PeriodVotes> split(VoteRows rows) {
    List<PeriodVotes> periods = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      int end = start;
      while (end < rows.size() && rows.period()[end] == rows.period()[start]) {
        end++;
      }
      periods.add(of(rows, start, end));
      start = end;
    }
    return periods;
  }

  private static PeriodVotes of(VoteRows rows, int start, int end) {
    List<Integer> rcids = new ArrayList<>();
    int[] column = new int[end - start];
    for (int i = start; i < end; i++) {
      if (rcids.isEmpty() || rcids.get(rcids.size() - 1) != rows.rcid()[i]) {
        rcids.add(rows.rcid()[i]);
      }
      column[i - start] = rcids.size() - 1;
    }
    int words = (rcids.size() + 63) / 64;
    int[] local = new int[rows.countries().size()];
    Arrays.fill(local, -1);
    List<Short> states = new ArrayList<>();
    for (int i = start; i < end; i++) {
      short c = rows.country()[i];
      if (local[c] < 0) {
        local[c] = states.size();
        states.add(c);
      }
    }
    long[][] bits = new long[states.size()][3 * words];
    for (int i = start; i < end; i++) {
      int col = column[i - start];
      int choice = rows.vote()[i] - 1;
      bits[local[rows.country()[i]]][choice * words + (col >>> 6)] |= 1L << (col & 63);
    }
    short[] stateIds = new short[states.size()];
    for (int i = 0; i < stateIds.length; i++) {
      stateIds[i] = states.get(i);
    }
    return new PeriodVotes(
        rows.period()[start],
        rcids.stream().mapToInt(Integer::intValue).toArray(),
        stateIds,
        bits,
        words);
  }

  /** Index of a global country id in this period, or -1 if that state did not vote. */
  int indexOf(short country) {
    for (int i = 0; i < states.length; i++) {
      if (states[i] == country) {
        return i;
      }
    }
    return -1;
  }

  JointVotes joint(int i, int j) {
    return JointVotes.ofBits(bits[i], bits[j], words);
  }

  /** The vote (1..3) state {@code i} cast on roll call column {@code col}, or 0 if none. */
  int vote(int i, int col) {
    for (int choice = 0; choice < 3; choice++) {
      if ((bits[i][choice * words + (col >>> 6)] & (1L << (col & 63))) != 0) {
        return choice + 1;
      }
    }
    return 0;
  }
}
