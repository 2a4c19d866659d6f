package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.entente.code.SanctionsProgram;
import org.entente.code.SanctionsPrograms;
import org.entente.store.SanctionsQueries;

/**
 * The sanctions relation of a pair of states in a year: which authority (a state, or the UN)
 * sanctions which state through which programmes, from the latest snapshot of each list.
 *
 * <p>The rules, so that every number can be checked by hand:
 *
 * <ul>
 *   <li>A programme counts in year T when it was in force at some time during T (its instrument
 *       adopted by the end of T, not ended before T began; {@code sanctions-programs.csv}) and the
 *       list still carries at least one entry under it.
 *   <li>An entry counts in T when one of its programmes of the relation counts in T and the list
 *       does not show it listed after T: its listing date is in T or before, or the list gives none
 *       (the SDN list never does: those entries are reported as {@code undated}, listed at some
 *       time between the programme's start and the snapshot).
 *   <li>The lists are snapshots: a designation lifted before the snapshot's day is not visible, so
 *       counts for earlier years are lower bounds of what was then in force. Years after the
 *       snapshot's carry it forward ({@link SanctionsRelation#beyondSnapshot}).
 *   <li>A UN regime against a state appears in every pair containing that state: the Security
 *       Council's Chapter VII decisions bind every member state (UN Charter, articles 25 and 48),
 *       so {@code UN>PRK} stands between PRK and each other state, its partners included (China and
 *       Russia voted for resolution 1718 and its successors). Whether the other state enforces the
 *       measures is not in these lists.
 *   <li>A state's programme appears in a pair when the pair is that state and its target: {@code
 *       USA>PRK} for USA–PRK, never for CHN–PRK. Thematic programmes (terrorism, narcotics, cyber)
 *       have no target and make no relation, and neither does a programme aimed at a third state
 *       (US DPRK designations of Chinese firms count as {@code USA>PRK}).
 * </ul>
 *
 * Relations are ordered states first (alphabetically by authority), then the UN, each by target.
 *
 * <pre>{@code
 * SanctionsRelations sanctions = new SanctionsRelations(new SanctionsQueries(store));
 * sanctions.relations("USA", "PRK", 2024); // [USA>PRK (DPRK, DPRK2, …), UN>PRK (UN-SC1718)]
 * SanctionsRelation.column(sanctions.relations("CHN", "PRK", 2024)); // "UN>PRK"
 * }</pre>
 */
public final class SanctionsRelations {

  /** The UN as an authority. */
  public static final String UN = "UN";

  /** One entry under the programmes of one relation. */
  private record Designation(List<SanctionsProgram> programs, Integer listedYear) {}

  /** The entries of one authority against one target, and the snapshot they come from. */
  private record Pair(
      String authority, String target, List<Designation> designations, LocalDate asOf) {}

  private final Map<String, Pair> pairs = new LinkedHashMap<>();

  /** Reads the latest snapshot of each list in the store, with the bundled programme table. */
  public SanctionsRelations(SanctionsQueries queries) {
    this(queries.entries(), SanctionsPrograms.bundled());
  }

  /** Builds the relations from list entries (as the store gives them) and a programme table. */
  public SanctionsRelations(List<SanctionsQueries.Entry> entries, SanctionsPrograms programs) {
    Map<String, List<Designation>> byPair = new LinkedHashMap<>();
    Map<String, LocalDate> asOf = new LinkedHashMap<>();
    for (SanctionsQueries.Entry entry : entries) {
      Map<String, List<SanctionsProgram>> byKey = new LinkedHashMap<>();
      for (String code : entry.programs()) {
        SanctionsProgram program =
            programs
                .find(entry.list(), code)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "programme "
                                + code
                                + " of "
                                + entry.list()
                                + " entry "
                                + entry.entryId()
                                + " is not in the programme table"));
        if (program.hasTarget() && !program.authority().equals(program.target())) {
          byKey
              .computeIfAbsent(key(program.authority(), program.target()), k -> new ArrayList<>())
              .add(program);
        }
      }
      Integer year = entry.listedOn() == null ? null : entry.listedOn().getYear();
      byKey.forEach(
          (key, list) -> {
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(new Designation(list, year));
            asOf.merge(key, entry.published(), (x, y) -> x.isAfter(y) ? x : y);
          });
    }
    byPair.forEach(
        (key, designations) -> {
          String[] parts = key.split(">");
          pairs.put(key, new Pair(parts[0], parts[1], List.copyOf(designations), asOf.get(key)));
        });
  }

  private static String key(String authority, String target) {
    return authority + ">" + target;
  }

  /**
   * The sanctions between {@code a} and {@code b} (ISO-3 codes, either order) in {@code year}: each
   * state's programmes against the other, and UN regimes against either.
   */
  public List<SanctionsRelation> relations(String a, String b, int year) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<SanctionsRelation> found = new ArrayList<>();
    for (String key : List.of(key(a, b), key(b, a), key(UN, a), key(UN, b))) {
      Pair pair = pairs.get(key);
      if (pair != null && !a.equals(b)) {
        relation(pair, year).ifPresent(found::add);
      }
    }
    found.sort(ORDER);
    return List.copyOf(found);
  }

  /** Every relation in force in {@code year}, in the same order. */
  public List<SanctionsRelation> all(int year) {
    List<SanctionsRelation> found = new ArrayList<>();
    for (Pair pair : pairs.values()) {
      relation(pair, year).ifPresent(found::add);
    }
    found.sort(ORDER);
    return List.copyOf(found);
  }

  private static final Comparator<SanctionsRelation> ORDER =
      Comparator.comparing((SanctionsRelation r) -> r.authority().equals(UN))
          .thenComparing(SanctionsRelation::authority)
          .thenComparing(SanctionsRelation::target);

  private static Optional<SanctionsRelation> relation(Pair pair, int year) {
    TreeSet<String> programs = new TreeSet<>();
    int designations = 0;
    int undated = 0;
    for (Designation d : pair.designations()) {
      boolean inForce = false;
      for (SanctionsProgram program : d.programs()) {
        if (program.inForceDuring(year)) {
          programs.add(program.program());
          inForce = true;
        }
      }
      if (inForce && (d.listedYear() == null || d.listedYear() <= year)) {
        designations++;
        if (d.listedYear() == null) {
          undated++;
        }
      }
    }
    if (programs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SanctionsRelation(
            pair.authority(),
            pair.target(),
            year,
            List.copyOf(programs),
            designations,
            undated,
            pair.asOf()));
  }
}
