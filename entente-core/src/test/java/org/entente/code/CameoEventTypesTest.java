package org.entente.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.entente.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER columns of {@code cameo-event-types.csv} against the conversion table they come from
 * ({@code fixtures/plover/CAMEO2PLOVER-2021.txt}), read here with a parser of the test's own.
 */
class CameoEventTypesTest {

  /** The two decisions of DESIGN.md that the 2021 table lacks: a type without mode or context. */
  private static final Set<String> DECIDED = Set.of("016", "02");

  @Test
  void modesAndContextsAreThoseOfTheCodesOwnRow() throws Exception {
    Map<String, String[]> table = conversionTable();
    int withMode = 0;
    for (CameoEventTypes.Type t : CameoEventTypes.bundled().types()) {
      String[] row = table.get(t.code());
      if (row == null) {
        assertThat(t.ploverMode()).as(t.code()).isEmpty();
        assertThat(t.ploverContext()).as(t.code()).isEmpty();
        boolean decided = DECIDED.stream().anyMatch(t.code()::startsWith);
        assertThat(t.plover() == null || decided).as(t.code() + " without a row").isTrue();
        continue;
      }
      assertThat(t.plover()).as(t.code()).isEqualTo(row[0]);
      assertThat(t.ploverMode()).as(t.code()).isEqualTo(row[1]);
      assertThat(t.ploverContext()).as(t.code()).isEqualTo(row[2]);
      withMode += t.ploverMode().isEmpty() ? 0 : 1;
    }
    assertThat(withMode).as("codes with a mode").isEqualTo(180);
  }

  @Test
  void literalRows() {
    CameoEventTypes types = CameoEventTypes.bundled();
    assertThat(types.type("042").orElseThrow().ploverMode()).isEqualTo("visit");
    assertThat(types.type("041").orElseThrow().ploverMode()).isEqualTo("phone");
    CameoEventTypes.Type accuse = types.type("1121").orElseThrow();
    assertThat(accuse.plover()).isEqualTo("ACCUSE");
    assertThat(accuse.ploverMode()).isEqualTo("allege");
    assertThat(accuse.ploverContext()).isEqualTo("crime;corruption");
    assertThat(types.type("0861").orElseThrow().ploverMode()).isEqualTo("access");
    assertThat(types.type("0231").orElseThrow().ploverMode()).isEmpty();
    assertThat(types.type("010").orElseThrow().ploverMode()).isEmpty();
  }

  /** Code → {type, mode, context} of each {@code code: TYPE, MODE, CONTEXT # comment} row. */
  private static Map<String, String[]> conversionTable() throws Exception {
    Map<String, String[]> rows = new HashMap<>();
    for (String line :
        Files.readAllLines(Fixtures.path("plover/CAMEO2PLOVER-2021.txt"), StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (line.isEmpty() || !Character.isDigit(line.charAt(0)) || colon < 0) {
        continue;
      }
      int hash = line.indexOf('#');
      String body = hash < 0 ? line.substring(colon + 1) : line.substring(colon + 1, hash);
      String[] parts = body.split(",", -1);
      String type = parts[0].trim();
      String mode = parts.length > 1 ? parts[1].trim() : "";
      String context = parts.length > 2 ? parts[2].trim().replaceAll("\\s*;\\s*", ";") : "";
      rows.put(line.substring(0, colon), new String[] {type, mode, context});
    }
    return rows;
  }
}
