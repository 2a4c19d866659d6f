package org.entente.code;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
  public java.util.Collection<Type> types() {
    return types.values();
  }

  /** The code's row, or empty for a code CAMEO does not have. */
  public Optional<Type> type(String code) {
    return Optional.ofNullable(types.get(code));
  }
}
