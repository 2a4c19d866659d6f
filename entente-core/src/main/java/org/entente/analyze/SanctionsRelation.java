package org.entente.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who sanctions whom in one year, through which programmes, with how many designations: {@code
 * USA>PRK} through DPRK, DPRK2, DPRK3, DPRK4 and DPRK-NKSPEA, or {@code UN>PRK} through UN-SC1718.
 *
 * @param authority {@code UN} or the ISO-3 code of the sanctioning state
 * @param target ISO-3 code of the sanctioned state
 * @param year the calendar year
 * @param programs the programmes in force during the year, sorted
 * @param designations entries of the list not known to have been listed after the year: listed by
 *     its end, or undated under a programme in force during it (see {@link SanctionsRelations})
 * @param undated how many of those the list gives no listing date for (every SDN entry)
 * @param asOf the day of the list snapshot the designations come from: entries removed before it
 *     are not visible, and for a year after it the snapshot is carried forward
 */
public record SanctionsRelation(
    String authority,
    String target,
    int year,
    List<String> programs,
    int designations,
    int undated,
    LocalDate asOf) {

  public SanctionsRelation {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    programs = List.copyOf(programs);
    if (programs.isEmpty()) {
      throw new IllegalArgumentException("programs must not be empty");
    }
    if (undated < 0 || undated > designations) {
      throw new IllegalArgumentException(
          "undated must be between 0 and designations (" + designations + "), not " + undated);
    }
  }

  /** {@code USA>PRK}. */
  public String label() {
    return authority + ">" + target;
  }

  /**
   * Whether the year is later than the snapshot's: the count is the snapshot's, carried forward.
   */
  public boolean beyondSnapshot() {
    return year > asOf.getYear();
  }

  /**
   * The relations as one cell, in their order: {@code USA>PRK;UN>PRK}, or empty for none (the
   * {@code sanctions} column of {@code ties}).
   */
  public static String column(List<SanctionsRelation> relations) {
    return relations.stream().map(SanctionsRelation::label).collect(Collectors.joining(";"));
  }
}
