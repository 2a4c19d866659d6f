package org.entente.text;

import java.util.List;
import java.util.Objects;

/**
 * An actor named in a sentence.
 *
 * @param kind what was named
 * @param span where, in the document as written (title included: {@code プーチン大統領})
 * @param surface the words as written
 * @param codes the actor codes: one for a state (ISO-3), a person (their state's ISO-3) or an
 *     organisation (CAMEO, {@code IGOUNO}; ISO-3 for a state body such as the White House); for a
 *     compound its members' codes in the order written ({@code 中ロ朝} → CHN, RUS, PRK)
 * @param sector the CAMEO agent ({@code GOV}, {@code MIL}, {@code ELI}) from the person's term or
 *     the title that follows; empty if none
 * @param members a compound's states in order, each with its own span; empty otherwise
 */
public record ActorMention(
    Kind kind,
    Span span,
    String surface,
    List<String> codes,
    String sector,
    List<ActorMention> members) {

  /** What a mention names. */
  public enum Kind {
    STATE,
    PERSON,
    ORGANISATION,
    /** Several states written as one word: 中ロ朝, ロ朝首脳会談's ロ朝, 日米韓. */
    COMPOUND
  }

  public ActorMention {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(sector, "sector");
    codes = List.copyOf(codes);
    members = List.copyOf(members);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("codes must not be empty");
    }
    if ((kind == Kind.COMPOUND) != !members.isEmpty()) {
      throw new IllegalArgumentException("members are for compounds only, and compounds have them");
    }
  }

  /** The first code: the actor of a mention that is not a compound. */
  public String code() {
    return codes.get(0);
  }
}
