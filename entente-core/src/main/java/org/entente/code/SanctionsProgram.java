package org.entente.code;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.domain.SanctionsList;

/**
 * One programme of a sanctions list: who imposes it on which state, since when. A row of {@code
 * sanctions-programs.csv}.
 *
 * @param list the list whose entries carry {@code code}
 * @param code the programme as the list writes it ({@code DPRK} on the UN list, {@code DPRK3} on
 *     the SDN list)
 * @param program what Entente shows ({@code UN-SC1718}, {@code DPRK3})
 * @param authority {@code UN}, or the ISO-3 code of the sanctioning state
 * @param target ISO-3 code of the state it is directed at, or empty for a thematic programme
 * @param since the day its instrument was adopted; null only for thematic programmes
 * @param ended the last day it was in force, or null while it is
 * @param title its name
 * @param openSanctions the OpenSanctions programme key, or empty
 * @param source the instrument and, where there is one, the authority's page
 */
public record SanctionsProgram(
    SanctionsList list,
    String code,
    String program,
    String authority,
    String target,
    LocalDate since,
    LocalDate ended,
    String title,
    String openSanctions,
    String source) {

  public SanctionsProgram {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(openSanctions, "openSanctions");
    Objects.requireNonNull(source, "source");
    if (!target.isEmpty() && since == null) {
      throw new IllegalArgumentException("since is required for " + code + ", which has a target");
    }
    if (since != null && ended != null && ended.isBefore(since)) {
      throw new IllegalArgumentException("ended " + ended + " is before since " + since);
    }
  }

  /** Whether it is directed at one state (not thematic). */
  public boolean hasTarget() {
    return !target.isEmpty();
  }

  /** Whether it was in force at some time during {@code year}. */
  public boolean inForceDuring(int year) {
    return since != null && since.getYear() <= year && (ended == null || ended.getYear() >= year);
  }
}
