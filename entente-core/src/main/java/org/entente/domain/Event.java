package org.entente.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One machine-coded event, the same for every dataset (GDELT 1.0 and 2.0, ICEWS, POLECAT): who did
 * what to whom on which day, coded in CAMEO, with the evidence it comes from.
 *
 * @param dataset {@code gdelt1}, {@code gdelt2}, {@code icews} or {@code polecat}
 * @param id the dataset's own event id (GDELT GLOBALEVENTID, ICEWS Event ID): duplicates share it
 * @param date the day of the event
 * @param sourceState ISO-3 of the source actor's state, or null when it names none
 * @param sourceName the source actor as written (name or code)
 * @param targetState ISO-3 of the target actor's state, or null when it names none
 * @param targetName the target actor as written
 * @param cameo CAMEO event code, two to four digits
 * @param root CAMEO root code, its first two digits
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein weight, -10 .. +10
 * @param plover PLOVER event type, or null where PLOVER has none
 * @param url the source URL or story id
 * @param file the file the event was read from
 * @param line its 1-based line there
 */
public record Event(
    String dataset,
    String id,
    LocalDate date,
    String sourceState,
    String sourceName,
    String targetState,
    String targetName,
    String cameo,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    String url,
    String file,
    long line) {

  public Event {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    sourceName = sourceName == null ? "" : sourceName;
    targetName = targetName == null ? "" : targetName;
    Objects.requireNonNull(cameo, "cameo");
    if (!cameo.matches("[0-9]{2,4}")) {
      throw new IllegalArgumentException("cameo must be 2 to 4 digits, was '" + cameo + "'");
    }
    Objects.requireNonNull(root, "root");
    if (!cameo.startsWith(root) || root.length() != 2) {
      throw new IllegalArgumentException("root must be the first two digits of " + cameo);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("goldstein must be -10 .. 10, was " + goldstein);
    }
    url = url == null ? "" : url;
    Objects.requireNonNull(file, "file");
  }
}
