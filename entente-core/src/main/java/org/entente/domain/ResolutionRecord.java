package org.entente.domain;

import java.util.List;
import java.util.Objects;

/**
 * The UN's own references for a resolution voted on, kept as evidence beside its roll call: where
 * the vote was taken and on what text, under which agenda item, indexed how.
 *
 * @param rcid the roll call these references belong to
 * @param symbol resolution symbol, e.g. {@code A/RES/ES-11/1}
 * @param meetingRecord the verbatim record of the meeting, e.g. {@code A/ES-11/PV.5}
 * @param draft the draft resolution voted on, e.g. {@code A/ES-11/L.1}
 * @param agendaItem e.g. {@code Agenda item 5}
 * @param subjects UNBIS Thesaurus terms
 */
public record ResolutionRecord(
    int rcid,
    String symbol,
    String meetingRecord,
    String draft,
    String committee,
    String agendaItem,
    String agendaItemName,
    List<String> subjects) {

  public ResolutionRecord {
    if (rcid <= 0) {
      throw new IllegalArgumentException("rcid must be positive, was " + rcid);
    }
    Objects.requireNonNull(symbol, "symbol");
    meetingRecord = meetingRecord == null ? "" : meetingRecord;
    draft = draft == null ? "" : draft;
    committee = committee == null ? "" : committee;
    agendaItem = agendaItem == null ? "" : agendaItem;
    agendaItemName = agendaItemName == null ? "" : agendaItemName;
    subjects = List.copyOf(subjects);
  }
}
