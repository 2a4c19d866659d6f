package org.entente.analyze;

/**
 * How two states voted on the roll calls both took part in: a 3×3 table of counts, rows the first
 * state's vote, columns the second's (yes, abstain, no). Every agreement measure is a function of
 * this table alone.
 */
public final class JointVotes {

  private final long[] counts = new long[9];

  /** Counts one roll call on which the states voted {@code a} and {@code b} (codes 1..3). */
  public void add(int a, int b) {
    counts[(a - 1) * 3 + (b - 1)]++;
  }

  /** Roll calls where the first state voted {@code a} and the second {@code b} (codes 1..3). */
  public long count(int a, int b) {
    return counts[(a - 1) * 3 + (b - 1)];
  }

  /** Adds another table's counts: the joint table of two sets of roll calls pooled. */
  void addAll(JointVotes other) {
    for (int k = 0; k < counts.length; k++) {
      counts[k] += other.counts[k];
    }
  }

  /** Number of jointly cast votes. */
  public long n() {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }

  /**
   * Counts joint votes from per-state bitsets: {@code bits[choice * words + w]} has bit {@code k}
   * set when the state cast vote {@code choice + 1} on roll call {@code 64 w + k}.
   */
  static JointVotes ofBits(long[] first, long[] second, int words) {
    JointVotes joint = new JointVotes();
    for (int x = 0; x < 3; x++) {
      for (int y = 0; y < 3; y++) {
        long k = 0;
        for (int w = 0; w < words; w++) {
          k += Long.bitCount(first[x * words + w] & second[y * words + w]);
        }
        joint.counts[x * 3 + y] = k;
      }
    }
    return joint;
  }
}
