package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.analyze.NameMatch;
import org.entente.analyze.SanctionsCatalog;
import org.entente.code.SanctionsPrograms;
import org.entente.domain.SanctionsList;
import org.entente.store.SanctionsQueries;
import org.junit.jupiter.api.Test;

class SanctionsWriterTest {

  private static final SanctionsQueries.Entry KIM =
      new SanctionsQueries.Entry(
          SanctionsList.OFAC,
          "20157",
          "individual",
          "KIM, Jong Un",
          null,
          List.of("DPRK3"),
          List.of(),
          null,
          "sdn.csv",
          4157,
          "",
          LocalDate.of(2024, 5, 3));

  private static final SanctionsCatalog.Designated DESIGNATED =
      new SanctionsCatalog(List.of(KIM), SanctionsPrograms.bundled()).entries(null, null).get(0);

  private static String write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SanctionsWriter.matches(
        format,
        List.of(new NameMatch(0.93456, "KIM, Jong Un", "name", DESIGNATED)),
        List.of("Note."),
        out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void matchesAsCsvHaveExactlyTheDocumentedColumns() {
    assertThat(write(Format.CSV))
        .isEqualTo(
            "score,name,list,program,type,listed_on,entry_id\n"
                + "0.935,\"KIM, Jong Un\",OFAC,DPRK3,individual,,20157\n");
  }

  @Test
  void jsonHasTypedValuesNullsAndTheEvidence() {
    assertThat(write(Format.JSONL))
        .isEqualTo(
            "{\"score\":0.935,\"name\":\"KIM, Jong Un\",\"list\":\"OFAC\",\"program\":\"DPRK3\","
                + "\"type\":\"individual\",\"listed_on\":null,\"entry_id\":\"20157\","
                + "\"matched\":\"KIM, Jong Un\",\"matched_kind\":\"name\",\"source\":\"sdn.csv:4157\"}\n");
    assertThat(write(Format.JSON)).startsWith("[\n{\"score\":0.935,").endsWith("}\n]\n");
  }

  @Test
  void onlyTablesCarryTheNotes() {
    assertThat(write(Format.TABLE)).endsWith("\nNote.\n").startsWith("score  name");
    assertThat(write(Format.CSV)).doesNotContain("Note.");
  }

  @Test
  void nothingIsWrittenForNoRows() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SanctionsWriter.matches(Format.CSV, List.of(), List.of(), out);
    assertThat(out.size()).isZero();
  }
}
