package org.entente.domain;

import java.util.Locale;

/**
 * A state's vote on one roll call, coded as in Voeten's data: yes = 1, abstain = 2, no = 3. Absent
 * and non-member are not votes and never reach the store.
 */
public enum VoteChoice {
  YES(1),
  ABSTAIN(2),
  NO(3);

  private final int code;

  VoteChoice(int code) {
    this.code = code;
  }

  /** Voeten's numeric code (1, 2 or 3). */
  public int code() {
    return code;
  }

  /** Index 0..2, for count matrices. */
  public int index() {
    return code - 1;
  }

  public static VoteChoice ofCode(int code) {
    if (code < 1 || code > 3) {
      throw new IllegalArgumentException("vote code must be 1, 2 or 3, was " + code);
    }
    return values()[code - 1];
  }

  /** Parses {@code yes}, {@code no}, {@code abstain} (any case); returns null for anything else. */
  public static VoteChoice parseOrNull(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "1" -> YES;
      case "abstain", "a", "2" -> ABSTAIN;
      case "no", "n", "3" -> NO;
      default -> null;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
