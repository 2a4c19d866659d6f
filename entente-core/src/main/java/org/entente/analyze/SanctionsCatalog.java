package org.entente.analyze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.code.EuMembers;
import org.entente.code.SanctionsProgram;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsRegime;
import org.entente.store.SanctionsQueries;

/**
 * The programmes and designated entries of the sanctions lists, narrowed by authority and target:
 * what {@code sanctions programs} and {@code sanctions entities} list.
 *
 * <pre>{@code
 * SanctionsCatalog catalog = new SanctionsCatalog(new SanctionsQueries(store));
 * catalog.entries("UN", "PRK");      // the 155 entries of the UN's 1718 list
 * catalog.programs(null, "RUS");     // US programmes against Russia, with their entry counts
 * }</pre>
 */
public final class SanctionsCatalog {

  /**
   * A programme with the number of entries the latest snapshot of its list carries under it.
   *
   * @param entries entries listed under it (an entry under two programmes counts in each)
   */
  public record ProgramCount(SanctionsProgram program, int entries) {}

  /**
   * A list entry with its programmes resolved.
   *
   * @param programs the programmes it is listed under, in the list's order
   * @param authorities their authorities, distinct
   * @param targets their target states, distinct; empty for thematic programmes only
   */
  public record Designated(
      SanctionsQueries.Entry entry,
      List<SanctionsProgram> programs,
      List<String> authorities,
      List<String> targets) {}

  private final List<Designated> entries;
  private final SanctionsPrograms programs;
  private final List<SanctionsRegime> regimes;

  public SanctionsCatalog(SanctionsQueries queries) {
    this(queries.entries(), SanctionsPrograms.bundled(), queries.regimes());
  }

  public SanctionsCatalog(List<SanctionsQueries.Entry> entries, SanctionsPrograms programs) {
    this(entries, programs, List.of());
  }

  /** The lists' entries resolved through the programme table, and the regime records. */
  public SanctionsCatalog(
      List<SanctionsQueries.Entry> entries,
      SanctionsPrograms programs,
      List<SanctionsRegime> regimes) {
    this.programs = programs;
    this.regimes = List.copyOf(regimes);
    List<Designated> resolved = new ArrayList<>(entries.size());
    for (SanctionsQueries.Entry entry : entries) {
      List<SanctionsProgram> of = new ArrayList<>();
      for (String code : entry.programs()) {
        programs.find(entry.list(), code).ifPresent(of::add);
      }
      resolved.add(
          new Designated(
              entry,
              List.copyOf(of),
              distinct(of, SanctionsProgram::authority),
              distinct(of, SanctionsProgram::target)));
    }
    this.entries = List.copyOf(resolved);
  }

  private static List<String> distinct(
      List<SanctionsProgram> programs, Function<SanctionsProgram, String> field) {
    Set<String> values = new LinkedHashSet<>();
    for (SanctionsProgram p : programs) {
      String value = field.apply(p);
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return List.copyOf(values);
  }

  /**
   * Every programme of the table that matches, with its entry count on the loaded lists.
   *
   * @param authority {@code UN}, a state's ISO-3 code, or null for any
   * @param target a state's ISO-3 code, or null for any
   */
  public List<ProgramCount> programs(String authority, String target) {
    Map<String, Long> counts =
        entries.stream()
            .flatMap(d -> d.programs().stream())
            .collect(Collectors.groupingBy(SanctionsCatalog::key, Collectors.counting()));
    List<ProgramCount> found = new ArrayList<>();
    for (SanctionsProgram p : programs.all()) {
      if (matches(p, authority, target)) {
        found.add(new ProgramCount(p, counts.getOrDefault(key(p), 0L).intValue()));
      }
    }
    return found;
  }

  private static String key(SanctionsProgram p) {
    return p.list() + "\t" + p.code();
  }

  /**
   * The entries under at least one matching programme, UN list first, each list in file order.
   *
   * @param authority {@code UN}, a state's ISO-3 code, or null for any
   * @param target a state's ISO-3 code, or null for any
   */
  public List<Designated> entries(String authority, String target) {
    return entries.stream()
        .filter(d -> d.programs().stream().anyMatch(p -> matches(p, authority, target)))
        .toList();
  }

  /**
   * The regime records that match, in the table's order.
   *
   * @param authority {@code EU} or a state's ISO-3 code, or null for any
   * @param target a state's ISO-3 code, or null for any; a record aimed at the EU matches each
   *     state that was a member when the record began
   */
  public List<SanctionsRegime> regimes(String authority, String target) {
    EuMembers eu = EuMembers.bundled();
    return regimes.stream()
        .filter(r -> authority == null || r.authority().equals(authority))
        .filter(
            r ->
                target == null
                    || r.targets().contains(target)
                    || (r.targets().contains(SanctionsRegime.EU)
                        && eu.memberDuring(target, r.start().year())))
        .toList();
  }

  /** Every authority of the programme table and the regime records, sorted. */
  public List<String> authorities() {
    Set<String> all = new TreeSet<>(programs.authorities());
    regimes.forEach(r -> all.add(r.authority()));
    return List.copyOf(all);
  }

  private static boolean matches(SanctionsProgram p, String authority, String target) {
    return (authority == null || Objects.equals(p.authority(), authority))
        && (target == null || Objects.equals(p.target(), target));
  }
}
