package org.entente.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.code.ActorDictionary;
import org.entente.code.CameoEventTypes;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;

/**
 * Reads POLECAT event files as published on Harvard Dataverse (doi:10.7910/DVN/AJGVIT): 40
 * tab-separated columns with a header ({@code Event ID, Event Date, Event Type, Event Mode, Event
 * Intensity, Quad Code, Contexts, Actor Name, Actor Country, …, Language, Version}). No POLECAT
 * file was available to Entente: the columns are those of the header line as quoted by public code
 * that reads the Dataverse files (the fifth is {@code Intensity} in some releases), the values as
 * the PLOVER manual (draft 0.8, 2021) and Halterman et al. (2023), "PLOVER and POLECAT: A New
 * Political Event Ontology and Dataset", describe them; A. Beger's notes on POLECAT (andybeger.com,
 * 2024-05-21) report files with stray tabs and header lines with extra names.
 *
 * <p>Events are PLOVER-coded. The type and mode are kept; the CAMEO code that Entente's counts need
 * is {@link CameoEventTypes#representative} of them, and QuadClass and Goldstein weight are that
 * code's, so POLECAT counts sit beside GDELT's and ICEWS's on the same scale (POLECAT's own Quad
 * Code and Intensity are not used). A line with other than 40 columns is a reject (a stray tab
 * moves every later field); a header line, whatever its length, is skipped. Countries are ISO-3
 * codes; an actor with several (a compound actor) or none resolves to no state, except a person the
 * PETRARCH2 dictionaries know for the date.
 */
public final class PolecatEventReader implements EventReader {

  /** Columns of a POLECAT line. */
  public static final int COLUMNS = 40;

  /** The header's first and third fields, by which {@code auto} recognises the format. */
  public static final String FIRST_HEADER = "Event ID";

  public static final String THIRD_HEADER = "Event Type";

  private static final int ID = 0;
  private static final int DATE = 1;
  private static final int TYPE = 2;
  private static final int MODE = 3;
  private static final int ACTOR_NAME = 7;
  private static final int ACTOR_COUNTRY = 8;
  private static final int ACTOR_SECTOR = 10;
  private static final int ACTOR_NAME_RAW = 13;
  private static final int RECIPIENT_NAME = 15;
  private static final int RECIPIENT_COUNTRY = 16;
  private static final int RECIPIENT_SECTOR = 18;
  private static final int RECIPIENT_NAME_RAW = 21;
  private static final int PLACENAME = 23;
  private static final int LATITUDE = 28;
  private static final int LONGITUDE = 29;

  private static final int MODES_CACHED = 256;

  private final CountryCodes codes;
  private final CameoEventTypes types = CameoEventTypes.bundled();
  private final Map<String, Optional<String>> states = new HashMap<>();
  private final Map<String, Map<String, Optional<CameoEventTypes.Type>>> cameo = new HashMap<>();

  public PolecatEventReader(CountryCodes codes) {
    this.codes = codes;
  }

  @Override
  public String dataset() {
    return "polecat";
  }

  @Override
  public Optional<Event> parse(TabLine line, Rejects rejects) {
    if (line.is(ID, FIRST_HEADER)) {
      return Optional.empty();
    }
    if (line.fields() != COLUMNS) {
      EventReader.reject(
          line,
          "",
          "",
          line.fields()
              + " tab-separated columns; a POLECAT line has "
              + COLUMNS
              + " (a stray tab in a field shifts the rest)",
          rejects);
      return Optional.empty();
    }
    String id = line.field(ID);
    if (id.isBlank()) {
      EventReader.reject(line, "Event ID", id, "an event id", rejects);
      return Optional.empty();
    }
    Optional<LocalDate> date = EventReader.isoDate(line, DATE, "Event Date", rejects);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String plover = line.field(TYPE).trim().toUpperCase(Locale.ROOT);
    String mode = missing(line.field(MODE)) ? "" : line.field(MODE).trim().toLowerCase(Locale.ROOT);
    Optional<CameoEventTypes.Type> type = cameo(plover, mode);
    if (type.isEmpty()) {
      EventReader.reject(
          line,
          "Event Type",
          line.field(TYPE),
          "a PLOVER event type (" + String.join(", ", CameoEventTypes.ploverTypes()) + ")",
          rejects);
      return Optional.empty();
    }
    String code = type.get().code();
    return Optional.of(
        new Event(
            dataset(),
            id,
            date.get(),
            DatePrecision.DAY,
            actor(line, ACTOR_NAME, ACTOR_NAME_RAW, ACTOR_COUNTRY, ACTOR_SECTOR, date.get()),
            actor(
                line,
                RECIPIENT_NAME,
                RECIPIENT_NAME_RAW,
                RECIPIENT_COUNTRY,
                RECIPIENT_SECTOR,
                date.get()),
            code,
            code.substring(0, 2),
            type.get().quadClass(),
            type.get().goldstein(),
            plover,
            mode,
            place(line),
            "",
            line.file(),
            line.number()));
  }

  /** The representative CAMEO type, cached by type and mode (a bounded number of modes each). */
  private Optional<CameoEventTypes.Type> cameo(String plover, String mode) {
    if (!CameoEventTypes.ploverTypes().contains(plover)) {
      return Optional.empty();
    }
    Map<String, Optional<CameoEventTypes.Type>> modes =
        cameo.computeIfAbsent(plover, p -> new HashMap<>());
    Optional<CameoEventTypes.Type> type = modes.get(mode);
    if (type == null) {
      type = types.representative(plover, mode);
      if (modes.size() < MODES_CACHED) {
        modes.put(mode, type);
      }
    }
    return type;
  }

  /** POLECAT writes {@code None} for a missing value. */
  private static boolean missing(String value) {
    return value.isBlank() || value.equals("None");
  }

  private EventActor actor(
      TabLine line, int name, int raw, int country, int sector, LocalDate date) {
    String written = missing(line.field(name)) ? line.field(raw) : line.field(name);
    written = missing(written) ? "" : written;
    String c = line.field(country);
    String state;
    if (missing(c)) {
      state =
          ActorDictionary.bundled()
              .resolvePerson(written, date)
              .map(ActorDictionary.Actor::state)
              .orElse(null);
    } else {
      state = states.computeIfAbsent(c, this::single).orElse(null);
    }
    String s = line.field(sector);
    return new EventActor(state, written, missing(s) ? "" : s);
  }

  /** One ISO-3 code (or state name) → its state; several, as a compound actor has, → none. */
  private Optional<String> single(String countries) {
    if (countries.indexOf(';') >= 0 || countries.indexOf(',') >= 0) {
      return Optional.empty();
    }
    return codes.lookup(countries.trim()).map(Country::iso3);
  }

  private static EventPlace place(TabLine line) {
    if (missing(line.field(PLACENAME))) {
      return EventPlace.NONE;
    }
    return new EventPlace(
        line.field(PLACENAME),
        EventReader.coordinate(line, LATITUDE),
        EventReader.coordinate(line, LONGITUDE));
  }
}
