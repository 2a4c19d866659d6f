package org.entente.ingest;

import java.time.LocalDate;
import java.util.HashMap;
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
 * Reads ICEWS coded event files as published on Dataverse: 20 tab-separated columns with a header
 * ({@code Event ID, Event Date, Source Name, …}). Countries are names ({@code Russian Federation},
 * {@code North Korea}) resolved with {@link CountryCodes#lookup}; a name that is no state leaves
 * the actor without one; an actor without a country (persons of international bodies, offices)
 * resolves through the PETRARCH2 dictionaries for the event's date ({@link ActorDictionary}). ICEWS
 * has no QuadClass column: it comes from the CAMEO code; its Intensity is the Goldstein weight.
 */
public final class IcewsEventReader implements EventReader {

  /** Columns of an ICEWS line. */
  public static final int COLUMNS = 20;

  /** The header's first field, by which {@code auto} recognises the format. */
  public static final String FIRST_HEADER = "Event ID";

  private static final int ID = 0;
  private static final int DATE = 1;
  private static final int SOURCE_NAME = 2;
  private static final int SOURCE_SECTORS = 3;
  private static final int SOURCE_COUNTRY = 4;
  private static final int CAMEO = 6;
  private static final int INTENSITY = 7;
  private static final int TARGET_NAME = 8;
  private static final int TARGET_SECTORS = 9;
  private static final int TARGET_COUNTRY = 10;
  private static final int STORY_ID = 11;
  private static final int CITY = 14;
  private static final int COUNTRY = 17;
  private static final int LATITUDE = 18;
  private static final int LONGITUDE = 19;

  private final CountryCodes codes;
  private final Map<String, Optional<String>> states = new HashMap<>();

  public IcewsEventReader(CountryCodes codes) {
    this.codes = codes;
  }

  @Override
  public String dataset() {
    return "icews";
  }

  @Override
  public Optional<Event> parse(TabLine line, Rejects rejects) {
    if (line.fields() != COLUMNS) {
      EventReader.reject(
          line,
          "",
          "",
          line.fields() + " tab-separated columns; an ICEWS line has " + COLUMNS,
          rejects);
      return Optional.empty();
    }
    if (line.is(ID, FIRST_HEADER)) {
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
    Optional<CameoEventTypes.Type> type = EventReader.cameo(line, CAMEO, "CAMEO Code", rejects);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> goldstein = EventReader.goldstein(line, INTENSITY, "Intensity", rejects);
    if (goldstein.isEmpty()) {
      return Optional.empty();
    }
    String code = type.get().code();
    return Optional.of(
        new Event(
            dataset(),
            id,
            date.get(),
            DatePrecision.DAY,
            new EventActor(
                state(line.field(SOURCE_COUNTRY), line.field(SOURCE_NAME), date.get()),
                line.field(SOURCE_NAME),
                given(line, SOURCE_SECTORS)),
            new EventActor(
                state(line.field(TARGET_COUNTRY), line.field(TARGET_NAME), date.get()),
                line.field(TARGET_NAME),
                given(line, TARGET_SECTORS)),
            code,
            code.substring(0, 2),
            type.get().quadClass(),
            goldstein.get(),
            type.get().plover(),
            type.get().ploverMode(),
            place(line),
            "story:" + line.field(STORY_ID),
            line.file(),
            line.number()));
  }

  /** City, district, province and country, as many as are given, from the most local. */
  private static EventPlace place(TabLine line) {
    StringBuilder name = new StringBuilder();
    for (int i = CITY; i <= COUNTRY; i++) {
      String part = given(line, i);
      if (!part.isEmpty()) {
        name.append(name.length() == 0 ? "" : ", ").append(part);
      }
    }
    if (name.length() == 0) {
      return EventPlace.NONE;
    }
    return new EventPlace(
        name.toString(),
        EventReader.coordinate(line, LATITUDE),
        EventReader.coordinate(line, LONGITUDE));
  }

  /** Field {@code i}, or empty where ICEWS writes {@code NA} for nothing. */
  private static String given(TabLine line, int i) {
    return line.is(i, "NA") ? "" : line.field(i);
  }

  /** The country's state; without a country, a person's or office's through the dictionaries. */
  private String state(String country, String name, LocalDate date) {
    if (country.isEmpty() || country.equals("NA")) {
      return ActorDictionary.bundled()
          .resolvePerson(name, date)
          .map(ActorDictionary.Actor::state)
          .orElse(null);
    }
    return states.computeIfAbsent(country, c -> codes.lookup(c).map(Country::iso3)).orElse(null);
  }
}
