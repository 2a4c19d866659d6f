package org.entente.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.code.CountryCodes;
import org.entente.domain.PartialDate;
import org.entente.domain.SanctionsRegime;

/**
 * Reads sanctions regime records in the format of {@code data/sanctions-regimes/regimes.csv} (its
 * README describes the columns): one regime or widening per row, authority and targets as ISO-3
 * codes or {@code EU}, kinds and scope from a fixed vocabulary, dates as {@code YYYY}, {@code
 * YYYY-MM} or {@code YYYY-MM-DD}, and a citation for every record. Anything else is a reject naming
 * the column and value.
 *
 * <pre>{@code
 * List<SanctionsRegime> regimes =
 *     new SanctionsRegimeReader(CountryCodes.bundled()).read(file, rejects, Progress.NONE);
 * }</pre>
 */
public final class SanctionsRegimeReader {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "authority",
          "targets",
          "kind",
          "scope",
          "extends",
          "instrument",
          "adopted",
          "in_force",
          "lifted",
          "source",
          "note");

  private final CountryCodes codes;

  public SanctionsRegimeReader(CountryCodes codes) {
    this.codes = codes;
  }

  /**
   * Reads every record; bad records go to {@code rejects}.
   *
   * @throws BrokenFileException if the file cannot be read to its end
   * @throws IllegalArgumentException if the header lacks a column
   */
  public List<SanctionsRegime> read(SourceFile file, Rejects rejects, Progress progress) {
    List<SanctionsRegime> records = new ArrayList<>();
    Map<String, String> authorityOf = new HashMap<>();
    CsvRows.read(
        file,
        COLUMNS,
        rejects,
        progress,
        row -> {
          Fields f = new Fields(file, row, rejects);
          String id = f.id();
          String authority = f.actor("authority", row.get("authority").trim());
          List<String> targets = f.targets(authority);
          Set<SanctionsRegime.Kind> kinds = f.kinds();
          SanctionsRegime.Scope scope = f.scope();
          String widens = row.get("extends").trim();
          String instrument = f.required("instrument", "expected the legal instrument");
          PartialDate adopted = f.date("adopted", true);
          PartialDate inForce = f.date("in_force", false);
          PartialDate lifted = f.date("lifted", false);
          String source = f.required("source", "every record needs a citation of its source");
          if (f.failed) {
            return;
          }
          PartialDate start = inForce != null ? inForce : adopted;
          if (inForce != null && inForce.last().isBefore(adopted.first())) {
            f.reject(
                "in_force",
                inForce.toString(),
                "in force before it was adopted (" + adopted + "); expected a date on or after it");
          } else if (lifted != null && lifted.last().isBefore(start.first())) {
            f.reject(
                "lifted",
                lifted.toString(),
                "lifted before it began (" + start + "); expected a later date");
          } else if (authorityOf.containsKey(id)) {
            f.reject("id", id, "id appears twice in this file; every record needs its own");
          } else if (!widens.isEmpty() && !authority.equals(authorityOf.get(widens))) {
            f.reject(
                "extends",
                widens,
                authorityOf.containsKey(widens)
                    ? "widens a record of another authority (" + authorityOf.get(widens) + ")"
                    : "expected the id of an earlier record of this file, of the same authority");
          }
          if (f.failed) {
            return;
          }
          authorityOf.put(id, authority);
          records.add(
              new SanctionsRegime(
                  id,
                  authority,
                  targets,
                  kinds,
                  scope,
                  widens.isEmpty() ? null : widens,
                  instrument,
                  adopted,
                  inForce,
                  lifted,
                  source,
                  row.get("note").trim(),
                  file.name(),
                  row.line()));
        });
    return records;
  }

  /** Parses the fields of one record, rejecting the record (once) at the first bad value. */
  private final class Fields extends RecordFields {

    Fields(SourceFile file, CsvRows.Row row, Rejects rejects) {
      super(file, row, rejects);
    }

    /** A state of {@code un-country-codes.csv} or the EU. */
    String actor(String column, String value) {
      if (!value.equals(SanctionsRegime.EU)
          && (!value.matches("[A-Z]{3}") || codes.country(value).isEmpty())) {
        reject(
            column,
            value,
            "expected the ISO-3 code of a state of un-country-codes.csv, or EU for the European"
                + " Union");
      }
      return value;
    }

    List<String> targets(String authority) {
      String value = row.get("targets").trim();
      Set<String> targets = new LinkedHashSet<>();
      for (String part : value.split(";", -1)) {
        String target = part.trim();
        actor("targets", target);
        if (failed) {
          return List.of();
        }
        if (target.equals(authority)) {
          reject("targets", target, "an authority does not sanction itself");
          return List.of();
        }
        if (!targets.add(target)) {
          reject("targets", target, target + " is listed twice (in " + value + ")");
          return List.of();
        }
      }
      return List.copyOf(targets);
    }

    Set<SanctionsRegime.Kind> kinds() {
      String value = row.get("kind").trim();
      Set<SanctionsRegime.Kind> kinds = EnumSet.noneOf(SanctionsRegime.Kind.class);
      for (String part : value.split(";", -1)) {
        SanctionsRegime.Kind kind = SanctionsRegime.Kind.of(part.trim());
        if (kind == null) {
          reject(
              "kind",
              part.trim(),
              "expected kinds separated by ';' from: "
                  + String.join(
                      ", ",
                      EnumSet.allOf(SanctionsRegime.Kind.class).stream()
                          .map(SanctionsRegime.Kind::code)
                          .toList()));
          return kinds;
        }
        kinds.add(kind);
      }
      return kinds;
    }

    SanctionsRegime.Scope scope() {
      String value = row.get("scope").trim();
      for (SanctionsRegime.Scope scope : SanctionsRegime.Scope.values()) {
        if (scope.code().equals(value)) {
          return scope;
        }
      }
      reject(
          "scope", value, "expected state (against the state itself) or targeted (named persons)");
      return null;
    }
  }
}
