package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.domain.Veto;
import org.junit.jupiter.api.Test;

class VetoWriterTest {

  /** Real records: a draft with a comma (line 21 of Yordan's list) and a cited addition. */
  private static final List<Veto> VETOES =
      List.of(
          new Veto(
              LocalDate.of(1947, 9, 15),
              "S/552, S/PV.202",
              "S/PV.202",
              "The Greek question concerning the situation in northern Greece",
              "Greek Civil War",
              List.of("RUS"),
              new Veto.Source("unsc_vetoes_1946_sept2022.csv.gz", 21, "")),
          new Veto(
              LocalDate.of(2024, 3, 28),
              "S/2024/255",
              "S/PV.9591",
              "Non-proliferation/Democratic People's Republic of Korea",
              "North Korea",
              List.of("RUS"),
              new Veto.Source(
                  "vetoes-2022-2025.csv",
                  11,
                  "UN press release SC/15648 https://press.un.org/en/2024/sc15648.doc.htm")));

  private static String write(Format format, List<Veto> vetoes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VetoWriter.write(format, vetoes, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasExactlyTheFiveColumnsQuotedWhereNeeded() {
    assertThat(write(Format.CSV, VETOES))
        .isEqualTo(
            "date,draft,topic,members,source\n"
                + "1947-09-15,\"S/552, S/PV.202\",Greek Civil War,RUS,unsc_vetoes_1946_sept2022.csv.gz:21\n"
                + "2024-03-28,S/2024/255,North Korea,RUS,vetoes-2022-2025.csv:11; UN press release"
                + " SC/15648 https://press.un.org/en/2024/sc15648.doc.htm\n");
  }

  @Test
  void jsonLinesHaveOneVetoPerLineWithTheSourceApart() {
    List<String> lines = write(Format.JSONL, VETOES).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .isEqualTo(
            "{\"date\":\"2024-03-28\",\"draft\":\"S/2024/255\",\"meeting_record\":\"S/PV.9591\","
                + "\"agenda_item\":\"Non-proliferation/Democratic People's Republic of Korea\","
                + "\"topic\":\"North Korea\",\"members\":[\"RUS\"],"
                + "\"source\":\"vetoes-2022-2025.csv:11; UN press release SC/15648"
                + " https://press.un.org/en/2024/sc15648.doc.htm\","
                + "\"source_file\":\"vetoes-2022-2025.csv\",\"source_line\":11,"
                + "\"citation\":\"UN press release SC/15648"
                + " https://press.un.org/en/2024/sc15648.doc.htm\"}");
  }

  @Test
  void jsonIsAnArrayOfTheSameObjects() {
    String json = write(Format.JSON, VETOES);
    assertThat(json).startsWith("[\n{\"date\":\"1947-09-15\"").endsWith("\"}\n]\n");
    assertThat(json.lines()).hasSize(4);
    assertThat(write(Format.JSON, List.of())).isEqualTo("[\n]\n");
  }

  @Test
  void tableCutsLongDraftsAndShowsFileAndLine() {
    Veto amendment =
        new Veto(
            LocalDate.of(2025, 2, 24),
            "amendment to the United States draft adopted as resolution 2774 (2025)",
            "S/PV.9866",
            "",
            "Ukraine",
            List.of("RUS"),
            new Veto.Source("vetoes-2022-2025.csv", 16, "GA/12677"));
    String table = VetoTable.render("Heading: 1", List.of(amendment), List.of("A note."));
    assertThat(table)
        .isEqualTo(
            "Heading: 1\n\n"
                + "date        members  draft                             topic    source\n"
                + "2025-02-24  RUS      amendment to the United States …  Ukraine  vetoes-2022-2025.csv:16\n"
                + "\nA note.\n");
  }
}
