package org.entente.analyze;

import java.util.List;
import java.util.Objects;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.TieRecord;

/**
 * The obligations binding two states in one year — in force on at least one day of it, in either
 * direction — and the records they come from.
 *
 * @param basis where the value comes from
 * @param evidence every record behind the value or set aside by it, each with its role; empty for
 *     {@link Basis#NONE}
 */
public record ObligationYear(
    Dyad dyad, int year, Obligations obligations, Basis basis, List<Evidence> evidence) {

  /** Where a year's value comes from. */
  public enum Basis {
    /** Treaty records in force during the year decide; they win over ATOP. */
    TREATY,
    /** ATOP's rows of the year, with no treaty record in force. */
    ATOP,
    /** Nothing binds the two states that year. */
    NONE
  }

  /** What a record does for a year's value. */
  public enum Role {
    /** In force during the year: the value comes from it. */
    IN_FORCE,
    /** An ATOP row of the year that a treaty record in force overrides. */
    SET_ASIDE,
    /**
     * An ATOP row of ATOP's last year (2018) for a treaty that a record says still stands: its
     * obligations continue through the record.
     */
    CARRIED_FORWARD
  }

  /** One record and what it does for the year. */
  public record Evidence(Role role, TieRecord record) {
    public Evidence {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(record, "record");
    }
  }

  public ObligationYear {
    Objects.requireNonNull(dyad, "dyad");
    Objects.requireNonNull(obligations, "obligations");
    Objects.requireNonNull(basis, "basis");
    evidence = List.copyOf(evidence);
    if (basis == Basis.NONE && (!obligations.isNone() || !evidence.isEmpty())) {
      throw new IllegalArgumentException(
          "a year with basis NONE has no obligations and no evidence: " + dyad + " " + year);
    }
    if (basis != Basis.NONE && evidence.stream().noneMatch(e -> e.role() == Role.IN_FORCE)) {
      throw new IllegalArgumentException(
          "basis " + basis + " needs a record in force: " + dyad + " " + year);
    }
  }

  /** The records the value comes from (role {@link Role#IN_FORCE}). */
  public List<TieRecord> inForce() {
    return evidence.stream().filter(e -> e.role() == Role.IN_FORCE).map(Evidence::record).toList();
  }

  /** The citation of every record behind the value, one per line: for CSV and tables. */
  public List<String> citations() {
    return inForce().stream().map(TieRecord::citation).toList();
  }
}
