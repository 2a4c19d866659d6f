package org.entente.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.code.ActorDictionary;
import org.entente.code.CameoCountryCodes;
import org.entente.code.CameoEventTypes;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;

/**
 * Reads GDELT event exports, tab-separated without header: 2.0 (61 columns, GDELT Event Codebook
 * 2.0; {@code gdelt/schemas/events2.csv}) and 1.0 (57 columns, 58 with SOURCEURL from April 2013;
 * the first 35 columns are those of 2.0). Actor countries are CAMEO country codes, resolved by
 * {@link CameoCountryCodes}, or, where a row has none, the actor's name through the PETRARCH2
 * dictionaries for the event's date ({@link ActorDictionary}); QuadClass and Goldstein are the
 * file's own, checked against CAMEO. The place is ActionGeo, where the event happened; an actor's
 * sector is its Type1Code.
 *
 * <pre>{@code
 * new GdeltEventReader().parse(TabLine.of(text, "export.CSV", 1), rejects);
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
  private static final int ACTOR1_TYPE = 12;
  private static final int ACTOR2_CODE = 15;
  private static final int ACTOR2_NAME = 16;
  private static final int ACTOR2_COUNTRY = 17;
  private static final int ACTOR2_TYPE = 22;
  private static final int EVENT_CODE = 26;
  private static final int ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int ACTION_GEO_NAME = 52;
  private static final int ACTION_GEO_LAT = 56;
  private static final int ACTION_GEO_LONG = 57;
  private static final int SOURCE_URL = 60;
  // GDELT 1.0 has no ADM2Code in its three geography blocks, so its later columns sit earlier.
  private static final int V1_ACTION_GEO_NAME = 50;
  private static final int V1_ACTION_GEO_LAT = 53;
  private static final int V1_ACTION_GEO_LONG = 54;
  private static final int V1_SOURCE_URL = 57;

  /**
   * The fields of a 2.0 line that become an event, by their codebook names, in field order: what
   * {@link NarrowFile} copies for the bulk import, which checks them in SQL by the rules of {@link
   * #parse} and names its rejects with the texts below.
   */
  public static final List<String> KEPT =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1Type1Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2Type1Code",
          "EventCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "ActionGeo_FullName",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "SOURCEURL");

  /** The fields of {@link #KEPT}, 0-based. */
  public static final int[] KEPT_FIELDS = {
    ID,
    SQLDATE,
    ACTOR1_CODE,
    ACTOR1_NAME,
    ACTOR1_COUNTRY,
    ACTOR1_TYPE,
    ACTOR2_CODE,
    ACTOR2_NAME,
    ACTOR2_COUNTRY,
    ACTOR2_TYPE,
    EVENT_CODE,
    ROOT_CODE,
    QUAD_CLASS,
    GOLDSTEIN,
    ACTION_GEO_NAME,
    ACTION_GEO_LAT,
    ACTION_GEO_LONG,
    SOURCE_URL
  };

  /** What a GLOBALEVENTID must be. */
  public static final String EXPECTED_ID = "a number";

  /** What EventRootCode must be. */
  public static String expectedRoot(String code) {
    return "the first two digits of EventCode " + code;
  }

  /** What QuadClass must be. */
  public static String expectedQuad(int quad, String root) {
    return quad + ", the QuadClass of CAMEO root " + root;
  }

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
  public Optional<Event> parse(TabLine line, Rejects rejects) {
    int n = line.fields();
    boolean columns = v1 ? n == V1_COLUMNS || n == V1_COLUMNS_WITH_URL : n == COLUMNS;
    if (!columns) {
      EventReader.reject(
          line,
          "",
          "",
          n
              + " tab-separated columns; "
              + (v1
                  ? "a GDELT 1.0 line has " + V1_COLUMNS + " or " + V1_COLUMNS_WITH_URL
                  : "a GDELT 2.0 export line has " + COLUMNS),
          rejects);
      return Optional.empty();
    }
    if (line.digits(ID) < 0) {
      EventReader.reject(line, "GLOBALEVENTID", line.field(ID), EXPECTED_ID, rejects);
      return Optional.empty();
    }
    Optional<LocalDate> date = EventReader.basicDate(line, SQLDATE, "SQLDATE", rejects);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Optional<CameoEventTypes.Type> type = EventReader.cameo(line, EVENT_CODE, "EventCode", rejects);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    String code = type.get().code();
    String root = code.substring(0, 2);
    if (!line.is(ROOT_CODE, root)) {
      EventReader.reject(line, "EventRootCode", line.field(ROOT_CODE), expectedRoot(code), rejects);
      return Optional.empty();
    }
    int quad = type.get().quadClass();
    if (line.digits(QUAD_CLASS) != quad) {
      EventReader.reject(
          line, "QuadClass", line.field(QUAD_CLASS), expectedQuad(quad, root), rejects);
      return Optional.empty();
    }
    Optional<Double> goldstein = EventReader.goldstein(line, GOLDSTEIN, "GoldsteinScale", rejects);
    if (goldstein.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Event(
            dataset(),
            line.field(ID),
            date.get(),
            DatePrecision.DAY,
            actor(line, ACTOR1_CODE, ACTOR1_NAME, ACTOR1_COUNTRY, ACTOR1_TYPE, date.get()),
            actor(line, ACTOR2_CODE, ACTOR2_NAME, ACTOR2_COUNTRY, ACTOR2_TYPE, date.get()),
            code,
            root,
            quad,
            goldstein.get(),
            type.get().plover(),
            type.get().ploverMode(),
            place(line),
            url(line),
            line.file(),
            line.number()));
  }

  /** Without a country code, a person's or office's name resolves through the dictionaries. */
  private EventActor actor(
      TabLine line, int code, int name, int country, int type, LocalDate date) {
    String state = line.isEmpty(country) ? null : countries.state(line.field(country)).orElse(null);
    String c = line.field(code);
    String n = line.field(name);
    String written = c.isEmpty() ? n : n.isEmpty() ? c : c + " " + n;
    String sector = line.field(type);
    if (line.isEmpty(country) && !n.isEmpty()) {
      ActorDictionary.Actor known = ActorDictionary.bundled().resolvePerson(n, date).orElse(null);
      if (known != null && known.state() != null) {
        state = known.state();
        sector = sector.isEmpty() ? known.sector() : sector;
      }
    }
    return new EventActor(state, written, sector);
  }

  private EventPlace place(TabLine line) {
    int name = v1 ? V1_ACTION_GEO_NAME : ACTION_GEO_NAME;
    if (line.isEmpty(name)) {
      return EventPlace.NONE;
    }
    return new EventPlace(
        line.field(name),
        EventReader.coordinate(line, v1 ? V1_ACTION_GEO_LAT : ACTION_GEO_LAT),
        EventReader.coordinate(line, v1 ? V1_ACTION_GEO_LONG : ACTION_GEO_LONG));
  }

  private String url(TabLine line) {
    if (!v1) {
      return line.field(SOURCE_URL);
    }
    return line.fields() == V1_COLUMNS_WITH_URL ? line.field(V1_SOURCE_URL) : "";
  }
}
