package org.entente.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One machine-coded event, the same for every dataset (GDELT 1.0 and 2.0, ICEWS, POLECAT): who did
 * what to whom on which day, coded in CAMEO and PLOVER, with the evidence it comes from.
 *
 * @param dataset {@code gdelt1}, {@code gdelt2}, {@code icews} or {@code polecat}
 * @param id the dataset's own event id (GDELT GLOBALEVENTID, ICEWS Event ID): duplicates share it
 * @param date the day of the event; for a coarser {@code precision}, the first day of its period
 * @param precision how much of the date the source gives
 * @param source who acted
 * @param target on whom
 * @param cameo CAMEO event code, two to four digits
 * @param root CAMEO root code, its first two digits
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein weight, -10 .. +10
 * @param plover PLOVER event type, or null where PLOVER has none
 * @param ploverMode PLOVER mode, or empty
 * @param place where it happened
 * @param url the source URL or story id
 * @param file the file the event was read from
 * @param line its 1-based line there
 */
public record Event(
    String dataset,
    String id,
    LocalDate date,
    DatePrecision precision,
    EventActor source,
    EventActor target,
    String cameo,
    String root,
    int quadClass,
    double goldstein,
    String plover,
    String ploverMode,
    EventPlace place,
    String url,
    String file,
    long line) {

  public Event {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    if (!isCameoCode(cameo)) {
      throw new IllegalArgumentException("cameo must be 2 to 4 digits, was '" + cameo + "'");
    }
    Objects.requireNonNull(root, "root");
    if (root.length() != 2 || !cameo.startsWith(root)) {
      throw new IllegalArgumentException("root must be the first two digits of " + cameo);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quadClass must be 1 to 4, was " + quadClass);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("goldstein must be -10 .. 10, was " + goldstein);
    }
    ploverMode = ploverMode == null ? "" : ploverMode;
    place = place == null ? EventPlace.NONE : place;
    url = url == null ? "" : url;
    Objects.requireNonNull(file, "file");
  }

  /** ISO-3 of the source actor's state, or null. */
  public String sourceState() {
    return source.state();
  }

  /** ISO-3 of the target actor's state, or null. */
  public String targetState() {
    return target.state();
  }

  // A loop, not a regular expression: this runs for every one of millions of rows.
  private static boolean isCameoCode(String code) {
    if (code.length() < 2 || code.length() > 4) {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
