package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO event codes with Goldstein weight, QuadClass and PLOVER type and mode, from the
 * explicit table {@code cameo-event-types.csv} (its header gives sources and decisions). A dataset
 * that lacks a column takes it from here; a code not in the table is not a CAMEO code.
 *
 * <pre>{@code
 * CameoEventTypes.bundled().type("042"); // Optional[Type[code=042, ..., plover=CONSULT, ploverMode=visit, ...]]
 * }</pre>
 */
public final class CameoEventTypes {

  /**
   * One code's row. {@code plover} is null where PLOVER has no type; {@code ploverMode} and {@code
   * ploverContext} are empty where CAMEO2PLOVER gives none.
   */
  public record Type(
      String code,
      double goldstein,
      int quadClass,
      String plover,
      String ploverMode,
      String ploverContext,
      String name) {

    public Type {
      ploverMode = ploverMode == null ? "" : ploverMode;
      ploverContext = ploverContext == null ? "" : ploverContext;
    }

    /** A row without PLOVER mode or context. */
    public Type(String code, double goldstein, int quadClass, String plover, String name) {
      this(code, goldstein, quadClass, plover, "", "", name);
    }
  }

  private static volatile CameoEventTypes bundled;

  private final Map<String, Type> types;
  private volatile List<Type> general;

  private CameoEventTypes(Map<String, Type> types) {
    this.types = Map.copyOf(types);
  }

  /** The table shipped with Entente. */
  public static CameoEventTypes bundled() {
    if (bundled == null) {
      bundled =
          CodeTable.bundled(
              "cameo-event-types.csv",
              in -> {
                Map<String, Type> types = new HashMap<>();
                try (CsvReader<NamedCsvRecord> csv = CodeTable.rows(in)) {
                  for (NamedCsvRecord r : csv) {
                    String plover = r.getField("plover");
                    types.put(
                        r.getField("code"),
                        new Type(
                            r.getField("code"),
                            Double.parseDouble(r.getField("goldstein")),
                            Integer.parseInt(r.getField("quad_class")),
                            plover.isEmpty() ? null : plover,
                            r.getField("plover_mode"),
                            r.getField("plover_context"),
                            r.getField("name")));
                  }
                }
                return new CameoEventTypes(types);
              });
    }
    return bundled;
  }

  /** Every code's row. */
  public Collection<Type> types() {
    return types.values();
  }

  /** The code's row, or empty for a code CAMEO does not have. */
  public Optional<Type> type(String code) {
    return Optional.ofNullable(types.get(code));
  }

  /**
   * PLOVER's quad category of each event type, as 1–4 like {@link Type#quadClass}: the "Quad
   * category" subsection of each type in the PLOVER manual (draft 0.8, 2021).
   */
  static final Map<String, Integer> PLOVER_QUAD =
      Map.ofEntries(
          Map.entry("AGREE", 1),
          Map.entry("CONSULT", 1),
          Map.entry("SUPPORT", 1),
          Map.entry("CONCEDE", 1),
          Map.entry("COOPERATE", 2),
          Map.entry("AID", 2),
          Map.entry("RETREAT", 2),
          Map.entry("REQUEST", 3),
          Map.entry("ACCUSE", 3),
          Map.entry("REJECT", 3),
          Map.entry("THREATEN", 3),
          Map.entry("PROTEST", 4),
          Map.entry("SANCTION", 4),
          Map.entry("MOBILIZE", 4),
          Map.entry("COERCE", 4),
          Map.entry("ASSAULT", 4));

  /** The sixteen PLOVER event types. */
  public static Set<String> ploverTypes() {
    return PLOVER_QUAD.keySet();
  }

  /**
   * A representative CAMEO code for a PLOVER type and mode, for data coded in PLOVER only
   * (POLECAT): CAMEO2PLOVER read backwards. Among the three- and four-digit codes of that type and
   * mode, the most general (shortest, then lowest); without one (no mode, or a mode the 2021 table
   * lacks), the most general code of the type without a mode; without that, of the type. At each
   * step a code whose QuadClass is PLOVER's quad category for the type comes first, so ACCUSE
   * without a mode is 110 (disapprove, verbal conflict), not 090 (investigate, which CAMEO counts
   * as material cooperation).
   *
   * <pre>{@code
   * types.representative("CONSULT", "visit"); // Optional[Type[code=042, ...]]
   * types.representative("ASSAULT", "drone"); // Optional[Type[code=180, ...]]: no such mode in 2021
   * }</pre>
   *
   * @return empty for a type PLOVER does not have
   */
  public Optional<Type> representative(String plover, String mode) {
    Integer quad = PLOVER_QUAD.get(plover);
    if (quad == null) {
      return Optional.empty();
    }
    String m = mode == null ? "" : mode;
    Type best = null;
    for (int step = 0; step < 3 && best == null; step++) {
      for (Type t : general()) {
        boolean candidate =
            plover.equals(t.plover())
                && switch (step) {
                  case 0 -> !m.isEmpty() && m.equals(t.ploverMode());
                  case 1 -> t.ploverMode().isEmpty();
                  default -> true;
                };
        if (candidate && (best == null || better(t, best, quad))) {
          best = t;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean better(Type t, Type best, int quad) {
    boolean fits = t.quadClass() == quad;
    if (fits != (best.quadClass() == quad)) {
      return fits;
    }
    return t.code().length() != best.code().length()
        ? t.code().length() < best.code().length()
        : t.code().compareTo(best.code()) < 0;
  }

  /** Three- and four-digit codes: the root codes (two digits) are categories, not events. */
  private List<Type> general() {
    List<Type> list = general;
    if (list == null) {
      list = types.values().stream().filter(t -> t.code().length() >= 3).toList();
      general = list;
    }
    return list;
  }
}
