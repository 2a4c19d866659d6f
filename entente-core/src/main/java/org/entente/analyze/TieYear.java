package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import org.entente.domain.Dyad;
import org.entente.domain.Veto;

/**
 * What bound or divided two states in one year: their alliance obligations (with the records behind
 * them), the Security Council vetoes they cast together, and who sanctioned whom.
 */
public record TieYear(
    Dyad dyad,
    int year,
    ObligationYear obligations,
    List<Veto> jointVetoes,
    List<SanctionsRelation> sanctions) {

  public TieYear {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(obligations, "obligations");
    jointVetoes = List.copyOf(jointVetoes);
    sanctions = List.copyOf(sanctions);
    if (obligations.year() != year) {
      throw new IllegalArgumentException(
          "obligations of " + obligations.year() + " given for year " + year);
    }
  }
}
