package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.domain.DatePrecision;
import org.entente.domain.Event;
import org.entente.domain.EventActor;
import org.entente.domain.EventPlace;
import org.junit.jupiter.api.Test;

/**
 * Issue 25, case 5: a GDELT actor name {@code EVIL\e]0;PWNED\a\e[2J} set the terminal's title and
 * cleared the screen when {@code events --list} showed it. Tables are inert; JSON and CSV keep the
 * exact value.
 */
class TerminalTextTest {

  private static final String HOSTILE = "EVIL\u001b]0;PWNED\u0007\u001b[2J\u009b31m\u007f\r";

  /** The line of the ICEWS sample EventWriterTest shows, with a hostile source actor name. */
  private static final List<Event> EVENTS =
      List.of(
          new Event(
              "gdelt",
              "1145",
              LocalDate.of(2018, 6, 1),
              DatePrecision.DAY,
              new EventActor("USA", HOSTILE, ""),
              new EventActor("PRK", "North Korea", ""),
              "046",
              "04",
              1,
              7.0,
              "CONSULT",
              "",
              new EventPlace("Pyongyang", 39.0339, 125.754),
              "https://example.org/\u001b[2J",
              "hostile.CSV",
              2));

  private static final Map<String, String> SENTENCES =
      Map.of("1145", "The leaders met.\u0007\u001b]0;PWNED\u0007");

  @Test
  void everyControlCharacterButTabAndLineFeedBecomesOneVisibleCharacter() {
    assertThat(TerminalText.inert(HOSTILE)).isEqualTo("EVIL␛]0;PWNED␇␛[2J\ufffd31m␡␍");
    assertThat(TerminalText.inert("a\tb\nc")).isEqualTo("a\tb\nc");
    assertThat(TerminalText.inert("北朝鮮 🗳")).isEqualTo("北朝鮮 🗳");
    for (int c = 0; c < 0xa0; c++) {
      String shown = TerminalText.inert(String.valueOf((char) c));
      assertThat(shown).hasSize(1);
      if (c != '\t' && c != '\n') {
        assertThat(isControl(shown.charAt(0))).as("U+%04X", c).isFalse();
      }
    }
  }

  @Test
  void theEventsTableCarriesNoControlCharacterFromTheData() {
    String table = list(Format.TABLE);

    assertThat(table).contains("EVIL␛]0;PWNED␇␛[2J", "The leaders met.␇␛]0;PWNED␇");
    assertThat(table.chars().filter(c -> c != '\n' && isControl(c))).isEmpty();
    // Columns stay aligned: one picture for one control character.
    List<String> lines = table.lines().toList();
    assertThat(lines.get(1).indexOf("PRK")).isEqualTo(lines.get(0).indexOf("target"));
  }

  @Test
  void jsonAndCsvKeepTheExactValue() throws Exception {
    JsonNode json = new ObjectMapper().readTree(list(Format.JSON)).get(0);
    assertThat(json.get("source_name").asText()).isEqualTo(HOSTILE);
    assertThat(json.get("sentence").asText()).isEqualTo(SENTENCES.get("1145"));

    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(list(Format.CSV))) {
      List<CsvRecord> records = csv.stream().toList();
      int column = records.get(0).getFields().indexOf("source_name");
      assertThat(records.get(1).getField(column)).isEqualTo(HOSTILE);
    }
  }

  @Test
  void theTablesRenderedAsTextAreInertToo() {
    assertThat(
            VetoTable.render(HOSTILE, List.of(), List.of("note \u001b[2J"))
                .chars()
                .filter(c -> c != '\n' && isControl(c)))
        .isEmpty();
  }

  private static String list(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventWriter.list(format, EVENTS, SENTENCES, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
