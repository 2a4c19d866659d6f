package org.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A treaty between two or more states as a hand-written record with its citation ({@code
 * data/treaties/treaties.csv}): when it was signed, entered into force and ended, and its
 * obligations in ATOP's terms. It binds every pair of its parties.
 *
 * @param id short unique key, e.g. {@code chn-prk-1961}
 * @param parties ISO-3 actors, at least two, without repeats
 * @param inForce when it entered into force; null if it never did
 * @param ended the first day it was no longer in force; null while it is
 * @param provisions its obligations
 * @param source the citation of its dates and provisions
 * @param note the articles behind each obligation, and any doubt
 */
public record TreatyRecord(
    String id,
    String name,
    List<String> parties,
    PartialDate signed,
    PartialDate inForce,
    PartialDate ended,
    Obligations provisions,
    String source,
    String note,
    String file,
    long line)
    implements TieRecord {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  public TreatyRecord {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "id must be lower-case letters and digits joined by hyphens, was '" + id + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name of " + id + " must not be empty");
    }
    parties = List.copyOf(parties);
    if (parties.size() < 2 || parties.stream().distinct().count() != parties.size()) {
      throw new IllegalArgumentException(
          "parties of " + id + " must be two or more different states, were " + parties);
    }
    for (String party : parties) {
      if (!ISO3.matcher(party).matches()) {
        throw new IllegalArgumentException(
            "parties of " + id + " must be ISO-3 codes, found '" + party + "'");
      }
    }
    Objects.requireNonNull(signed, "signed");
    if (inForce != null && inForce.last().isBefore(signed.first())) {
      throw new IllegalArgumentException(
          "in force of " + id + " (" + inForce + ") must not be before signed (" + signed + ")");
    }
    if (ended != null && inForce == null) {
      throw new IllegalArgumentException("ended of " + id + " needs an in force date");
    }
    if (ended != null && ended.last().isBefore(inForce.first())) {
      throw new IllegalArgumentException(
          "ended of " + id + " (" + ended + ") must not be before in force (" + inForce + ")");
    }
    Objects.requireNonNull(provisions, "provisions");
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source of " + id + " must not be empty: cite it");
    }
    note = note == null ? "" : note;
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  /** Whether the treaty binds these two states (both are parties). */
  public boolean binds(String a, String b) {
    return !a.equals(b) && parties.contains(a) && parties.contains(b);
  }

  /**
   * Whether it was in force on at least one day of {@code year}: it entered into force by the
   * year's end and had not ended by its first day. A date known only to the month or year counts
   * for that month or year.
   */
  public boolean inForceDuring(int year) {
    if (inForce == null || inForce.first().getYear() > year) {
      return false;
    }
    return ended == null || ended.last().isAfter(LocalDate.of(year, 1, 1));
  }

  /**
   * Whether it was certainly in force on {@code day}: on or after the last day its entry into force
   * can mean, and before the first day its end can mean.
   */
  public boolean inForceOn(LocalDate day) {
    if (inForce == null || inForce.last().isAfter(day)) {
      return false;
    }
    return ended == null || day.isBefore(ended.first());
  }

  @Override
  public Obligations obligations() {
    return provisions;
  }

  /** {@code treaty chn-prk-1961 (treaties.csv line 2): Text: Peking Review ...}. */
  @Override
  public String citation() {
    return "treaty " + id + " (" + file + " line " + line + "): " + source;
  }
}
