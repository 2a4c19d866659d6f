package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The member states of the European Union by date, from the explicit table {@code eu-members.csv}:
 * an EU sanctions regime stands between each state bound by EU law and the regime's target.
 *
 * <pre>{@code
 * EuMembers eu = EuMembers.bundled();
 * eu.memberDuring("GBR", 2020); // true: EU law bound it to the end of the transition period
 * eu.memberDuring("HRV", 2012); // false: it joined on 2013-07-01
 * }</pre>
 */
public final class EuMembers {

  static final String TABLE = "eu-members.csv";

  /** One state's membership; {@code until} is the first day it no longer applied, or null. */
  private record Membership(String state, LocalDate from, LocalDate until) {}

  private static volatile EuMembers bundled;

  private final List<Membership> rows;

  private EuMembers(List<Membership> rows) {
    this.rows = rows;
  }

  /** The table shipped with Entente. */
  public static EuMembers bundled() {
    if (bundled == null) {
      bundled = CodeTable.bundled(TABLE, EuMembers::read);
    }
    return bundled;
  }

  /**
   * Reads a table in the format of {@code eu-members.csv}.
   *
   * @throws IllegalStateException naming the line, for a state that is not ISO-3 or a date that is
   *     not YYYY-MM-DD
   */
  static EuMembers read(InputStream table) throws IOException {
    List<Membership> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(table)) {
      for (NamedCsvRecord r : csv) {
        String state = r.getField("state");
        String where = TABLE + ":" + r.getStartingLineNumber() + ": ";
        if (!state.matches("[A-Z]{3}")) {
          throw new IllegalStateException(where + "state '" + state + "' is not ISO-3");
        }
        if (r.getField("source").isBlank()) {
          throw new IllegalStateException(where + "no source for " + state);
        }
        try {
          String until = r.getField("until");
          rows.add(
              new Membership(
                  state,
                  LocalDate.parse(r.getField("from")),
                  until.isEmpty() ? null : LocalDate.parse(until)));
        } catch (DateTimeParseException e) {
          throw new IllegalStateException(where + e.getMessage(), e);
        }
      }
    }
    return new EuMembers(List.copyOf(rows));
  }

  /** Whether EU law bound the state at some time during {@code year}. */
  public boolean memberDuring(String state, int year) {
    for (Membership m : rows) {
      if (m.state().equals(state)
          && m.from().getYear() <= year
          && (m.until() == null || m.until().isAfter(LocalDate.of(year, 1, 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The states EU law bound at some time during {@code year}, in the table's order. */
  public List<String> membersDuring(int year) {
    return rows.stream().map(Membership::state).filter(s -> memberDuring(s, year)).toList();
  }
}
