package org.entente.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One veto in the UN Security Council: a draft resolution (or an amendment) that failed because one
 * or more permanent members voted against it. Several members voting no on the same draft make one
 * veto with several members, as the UN's veto list counts them.
 *
 * @param date the day of the vote
 * @param draft the draft's document symbol as the source gives it, e.g. {@code S/2024/255}; early
 *     vetoes, taken on oral proposals, cite the meeting record instead
 * @param meetingRecord the meeting's verbatim record, e.g. {@code S/PV.9591}, or empty when the
 *     source gives none
 * @param agendaItem the Council's agenda item, or empty
 * @param topic a short label of the crisis or question, e.g. {@code Syria}, {@code Admission}
 * @param members the vetoing members' ISO-3 codes, alphabetical, at least one
 * @param source where the record comes from
 */
public record Veto(
    LocalDate date,
    String draft,
    String meetingRecord,
    String agendaItem,
    String topic,
    List<String> members,
    Source source) {

  /**
   * The origin of a veto record: the file and line it was read from, and for records added by hand
   * the citation the line carries.
   *
   * @param file the source file's name
   * @param line the 1-based line where the record starts
   * @param citation the documents the record rests on, or empty when the file is itself the source
   */
  public record Source(String file, long line, String citation) {

    public Source {
      Objects.requireNonNull(file, "file");
      if (line < 1) {
        throw new IllegalArgumentException("line must be 1 or more, was " + line);
      }
      citation = citation == null ? "" : citation;
    }

    /** {@code file:line}, then {@code ; citation} when there is one. */
    public String describe() {
      return citation.isEmpty() ? file + ":" + line : file + ":" + line + "; " + citation;
    }
  }

  public Veto {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(draft, "draft");
    if (draft.isBlank()) {
      throw new IllegalArgumentException("draft must not be blank");
    }
    meetingRecord = meetingRecord == null ? "" : meetingRecord;
    agendaItem = agendaItem == null ? "" : agendaItem;
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("members must name at least one vetoing member");
    }
    for (String m : members) {
      if (m == null || !m.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("members must be ISO-3 codes, got '" + m + "'");
      }
    }
    members = members.stream().distinct().sorted().toList();
    Objects.requireNonNull(source, "source");
  }

  /** Whether every one of these states cast this veto. */
  public boolean castBy(String... states) {
    for (String s : states) {
      if (!members.contains(s)) {
        return false;
      }
    }
    return true;
  }
}
