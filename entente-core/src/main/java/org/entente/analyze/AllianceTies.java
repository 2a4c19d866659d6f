package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.entente.analyze.ObligationYear.Basis;
import org.entente.analyze.ObligationYear.Evidence;
import org.entente.analyze.ObligationYear.Role;
import org.entente.domain.AtopRow;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.store.AllianceQueries;

/**
 * What formally binds two states, year by year: the five alliance obligations of ATOP (defence,
 * offence, neutrality, non-aggression, consultation), combining ATOP's dyad-years (to 2018) with
 * the treaty records, and the records behind every value.
 *
 * <p>The rules, for a dyad (undirected: an obligation of either direction counts) and a year:
 *
 * <ol>
 *   <li>If treaty records binding both states are in force during the year, they decide: the
 *       obligations of all of them. ATOP's rows of that year are shown as set aside — the record
 *       wins where they overlap.
 *   <li>Otherwise, through ATOP's last year, ATOP's rows of the year decide.
 *   <li>After ATOP's last year, only records decide: ATOP's obligations continue only through a
 *       record saying the treaty still stands, and the ATOP rows of the last year that such a
 *       record (in force then too) continues are cited as carried forward.
 *   <li>Otherwise nothing binds them.
 * </ol>
 *
 * <pre>{@code
 * AllianceTies ties = new AllianceTies(new AllianceQueries(store));
 * List<ObligationYear> years = ties.obligations("RUS", "PRK", 1990, 2026);
 * List<TieRecord> records = ties.inForce("CHN", "PRK", LocalDate.of(2023, 9, 13));
 * }</pre>
 */
public final class AllianceTies {

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final AllianceQueries queries;

  public AllianceTies(AllianceQueries queries) {
    this.queries = queries;
  }

  /** ATOP's last year in the store (2018 for ATOP 5.1), or empty without ATOP. */
  public OptionalInt lastAtopYear() {
    return queries.lastAtopYear();
  }

  /**
   * The obligations binding {@code a} and {@code b} in every year from {@code fromYear} to {@code
   * toYear}, one value per year, years without any as {@link Basis#NONE}.
   *
   * @param a an ISO-3 actor, e.g. {@code RUS}
   * @param b another ISO-3 actor
   * @throws IllegalArgumentException for codes that are not ISO-3, the same state twice, or {@code
   *     fromYear > toYear}
   */
  public List<ObligationYear> obligations(String a, String b, int fromYear, int toYear) {
    Dyad dyad = dyad(a, b);
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "fromYear " + fromYear + " must not be after toYear " + toYear);
    }
    OptionalInt last = queries.lastAtopYear();
    List<AtopRow> rows = List.of();
    if (last.isPresent()) {
      int lastYear = last.getAsInt();
      rows = queries.atopRows(dyad, Math.min(fromYear, lastYear), Math.min(toYear, lastYear));
    }
    return combine(dyad, rows, queries.treatyRecords(dyad), last, fromYear, toYear);
  }

  /**
   * The obligations of every pair of {@code states}, as {@link #obligations} gives each pair, from
   * one read of the ATOP rows and of the treaty records.
   */
  public Map<Dyad, List<ObligationYear>> obligationsAmong(
      List<String> states, int fromYear, int toYear) {
    if (fromYear > toYear) {
      throw new IllegalArgumentException(
          "fromYear " + fromYear + " must not be after toYear " + toYear);
    }
    OptionalInt last = queries.lastAtopYear();
    Map<Dyad, List<AtopRow>> rows = Map.of();
    if (last.isPresent()) {
      int lastYear = last.getAsInt();
      rows =
          queries.atopRowsAmong(states, Math.min(fromYear, lastYear), Math.min(toYear, lastYear));
    }
    List<TreatyRecord> records = queries.treatyRecords();
    Map<Dyad, List<ObligationYear>> byPair = new HashMap<>();
    for (Dyad dyad : Dyad.pairsOf(states)) {
      byPair.put(
          dyad,
          combine(
              dyad,
              rows.getOrDefault(dyad, List.of()),
              records.stream().filter(r -> r.binds(dyad.a(), dyad.b())).toList(),
              last,
              fromYear,
              toYear));
    }
    return byPair;
  }

  /**
   * The records binding {@code a} and {@code b} that were in force on {@code day}: the treaty
   * records certainly in force that day (a date known only to the month or year counts from its
   * last day), then ATOP's rows of that year, which ATOP codes by year only. After ATOP's last year
   * only treaty records are listed.
   */
  public List<TieRecord> inForce(String a, String b, LocalDate day) {
    Dyad dyad = dyad(a, b);
    Objects.requireNonNull(day, "day");
    List<TieRecord> records = new ArrayList<>();
    for (TreatyRecord record : queries.treatyRecords(dyad)) {
      if (record.inForceOn(day)) {
        records.add(record);
      }
    }
    records.addAll(queries.atopRows(dyad, day.getYear(), day.getYear()));
    return records;
  }

  /**
   * The rules of this class over given rows and records, without a store.
   *
   * @param rows ATOP rows of the dyad (either direction); those outside the years are ignored
   * @param records treaty records; those not binding both states are ignored
   * @param lastAtopYear the last year ATOP covers, or empty when no ATOP data are loaded
   */
  static List<ObligationYear> combine(
      Dyad dyad,
      List<AtopRow> rows,
      List<TreatyRecord> records,
      OptionalInt lastAtopYear,
      int fromYear,
      int toYear) {
    List<TreatyRecord> binding = records.stream().filter(r -> r.binds(dyad.a(), dyad.b())).toList();
    List<AtopRow> dyadRows = rows.stream().filter(r -> r.dyad().equals(dyad)).toList();
    int last = lastAtopYear.orElse(Integer.MIN_VALUE);
    List<ObligationYear> years = new ArrayList<>(toYear - fromYear + 1);
    for (int year = fromYear; year <= toYear; year++) {
      int y = year;
      List<TreatyRecord> treaties = binding.stream().filter(r -> r.inForceDuring(y)).toList();
      List<AtopRow> atop =
          y <= last ? dyadRows.stream().filter(r -> r.year() == y).toList() : List.of();
      List<Evidence> evidence = new ArrayList<>();
      Obligations obligations = Obligations.NONE;
      Basis basis;
      if (!treaties.isEmpty()) {
        basis = Basis.TREATY;
        for (TreatyRecord treaty : treaties) {
          obligations = obligations.or(treaty.provisions());
          evidence.add(new Evidence(Role.IN_FORCE, treaty));
        }
        atop.forEach(row -> evidence.add(new Evidence(Role.SET_ASIDE, row)));
        if (lastAtopYear.isPresent()
            && y > last
            && treaties.stream().anyMatch(t -> t.inForceDuring(last))) {
          dyadRows.stream()
              .filter(row -> row.year() == last)
              .forEach(row -> evidence.add(new Evidence(Role.CARRIED_FORWARD, row)));
        }
      } else if (!atop.isEmpty()) {
        basis = Basis.ATOP;
        for (AtopRow row : atop) {
          obligations = obligations.or(row.obligations());
          evidence.add(new Evidence(Role.IN_FORCE, row));
        }
      } else {
        basis = Basis.NONE;
      }
      years.add(new ObligationYear(dyad, y, obligations, basis, evidence));
    }
    return years;
  }

  private static Dyad dyad(String a, String b) {
    for (String code : new String[] {a, b}) {
      if (code == null || !ISO3.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "expected an ISO-3 code such as CHN or PRK, got '" + code + "'");
      }
    }
    return Dyad.of(a, b);
  }
}
