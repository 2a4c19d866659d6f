package org.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One autonomous sanctions regime, or one widening of it, as a hand-written record with its
 * citation ({@code data/sanctions-regimes/regimes.csv}): who imposes it on whom, what kind of
 * measures, whether against the state itself or only named persons, and when it was in force.
 *
 * @param id short unique key, e.g. {@code eu-rus-2022-p01}
 * @param authority the ISO-3 code of the sanctioning state, or {@code EU}
 * @param targets the states it is directed at (ISO-3), or {@code EU} for the Union's members
 * @param kinds the kinds of measure, in the file's order
 * @param scope against the state and its economy, or only named persons and entities
 * @param extendsId the record this one widens, or null for a regime's first instrument
 * @param instrument the legal instrument as the authority names it
 * @param adopted when the instrument was adopted
 * @param inForce when it entered into force; null when on adoption
 * @param lifted the first day it was no longer in force; null while it is
 * @param source the citation: the authority's own publication where one was found
 * @param note what it adds, and any doubt
 */
public record SanctionsRegime(
    String id,
    String authority,
    List<String> targets,
    Set<Kind> kinds,
    Scope scope,
    String extendsId,
    String instrument,
    PartialDate adopted,
    PartialDate inForce,
    PartialDate lifted,
    String source,
    String note,
    String file,
    long line) {

  /** The European Union as an authority or a target: its member states while they are members. */
  public static final String EU = "EU";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}|EU");

  /** The kinds of measure, as the file writes them. */
  public enum Kind {
    ASSET_FREEZE,
    TRAVEL_BAN,
    ARMS_EMBARGO,
    EXPORT_CONTROLS,
    IMPORT_BAN,
    TRADE_EMBARGO,
    FINANCIAL,
    SECTORAL,
    TRANSPORT,
    COUNTERMEASURE,
    UNFRIENDLY_STATE;

    /** {@code asset-freeze}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind written {@code code}, or null. */
    public static Kind of(String code) {
      for (Kind k : values()) {
        if (k.code().equals(code)) {
          return k;
        }
      }
      return null;
    }
  }

  /** Against the state itself, or only against named persons and entities. */
  public enum Scope {
    /** Trade, sectors, finance, embargoes, port bans, or a designation of the state as such. */
    STATE,
    /** Only listings of named persons and entities. */
    TARGETED;

    /** {@code state}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SanctionsRegime {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be lower-case letters and digits joined by hyphens, was '" + id + "'");
    }
    if (authority == null || !ACTOR.matcher(authority).matches()) {
      throw new IllegalArgumentException(
          "authority of " + id + " must be an ISO-3 code or EU, was '" + authority + "'");
    }
    targets = List.copyOf(targets);
    if (targets.isEmpty() || targets.stream().distinct().count() != targets.size()) {
      throw new IllegalArgumentException(
          "targets of " + id + " must be one or more different actors, were " + targets);
    }
    for (String target : targets) {
      if (!ACTOR.matcher(target).matches() || target.equals(authority)) {
        throw new IllegalArgumentException(
            "targets of "
                + id
                + " must be ISO-3 codes or EU other than the authority, found '"
                + target
                + "'");
      }
    }
    kinds = Set.copyOf(kinds);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds of " + id + " must not be empty");
    }
    Objects.requireNonNull(scope, "scope");
    if (instrument == null || instrument.isBlank()) {
      throw new IllegalArgumentException("instrument of " + id + " must not be empty");
    }
    Objects.requireNonNull(adopted, "adopted");
    if (inForce != null && inForce.last().isBefore(adopted.first())) {
      throw new IllegalArgumentException(
          "in force of " + id + " (" + inForce + ") must not be before adopted (" + adopted + ")");
    }
    // The fields are not yet assigned in a compact constructor: start() would read nulls.
    PartialDate began = inForce != null ? inForce : adopted;
    if (lifted != null && lifted.last().isBefore(began.first())) {
      throw new IllegalArgumentException(
          "lifted of " + id + " (" + lifted + ") must not be before it began (" + began + ")");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source of " + id + " must not be empty: cite it");
    }
    note = note == null ? "" : note;
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  /** When it began to apply: its entry into force, or its adoption when it has none of its own. */
  public PartialDate start() {
    return inForce != null ? inForce : adopted;
  }

  /**
   * Whether it was in force at some time during {@code year}: from the year it began to the year
   * before it was lifted, or that year too unless it was lifted on 1 January (as treaty records
   * count, {@code data/treaties/README.md}).
   */
  public boolean inForceDuring(int year) {
    if (start().year() > year) {
      return false;
    }
    if (lifted == null) {
      return true;
    }
    return lifted.year() > year
        || (lifted.year() == year && !lifted.first().equals(LocalDate.of(year, 1, 1)));
  }

  /**
   * Whether it was surely in force on {@code day}: on or after the last day its start can mean
   * ({@code 2014-09} means from 2014-09-30 at the latest) and before the first day its lifting can
   * mean.
   */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(start().last()) && (lifted == null || day.isBefore(lifted.first()));
  }

  /** Whether it answers another state's sanctions. */
  public boolean isCountermeasure() {
    return kinds.contains(Kind.COUNTERMEASURE);
  }

  /** The kinds as the file writes them, {@code ;}-separated in a fixed order. */
  public String kindCodes() {
    return String.join(";", kinds.stream().sorted().map(Kind::code).toList());
  }
}
