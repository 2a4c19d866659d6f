package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AlignmentTest {

  private static Alignment of(int[] a, int[] b) {
    JointVotes joint = new JointVotes();
    for (int k = 0; k < a.length; k++) {
      if (a[k] > 0 && b[k] > 0) {
        joint.add(a[k], b[k]);
      }
    }
    return Alignment.of(joint);
  }

  @Test
  void handComputedMixedCase() {
    // A: yes yes no abstain; B: yes no no yes. d = 0, 1, 0, 0.5 → D_o = 0.375.
    // Shares A (y,a,n) = .5,.25,.25; B = .5,0,.5 → D_e(κ) = .25 + .0625+.0625 + .125 = 0.5.
    // Pooled = .5,.125,.375 → D_e(π) = 2(.5·.125·.5 + .5·.375 + .125·.375·.5) = 0.484375 = 31/64.
    Alignment v = of(new int[] {1, 1, 3, 2}, new int[] {1, 3, 3, 1});
    assertThat(v.n()).isEqualTo(4);
    assertThat(v.agree()).isEqualTo(0.625);
    assertThat(v.s()).isEqualTo(0.25);
    assertThat(v.kappa()).isCloseTo(0.25, within(1e-15));
    assertThat(v.pi()).isCloseTo(7.0 / 31.0, within(1e-15));
  }

  @Test
  void identicalVariedVotesArePerfectAgreement() {
    Alignment v = of(new int[] {1, 3, 2, 1}, new int[] {1, 3, 2, 1});
    assertThat(v.agree()).isEqualTo(1.0);
    assertThat(v.s()).isEqualTo(1.0);
    assertThat(v.kappa()).isEqualTo(1.0);
    assertThat(v.pi()).isEqualTo(1.0);
  }

  @Test
  void oppositeVotesArePerfectDisagreement() {
    Alignment v = of(new int[] {1, 3}, new int[] {3, 1});
    assertThat(v.agree()).isEqualTo(0.0);
    assertThat(v.s()).isEqualTo(-1.0);
    assertThat(v.kappa()).isEqualTo(-1.0);
    assertThat(v.pi()).isEqualTo(-1.0);
  }

  @Test
  void kappaAndPiAreUndefinedWhenBothAlwaysCastTheSameVote() {
    Alignment v = of(new int[] {1, 1, 1}, new int[] {1, 1, 1});
    assertThat(v.agree()).isEqualTo(1.0);
    assertThat(v.kappa()).isNaN();
    assertThat(v.pi()).isNaN();
  }

  @Test
  void noJointVoteHasNoAlignment() {
    assertThat(of(new int[] {1, 0}, new int[] {0, 3})).isNull();
  }

  @Test
  void absencesAreExcluded() {
    Alignment withAbsences = of(new int[] {1, 0, 3, 2, 1}, new int[] {1, 2, 3, 0, 3});
    Alignment without = of(new int[] {1, 3, 1}, new int[] {1, 3, 3});
    assertThat(withAbsences).isEqualTo(without);
  }

  @Test
  void matchesBruteForceOnRandomVotes() {
    Random random = new Random(20261126);
    for (int trial = 0; trial < 2_000; trial++) {
      int length = 1 + random.nextInt(200);
      int[] a = new int[length];
      int[] b = new int[length];
      // Skewed vote shares like real sessions: mostly yes, some abstain, few no, some absent.
      for (int k = 0; k < length; k++) {
        a[k] = draw(random);
        b[k] = draw(random);
      }
      Alignment fast = of(a, b);
      double[] slow = BruteForce.measures(a, b);
      if (fast == null) {
        assertThat(slow[0]).isZero();
        continue;
      }
      assertThat((double) fast.n()).isEqualTo(slow[0]);
      assertThat(fast.agree()).isCloseTo(slow[1], within(1e-12));
      assertThat(fast.s()).isCloseTo(slow[2], within(1e-12));
      assertClose(fast.kappa(), slow[3]);
      assertClose(fast.pi(), slow[4]);
    }
  }

  private static int draw(Random random) {
    double u = random.nextDouble();
    return u < 0.6 ? 1 : u < 0.75 ? 2 : u < 0.85 ? 3 : 0;
  }

  private static void assertClose(double fast, double slow) {
    if (Double.isNaN(slow)) {
      assertThat(fast).isNaN();
    } else {
      assertThat(fast).isCloseTo(slow, within(1e-9 * Math.max(1, Math.abs(slow))));
    }
  }
}
