package org.entente.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.entente.code.CameoEventTypes;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.domain.Event;

/**
 * Reads ICEWS coded event files as published on Dataverse: 20 tab-separated columns with a header
 * ({@code Event ID, Event Date, Source Name, …}). Countries are names ({@code Russian Federation},
 * {@code North Korea}) resolved with {@link CountryCodes#lookup}; a name that is no state leaves
 * the actor without one. ICEWS has no QuadClass column: it comes from the CAMEO code; its Intensity
 * is the Goldstein weight.
 */
public final class IcewsEventReader implements EventReader {

  /** Columns of an ICEWS line. */
  public static final int COLUMNS = 20;

  /** The header's first field, by which {@code auto} recognises the format. */
  public static final String FIRST_HEADER = "Event ID";

  private static final int ID = 0;
  private static final int DATE = 1;
  private static final int SOURCE_NAME = 2;
  private static final int SOURCE_COUNTRY = 4;
  private static final int CAMEO = 6;
  private static final int INTENSITY = 7;
  private static final int TARGET_NAME = 8;
  private static final int TARGET_COUNTRY = 10;
  private static final int STORY_ID = 11;

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
  public Optional<Event> parse(String text, String file, long line, Rejects rejects) {
    String[] f = EventReader.tabs(text);
    if (f.length != COLUMNS) {
      rejects.add(
          new Reject(
              file,
              line,
              "",
              "",
              f.length + " tab-separated columns; an ICEWS line has " + COLUMNS,
              text));
      return Optional.empty();
    }
    if (f[ID].equals(FIRST_HEADER)) {
      return Optional.empty();
    }
    if (f[ID].isBlank()) {
      rejects.add(new Reject(file, line, "Event ID", f[ID], "an event id", text));
      return Optional.empty();
    }
    Optional<LocalDate> date =
        EventReader.date(
            f[DATE],
            DateTimeFormatter.ISO_LOCAL_DATE,
            "YYYY-MM-DD",
            "Event Date",
            text,
            file,
            line,
            rejects);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Optional<CameoEventTypes.Type> type =
        EventReader.cameo(f[CAMEO], "CAMEO Code", text, file, line, rejects);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> goldstein =
        EventReader.goldstein(f[INTENSITY], "Intensity", text, file, line, rejects);
    if (goldstein.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Event(
            dataset(),
            f[ID],
            date.get(),
            state(f[SOURCE_COUNTRY]),
            f[SOURCE_NAME],
            state(f[TARGET_COUNTRY]),
            f[TARGET_NAME],
            f[CAMEO],
            f[CAMEO].substring(0, 2),
            type.get().quadClass(),
            goldstein.get(),
            type.get().plover(),
            "story:" + f[STORY_ID],
            file,
            line));
  }

  private String state(String country) {
    if (country.isEmpty() || country.equals("NA")) {
      return null;
    }
    return states.computeIfAbsent(country, c -> codes.lookup(c).map(Country::iso3)).orElse(null);
  }
}
