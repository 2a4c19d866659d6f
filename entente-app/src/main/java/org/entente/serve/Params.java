package org.entente.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.code.UnknownCountryException;

/**
 * The query parameters of one request, each read and checked where a handler asks for it: a bad
 * value is an {@link ApiException} naming the parameter; a parameter the route does not take is
 * refused, so a typo ({@code form=2015}) never silently widens the answer.
 */
final class Params {

  private static final CountryCodes CODES = CountryCodes.bundled();

  private final Map<String, List<String>> values;

  Params(Context ctx, List<String> allowed) {
    this.values = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badParameter(
            e.getKey(),
            "unknown parameter '"
                + e.getKey()
                + "': this endpoint takes "
                + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(e.getKey(), "give " + e.getKey() + " once");
      }
    }
  }

  /** The value as given, or null when absent or blank. */
  String string(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() || v.get(0).isBlank() ? null : v.get(0).strip();
  }

  String required(String name, String example) {
    String v = string(name);
    if (v == null) {
      throw ApiException.badParameter(name, "missing parameter " + name + ", e.g. " + example);
    }
    return v;
  }

  /** A state by ISO-3 code or name; an unknown one is refused with the closest names. */
  Country state(String name) {
    return state(name, required(name, name + "=CHN"));
  }

  private static Country state(String name, String text) {
    try {
      return CODES.require(text);
    } catch (UnknownCountryException e) {
      return rethrow(name, e);
    }
  }

  private static Country rethrow(String name, UnknownCountryException e) {
    throw new ApiException(
        400,
        e.getMessage(),
        name,
        e.suggestions().stream().map(c -> c.iso3() + " (" + c.name() + ")").toList());
  }

  /** Two or more states, each once: {@code b} must differ from {@code a} and so on. */
  static void different(String parameter, Country... states) {
    Set<Country> seen = new HashSet<>();
    for (Country c : states) {
      if (!seen.add(c)) {
        throw ApiException.badParameter(
            parameter, "give different states: " + c.iso3() + " is named twice");
      }
    }
  }

  /** A comma-separated list of between {@code min} and {@code max} different states. */
  List<Country> states(String name, int min, int max) {
    String text = required(name, name + "=USA,JPN,KOR,CHN,RUS,PRK");
    List<Country> states = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (part.isBlank()) {
        throw ApiException.badParameter(name, name + " has an empty entry: '" + text + "'");
      }
      states.add(state(name, part.strip()));
    }
    if (states.size() < min || states.size() > max) {
      throw ApiException.badParameter(
          name, name + " takes " + min + " to " + max + " states, not " + states.size());
    }
    different(name, states.toArray(Country[]::new));
    return states;
  }

  /** A year such as 1991, or null when absent. */
  Integer year(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(v);
      if (year >= 1 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badParameter(name, name + " takes a year such as 1991, not '" + v + "'");
  }

  /** {@code from} and {@code to} as years, refused when the range ends before it starts. */
  Integer[] years() {
    Integer from = year("from");
    Integer to = year("to");
    if (from != null && to != null && from > to) {
      throw ApiException.badParameter("to", "from " + from + " is after to " + to);
    }
    return new Integer[] {from, to};
  }

  /** A day as YYYY-MM-DD, or null when absent. */
  LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          name, name + " takes a date as YYYY-MM-DD, e.g. 2023-09-13; not '" + v + "'");
    }
  }

  /** {@code true} or {@code false}; absent is false. */
  boolean flag(String name) {
    String v = string(name);
    if (v == null || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.badParameter(name, name + " takes true or false, not '" + v + "'");
  }

  /** One of {@code choices} (case-insensitive), or {@code otherwise} when absent. */
  <T> T choice(String name, Map<String, T> choices, T otherwise) {
    String v = string(name);
    if (v == null) {
      return otherwise;
    }
    T found = choices.get(v.toLowerCase(Locale.ROOT));
    if (found == null) {
      throw ApiException.badParameter(
          name, name + " takes " + String.join(", ", choices.keySet()) + ", not '" + v + "'");
    }
    return found;
  }

  /** A whole number from {@code min} to {@code max}, or {@code otherwise} when absent. */
  int integer(String name, int min, int max, int otherwise) {
    String v = string(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badParameter(
        name, name + " takes a whole number from " + min + " to " + max + ", not '" + v + "'");
  }
}
