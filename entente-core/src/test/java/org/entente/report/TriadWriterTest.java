package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.Estimate;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.TriadPeriod;
import org.junit.jupiter.api.Test;

/**
 * The triad's columns on hand-computed cases of USA–CHN–RUS: a stable marriage claimed at p =
 * Φ(3)·Φ(4)·Φ(1.2) = 0.8837 although the CHN–RUS tie alone is signed 0; the same shape left
 * undetermined at Φ(3)·Φ(4)·Φ(0.5) = 0.6905 with its most likely type beside; no probability where
 * a pair has no estimate.
 */
class TriadWriterTest {

  private static final List<TriadPeriod> PERIODS =
      TriadPeriod.of(
          "USA",
          "CHN",
          "RUS",
          List.of(
              relation("USA", "CHN", "2019", new Estimate(-0.3, 0.1), new Estimate(-0.4, 0.1)),
              relation("USA", "CHN", "2020", new Estimate(-0.3, 0.1), Estimate.UNKNOWN),
              relation("USA", "CHN", "2021", Estimate.UNKNOWN, Estimate.UNKNOWN)),
          List.of(
              relation("USA", "RUS", "2019", new Estimate(-0.2, 0.05), Estimate.UNKNOWN),
              relation("USA", "RUS", "2020", new Estimate(-0.2, 0.05), Estimate.UNKNOWN),
              relation("USA", "RUS", "2021", new Estimate(-0.2, 0.05), Estimate.UNKNOWN)),
          List.of(
              relation("CHN", "RUS", "2019", new Estimate(0.12, 0.1), Estimate.UNKNOWN),
              relation("CHN", "RUS", "2020", new Estimate(0.05, 0.1), Estimate.UNKNOWN),
              relation("CHN", "RUS", "2021", new Estimate(0.05, 0.1), Estimate.UNKNOWN)));

  private static DyadRelation relation(
      String a, String b, String period, Estimate relations, Estimate alignment) {
    List<RelationPart> parts = new ArrayList<>();
    for (RelationComponent c : RelationComponent.values()) {
      parts.add(new RelationPart(c, Double.NaN, true, "none", List.of()));
    }
    return new DyadRelation(
        a,
        b,
        period,
        relations,
        alignment,
        relations.sign(),
        0,
        Double.NaN,
        0,
        List.of("un-votes"),
        parts);
  }

  private static String write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TriadWriter.triads(format, PERIODS, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasTheTypeItsProbabilityTheMostLikelyTypeAndEachPairsIntervals() {
    List<CsvRecord> csv = CsvReader.builder().ofCsvRecord(write(Format.CSV)).stream().toList();
    assertThat(String.join(",", csv.get(0).getFields()))
        .isEqualTo(
            "period,type,p_type,most_likely,roles,balanced,sign_ab,sign_ac,sign_bc,"
                + "index_ab,index_ab_lo,index_ab_hi,index_ac,index_ac_lo,index_ac_hi,"
                + "index_bc,index_bc_lo,index_bc_hi,alignment_ab,alignment_ab_lo,alignment_ab_hi,"
                + "alignment_ac,alignment_ac_lo,alignment_ac_hi,alignment_bc,alignment_bc_lo,"
                + "alignment_bc_hi");
    List<String> claimed = csv.get(1).getFields();
    assertThat(claimed.subList(0, 2)).containsExactly("2019", "stable_marriage");
    assertThat(Double.parseDouble(claimed.get(2))).isCloseTo(0.883707775059, within(1e-9));
    assertThat(claimed.subList(3, 9))
        .containsExactly("stable_marriage", "partners=CHN,RUS;pariah=USA", "true", "-", "-", "0");
    assertThat(claimed.subList(9, 18))
        .containsExactly(
            "-0.300000000000",
            "-0.428155156554",
            "-0.171844843446",
            "-0.200000000000",
            "-0.264077578277",
            "-0.135922421723",
            "0.120000000000",
            "-0.008155156554",
            "0.248155156554");
    assertThat(claimed.subList(18, 27))
        .containsExactly(
            "-0.400000000000", "-0.528155156554", "-0.271844843446", "", "", "", "", "", "");

    List<String> uncertain = csv.get(2).getFields();
    assertThat(uncertain.subList(0, 2)).containsExactly("2020", "undetermined");
    assertThat(Double.parseDouble(uncertain.get(2))).isCloseTo(0.690507187546, within(1e-9));
    assertThat(uncertain.subList(3, 6))
        .containsExactly("stable_marriage", "partners=CHN,RUS;pariah=USA", "");

    List<String> unknown = csv.get(3).getFields();
    assertThat(unknown.subList(0, 9))
        .containsExactly("2021", "undetermined", "", "", "", "", "?", "-", "0");
  }

  @Test
  void jsonHasNullWhereAPairHasNoEstimate() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(write(Format.JSON));
    assertThat(rows.get(0).get("p_type").asDouble()).isCloseTo(0.8837, within(1e-4));
    assertThat(rows.get(0).get("alignment_ab_lo").asDouble()).isEqualTo(-0.528155156554);
    assertThat(rows.get(2).get("p_type").isNull()).isTrue();
    assertThat(rows.get(2).get("index_ab").isNull()).isTrue();
    assertThat(rows.get(2).get("most_likely").asText()).isEmpty();
  }

  @Test
  void aTableShowsEachPairsSignIndexAndIntervalInOneCell() {
    List<String> lines = write(Format.TABLE).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "period  type             p_type  most_likely      roles                        "
                + "balanced  ab                         ac                         "
                + "bc                       alignment_ab             alignment_ac  alignment_bc");
    assertThat(lines.get(1))
        .startsWith(
            "2019    stable_marriage  0.88    stable_marriage  partners=CHN,RUS;pariah=USA  true"
                + "      - -0.300 [-0.428, -0.172]  - -0.200 [-0.264, -0.136]  0 0.120 [-0.008, 0.248]"
                + "  -0.400 [-0.528, -0.272]");
    assertThat(lines.get(2)).startsWith("2020    undetermined     0.69    stable_marriage");
    assertThat(lines.get(3)).startsWith("2021    undetermined                                  ");
  }
}
