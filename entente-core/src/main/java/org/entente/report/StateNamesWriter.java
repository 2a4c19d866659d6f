package org.entente.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.entente.code.Country;
import org.entente.code.CountryCodes;
import org.entente.report.brief.BriefingLanguage;
import org.entente.report.brief.BriefingText;

/**
 * Every state's code with its English and Japanese short names, as the briefings write them, so
 * that the web pages name states in the page's language with the same words:
 *
 * <pre>{@code
 * [{"code":"CHN","en":"China","ja":"中国"}, …]
 * }</pre>
 */
public final class StateNamesWriter {

  private StateNamesWriter() {}

  public static void json(CountryCodes codes, OutputStream out) throws IOException {
    BriefingText english = new BriefingText(BriefingLanguage.EN);
    BriefingText japanese = new BriefingText(BriefingLanguage.JA);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartArray();
      for (Country c : codes.countries()) {
        json.writeStartObject();
        json.writeStringField("code", c.iso3());
        json.writeStringField("en", english.state(c.iso3()));
        json.writeStringField("ja", japanese.state(c.iso3()));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    out.write('\n');
  }
}
