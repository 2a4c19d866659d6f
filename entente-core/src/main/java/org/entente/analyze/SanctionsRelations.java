package org.entente.analyze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.code.EuMembers;
import org.entente.code.SanctionsProgram;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsRegime;
import org.entente.store.SanctionsQueries;

/**
 * The sanctions relation of a pair of states in a year: which authority (a state, the EU, or the
 * UN) sanctions which state, through which programmes of the latest snapshot of each designation
 * list and which records of the cited regime table ({@code data/sanctions-regimes/}).
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
 *   <li>A regime record counts in T when it was in force at some time during T ({@link
 *       SanctionsRegime#inForceDuring}); a widening is a record of its own, so a year shows every
 *       instrument then in force.
 *   <li>A UN regime against a state appears in every pair containing that state: the Security
 *       Council's Chapter VII decisions bind every member state (UN Charter, articles 25 and 48),
 *       so {@code UN>PRK} stands between PRK and each other state, its partners included (China and
 *       Russia voted for resolution 1718 and its successors). Whether the other state enforces the
 *       measures is not in these lists.
 *   <li>A state's programme or regime appears in a pair when the pair is that state and its target:
 *       {@code USA>PRK} for USA–PRK, never for CHN–PRK. Thematic programmes (terrorism, narcotics,
 *       cyber) have no target and make no relation, and neither does a programme aimed at a third
 *       state (US DPRK designations of Chinese firms count as {@code USA>PRK}).
 *   <li>The EU's programmes and regimes appear between each state EU law bound during T ({@code
 *       eu-members.csv}) and the target, as {@code EU>RUS}; a regime aimed at the EU ({@code EU}
 *       among its targets, as Russia's unfriendly-states list) appears between its authority and
 *       each member, as {@code RUS>DEU}.
 * </ul>
 *
 * Relations are ordered states and the EU first (alphabetically by authority), then the UN, each by
 * target.
 *
 * <pre>{@code
 * SanctionsRelations sanctions = new SanctionsRelations(new SanctionsQueries(store));
 * sanctions.relations("USA", "PRK", 2024); // [USA>PRK (DPRK, DPRK2, …), UN>PRK (UN-SC1718)]
 * sanctions.relations("JPN", "RUS", 2022); // [JPN>RUS (jpn-rus-2014, …), RUS>JPN (unfriendly)]
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

  /**
   * One state's part in a relation: {@code from} sanctions {@code to} through the relation, itself
   * or as a member of the EU.
   */
  public record Directed(String from, String to, SanctionsRelation relation) {}

  private final Map<String, Pair> pairs = new LinkedHashMap<>();
  private final Map<String, List<SanctionsRegime>> regimesByAuthority = new LinkedHashMap<>();
  private final EuMembers eu;

  /**
   * Reads the latest snapshot of each list and the regime records in the store, with the bundled
   * programme and EU membership tables.
   */
  public SanctionsRelations(SanctionsQueries queries) {
    this(queries.entries(), queries.regimes(), SanctionsPrograms.bundled(), EuMembers.bundled());
  }

  /** Builds the relations from list entries (as the store gives them) and a programme table. */
  public SanctionsRelations(List<SanctionsQueries.Entry> entries, SanctionsPrograms programs) {
    this(entries, List.of(), programs, EuMembers.bundled());
  }

  /** Builds the relations from list entries, regime records and the tables that resolve them. */
  public SanctionsRelations(
      List<SanctionsQueries.Entry> entries,
      List<SanctionsRegime> regimes,
      SanctionsPrograms programs,
      EuMembers eu) {
    this.eu = eu;
    for (SanctionsRegime regime : regimes) {
      regimesByAuthority.computeIfAbsent(regime.authority(), k -> new ArrayList<>()).add(regime);
    }
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
   * state's programmes and regimes against the other (the EU's where one was a member), and UN
   * regimes against either.
   */
  public List<SanctionsRelation> relations(String a, String b, int year) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String authority : authorities(a, year)) {
      keys.add(key(authority, b));
    }
    for (String authority : authorities(b, year)) {
      keys.add(key(authority, a));
    }
    keys.add(key(UN, a));
    keys.add(key(UN, b));
    List<SanctionsRelation> found = new ArrayList<>();
    for (String key : keys) {
      int cut = key.indexOf('>');
      relation(key.substring(0, cut), key.substring(cut + 1), year).ifPresent(found::add);
    }
    found.sort(ORDER);
    return List.copyOf(found);
  }

  /** Every relation in force in {@code year}, in the same order; an EU target is one per member. */
  public List<SanctionsRelation> all(int year) {
    Set<String> keys = new LinkedHashSet<>(pairs.keySet());
    regimesByAuthority.forEach(
        (authority, regimes) -> {
          for (SanctionsRegime regime : regimes) {
            if (regime.inForceDuring(year)) {
              for (String target : regime.targets()) {
                for (String state : states(target, year)) {
                  keys.add(key(authority, state));
                }
              }
            }
          }
        });
    List<SanctionsRelation> found = new ArrayList<>();
    for (String key : keys) {
      int cut = key.indexOf('>');
      relation(key.substring(0, cut), key.substring(cut + 1), year).ifPresent(found::add);
    }
    found.sort(ORDER);
    return List.copyOf(found);
  }

  /**
   * Every state's sanctions on another in {@code year}, the EU's once for each state EU law then
   * bound; UN regimes, which stand between a target and every state alike, are left out.
   */
  public List<Directed> directed(int year) {
    List<Directed> found = new ArrayList<>();
    for (SanctionsRelation r : all(year)) {
      if (r.authority().equals(UN)) {
        continue;
      }
      for (String from : states(r.authority(), year)) {
        if (!from.equals(r.target())) {
          found.add(new Directed(from, r.target(), r));
        }
      }
    }
    return found;
  }

  /** The state itself, and the EU while EU law bound it. */
  private List<String> authorities(String state, int year) {
    return eu.memberDuring(state, year) ? List.of(state, SanctionsRegime.EU) : List.of(state);
  }

  /** The states an actor stands for in a year: the EU's members, or the state itself. */
  private List<String> states(String actor, int year) {
    return actor.equals(SanctionsRegime.EU) ? eu.membersDuring(year) : List.of(actor);
  }

  private boolean aimsAt(SanctionsRegime regime, String state, int year) {
    return regime.targets().contains(state)
        || (regime.targets().contains(SanctionsRegime.EU) && eu.memberDuring(state, year));
  }

  /** What the lists and the regime table say of one authority against one state in a year. */
  private Optional<SanctionsRelation> relation(String authority, String target, int year) {
    Pair pair = pairs.get(key(authority, target));
    Optional<SanctionsRelation> listed = pair == null ? Optional.empty() : relation(pair, year);
    List<SanctionsRegime> regimes = new ArrayList<>();
    for (SanctionsRegime regime : regimesByAuthority.getOrDefault(authority, List.of())) {
      if (regime.inForceDuring(year) && aimsAt(regime, target, year)) {
        regimes.add(regime);
      }
    }
    if (regimes.isEmpty()) {
      return listed;
    }
    return Optional.of(
        listed
            .map(
                l ->
                    new SanctionsRelation(
                        authority,
                        target,
                        year,
                        l.programs(),
                        l.designations(),
                        l.undated(),
                        l.asOf(),
                        regimes))
            .orElseGet(
                () ->
                    new SanctionsRelation(
                        authority, target, year, List.of(), 0, 0, null, regimes)));
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
