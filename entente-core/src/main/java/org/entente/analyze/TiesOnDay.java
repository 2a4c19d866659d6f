package org.entente.analyze;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entente.domain.Dyad;
import org.entente.domain.TieRecord;
import org.entente.domain.Veto;

/**
 * The records that bound or divided two states on one day: alliance records in force, the vetoes
 * they had cast together up to that day in its year, and the sanctions relations of its year.
 */
public record TiesOnDay(
    Dyad dyad,
    LocalDate day,
    List<TieRecord> records,
    List<Veto> jointVetoes,
    List<SanctionsRelation> sanctions) {

  public TiesOnDay {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(day, "day");
    records = List.copyOf(records);
    jointVetoes = List.copyOf(jointVetoes);
    sanctions = List.copyOf(sanctions);
  }

  public boolean isEmpty() {
    return records.isEmpty() && jointVetoes.isEmpty() && sanctions.isEmpty();
  }
}
