package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.entente.code.CameoCountryCodes;
import org.entente.code.CameoEventTypes;
import org.entente.domain.Event;

/**
 * Reads GDELT event exports, tab-separated without header: 2.0 (61 columns, GDELT Event Codebook
 * 2.0; {@code gdelt/schemas/events2.csv}) and 1.0 (57 columns, 58 with SOURCEURL from April 2013;
 * the first 35 columns are those of 2.0). Actor countries are CAMEO country codes, resolved by
 * {@link CameoCountryCodes}; QuadClass and Goldstein are the file's own, checked against CAMEO.
 *
 * <pre>{@code
 * EventFiles.read(path, new GdeltEventReader(), rejects, Progress.NONE, events::add);
 * }</pre>
 */
public final class GdeltEventReader implements EventReader {

  /** Columns of a GDELT 2.0 export line. */
  public static final int COLUMNS = 61;

  /** Columns of a GDELT 1.0 line: without, and with, SOURCEURL. */
  public static final int V1_COLUMNS = 57;

  public static final int V1_COLUMNS_WITH_URL = 58;

  private static final int ID = 0;
  private static final int SQLDATE = 1;
  private static final int ACTOR1_CODE = 5;
  private static final int ACTOR1_NAME = 6;
  private static final int ACTOR1_COUNTRY = 7;
  private static final int ACTOR2_CODE = 15;
  private static final int ACTOR2_NAME = 16;
  private static final int ACTOR2_COUNTRY = 17;
  private static final int EVENT_CODE = 26;
  private static final int ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int SOURCE_URL = 60;
  private static final int V1_SOURCE_URL = 57;

  private final CameoCountryCodes countries = CameoCountryCodes.bundled();
  private final boolean v1;

  /** A reader of GDELT 2.0 exports. */
  public GdeltEventReader() {
    this(false);
  }

  /**
   * A reader of GDELT 1.0 ({@code v1}) or 2.0 exports.
   *
   * @param v1 read GDELT 1.0's 57 or 58 columns
   */
  public GdeltEventReader(boolean v1) {
    this.v1 = v1;
  }

  @Override
  public String dataset() {
    return v1 ? "gdelt1" : "gdelt2";
  }

  @Override
  public Optional<Event> parse(String text, String file, long line, Rejects rejects) {
    String[] f = EventReader.tabs(text);
    boolean columns =
        v1 ? f.length == V1_COLUMNS || f.length == V1_COLUMNS_WITH_URL : f.length == COLUMNS;
    if (!columns) {
      rejects.add(
          new Reject(
              file,
              line,
              "",
              "",
              f.length
                  + " tab-separated columns; "
                  + (v1
                      ? "a GDELT 1.0 line has " + V1_COLUMNS + " or " + V1_COLUMNS_WITH_URL
                      : "a GDELT 2.0 export line has " + COLUMNS),
              text));
      return Optional.empty();
    }
    if (!f[ID].matches("[0-9]{1,19}")) {
      rejects.add(new Reject(file, line, "GLOBALEVENTID", f[ID], "a number", text));
      return Optional.empty();
    }
    Optional<LocalDate> date =
        EventReader.date(
            f[SQLDATE],
            DateTimeFormatter.BASIC_ISO_DATE,
            "YYYYMMDD",
            "SQLDATE",
            text,
            file,
            line,
            rejects);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Optional<CameoEventTypes.Type> type =
        EventReader.cameo(f[EVENT_CODE], "EventCode", text, file, line, rejects);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String code = f[EVENT_CODE];
    if (!f[ROOT_CODE].equals(code.substring(0, 2))) {
      rejects.add(
          new Reject(
              file,
              line,
              "EventRootCode",
              f[ROOT_CODE],
              "the first two digits of EventCode " + code,
              text));
      return Optional.empty();
    }
    if (!f[QUAD_CLASS].equals(Integer.toString(type.get().quadClass()))) {
      rejects.add(
          new Reject(
              file,
              line,
              "QuadClass",
              f[QUAD_CLASS],
              type.get().quadClass() + ", the QuadClass of CAMEO root " + f[ROOT_CODE],
              text));
      return Optional.empty();
    }
    Optional<Double> goldstein =
        EventReader.goldstein(f[GOLDSTEIN], "GoldsteinScale", text, file, line, rejects);
    if (goldstein.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Event(
            dataset(),
            f[ID],
            date.get(),
            countries.state(f[ACTOR1_COUNTRY]).orElse(null),
            actor(f[ACTOR1_CODE], f[ACTOR1_NAME]),
            countries.state(f[ACTOR2_COUNTRY]).orElse(null),
            actor(f[ACTOR2_CODE], f[ACTOR2_NAME]),
            code,
            f[ROOT_CODE],
            type.get().quadClass(),
            goldstein.get(),
            type.get().plover(),
            v1 ? (f.length == V1_COLUMNS_WITH_URL ? f[V1_SOURCE_URL] : "") : f[SOURCE_URL],
            file,
            line));
  }

  private static String actor(String code, String name) {
    if (code.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? code : code + " " + name;
  }
}
