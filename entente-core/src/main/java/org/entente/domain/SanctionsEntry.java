package org.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a sanctions list: a designated person, entity, vessel or aircraft, with the
 * programmes it is listed under and where the list says so.
 *
 * @param list the list it is on
 * @param entryId the list's own identifier: the UN reference number ({@code KPi.066}), the SDN
 *     list's {@code ent_num} ({@code 20223})
 * @param type {@code individual}, {@code entity}, {@code vessel} or {@code aircraft}
 * @param name the primary name as the list writes it
 * @param listedOn the day it was listed, or null where the list gives none (the SDN list)
 * @param programs the programme codes as the list writes them ({@code DPRK}, {@code DPRK3})
 * @param nationalities as the list writes them ({@code Democratic People's Republic of Korea},
 *     {@code Korea, North}), in list order
 * @param imo the IMO number the entry gives for itself (a vessel's, or a shipping company's), or
 *     null
 * @param names the primary name and every alias, each with where it stands
 * @param line the line of the CSV record, or of the XML element's start tag
 * @param element the XML element ({@code INDIVIDUAL}, {@code ENTITY}); empty for a CSV record
 */
public record SanctionsEntry(
    SanctionsList list,
    String entryId,
    String type,
    String name,
    LocalDate listedOn,
    List<String> programs,
    List<String> nationalities,
    String imo,
    List<EntryName> names,
    long line,
    String element) {

  /** The kinds of designated things the lists carry. */
  public static final Set<String> TYPES = Set.of("individual", "entity", "vessel", "aircraft");

  public SanctionsEntry {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(element, "element");
    if (entryId.isBlank()) {
      throw new IllegalArgumentException("entryId must not be blank");
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + TYPES + ", not " + type);
    }
    if (programs.isEmpty()) {
      throw new IllegalArgumentException("programs must not be empty for " + entryId);
    }
    programs = List.copyOf(programs);
    nationalities = List.copyOf(nationalities);
    names = List.copyOf(names);
  }

  /**
   * A name of an entry: its primary name or an alias.
   *
   * @param name as the list writes it
   * @param kind {@code name} (primary), {@code alias} or {@code original script}
   * @param quality the list's qualifier of an alias: the UN's {@code Good}, {@code Low}, {@code
   *     a.k.a.}, {@code f.k.a.}; the SDN list's {@code a.k.a.}, {@code f.k.a.}, {@code n.k.a.};
   *     empty for a primary name
   * @param line where it is written (for XML the alias element's line)
   */
  public record EntryName(String name, String kind, String quality, long line) {

    public EntryName {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      quality = quality == null ? "" : quality;
    }
  }
}
