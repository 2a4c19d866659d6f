package org.entente.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.domain.SanctionsRegime;

/**
 * Who sanctions whom in one year: through which programmes of the designation lists, with how many
 * designations ({@code USA>PRK} through DPRK, DPRK2, DPRK3, DPRK4 and DPRK-NKSPEA; {@code UN>PRK}
 * through UN-SC1718), and through which regimes of the cited regime table ({@code JPN>RUS} through
 * {@code jpn-rus-2014} and its widenings; {@code RUS>JPN} through the unfriendly-states list).
 *
 * @param authority {@code UN}, {@code EU} or the ISO-3 code of the sanctioning state
 * @param target ISO-3 code of the sanctioned state
 * @param year the calendar year
 * @param programs the list programmes in force during the year, sorted; empty when the relation
 *     rests on regime records alone
 * @param designations entries of the lists not known to have been listed after the year: listed by
 *     its end, or undated under a programme in force during it (see {@link SanctionsRelations})
 * @param undated how many of those the list gives no listing date for (every SDN entry)
 * @param asOf the day of the list snapshot the designations come from (entries removed before it
 *     are not visible, and for a year after it the snapshot is carried forward); null without
 *     programmes
 * @param regimes the regime records in force during the year, in the table's order
 */
public record SanctionsRelation(
    String authority,
    String target,
    int year,
    List<String> programs,
    int designations,
    int undated,
    LocalDate asOf,
    List<SanctionsRegime> regimes) {

  public SanctionsRelation {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(target, "target");
    programs = List.copyOf(programs);
    regimes = List.copyOf(regimes);
    if (programs.isEmpty() && regimes.isEmpty()) {
      throw new IllegalArgumentException("a relation needs programmes or regimes");
    }
    if (!programs.isEmpty()) {
      Objects.requireNonNull(asOf, "asOf");
    }
    if (undated < 0 || undated > designations) {
      throw new IllegalArgumentException(
          "undated must be between 0 and designations (" + designations + "), not " + undated);
    }
  }

  /** A relation of the designation lists alone. */
  public SanctionsRelation(
      String authority,
      String target,
      int year,
      List<String> programs,
      int designations,
      int undated,
      LocalDate asOf) {
    this(authority, target, year, programs, designations, undated, asOf, List.of());
  }

  /** {@code USA>PRK}. */
  public String label() {
    return authority + ">" + target;
  }

  /**
   * Whether the year is later than the snapshot's: the count is the snapshot's, carried forward.
   */
  public boolean beyondSnapshot() {
    return asOf != null && year > asOf.getYear();
  }

  /**
   * Whether the measures reach the state itself, not only named persons: a regime record of scope
   * {@code state}, or a programme of the lists. The lists' country programmes are counted so
   * because most of them are embargoes or sectoral measures (DPRK, Iran, Cuba, Russia's
   * directives); the programme table does not yet tell the few targeted-only ones apart.
   */
  public boolean againstState() {
    return !programs.isEmpty()
        || regimes.stream().anyMatch(r -> r.scope() == SanctionsRegime.Scope.STATE);
  }

  /** Whether a regime of the relation answers the target's own sanctions. */
  public boolean countermeasure() {
    return regimes.stream().anyMatch(SanctionsRegime::isCountermeasure);
  }

  /**
   * The relations as one cell, in their order: {@code USA>PRK;UN>PRK}, or empty for none (the
   * {@code sanctions} column of {@code ties}).
   */
  public static String column(List<SanctionsRelation> relations) {
    return relations.stream().map(SanctionsRelation::label).collect(Collectors.joining(";"));
  }
}
