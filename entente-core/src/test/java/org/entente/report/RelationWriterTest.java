package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.analyze.DyadRelation;
import org.entente.analyze.Estimate;
import org.entente.analyze.RelationComponent;
import org.entente.analyze.RelationPart;
import org.entente.analyze.Sign;
import org.junit.jupiter.api.Test;

/**
 * The relation's columns with hand-computed intervals: mean ∓ 1.2815515655 sd (Φ⁻¹(0.9)), a sign of
 * 0 where the interval holds 0 although the mean is positive, and empty cells where the model has
 * no estimate.
 */
class RelationWriterTest {

  // index 0.12 ± 0.1: 80 % interval −0.008155156554 … 0.248155156554, holds 0: sign 0.
  // alignment 0.5 ± 0.2: 0.243689686891 … 0.756310313109.
  private static final DyadRelation UNCERTAIN =
      new DyadRelation(
          "CHN",
          "DEU",
          "2019",
          new Estimate(0.12, 0.1),
          new Estimate(0.5, 0.2),
          new Estimate(0.12, 0.1).sign(),
          0.6,
          0.25,
          0,
          List.of("un-votes", "gdelt"),
          List.of(
              part(RelationComponent.VOTES, 0.3, "κ 0.25 over 80 roll calls"),
              part(RelationComponent.EVENTS, 0.2, "mean score 1.3"),
              part(RelationComponent.ALLIANCE, Double.NaN, "no alliance"),
              part(RelationComponent.SANCTIONS, 0, "none"),
              new RelationPart(RelationComponent.JOINT_VETOES, Double.NaN, false, "", List.of())));

  // nothing in the store speaks to the pair in the period
  private static final DyadRelation NOTHING =
      new DyadRelation(
          "CHN",
          "DEU",
          "1950",
          Estimate.UNKNOWN,
          Estimate.UNKNOWN,
          Sign.UNKNOWN,
          0,
          Double.NaN,
          0,
          List.of(),
          List.of(
              part(RelationComponent.VOTES, Double.NaN, "no joint votes"),
              part(RelationComponent.EVENTS, Double.NaN, "no events"),
              part(RelationComponent.ALLIANCE, Double.NaN, "no alliance"),
              part(RelationComponent.SANCTIONS, Double.NaN, "no sanctions"),
              new RelationPart(RelationComponent.JOINT_VETOES, Double.NaN, false, "", List.of())));

  private static RelationPart part(RelationComponent c, double value, String detail) {
    return new RelationPart(c, value, true, detail, List.of());
  }

  private static String write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RelationWriter.write(format, List.of(UNCERTAIN, NOTHING), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasBothDimensionsWithTheirIntervalsAndTheBasis() {
    assertThat(write(Format.CSV))
        .isEqualTo(
            "a,b,period,index,index_lo,index_hi,sign,alignment,alignment_lo,alignment_hi,basis,"
                + "kappa,votes,events_net,alliance,joint_vetoes,sanctions,coverage,missing,evidence\n"
                + "CHN,DEU,2019,0.120000000000,-0.008155156554,0.248155156554,0,0.500000000000,"
                + "0.243689686891,0.756310313109,un-votes+gdelt,0.250000000000,0.300000000000,"
                + "0.200000000000,,,0.000000000000,0.600000000000,alliance,"
                + "votes: κ 0.25 over 80 roll calls | events: mean score 1.3 | alliance: no alliance"
                + " | sanctions: none\n"
                + "CHN,DEU,1950,,,,?,,,,,,,,,,,0.000000000000,votes;events;alliance;sanctions,"
                + "votes: no joint votes | events: no events | alliance: no alliance"
                + " | sanctions: no sanctions\n");
  }

  @Test
  void jsonHasNumbersAndNullsWhereTheModelHasNoEstimate() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(write(Format.JSON));
    JsonNode uncertain = rows.get(0);
    assertThat(uncertain.get("index_lo").asDouble()).isEqualTo(-0.008155156554);
    assertThat(uncertain.get("alignment_hi").asDouble()).isEqualTo(0.756310313109);
    assertThat(uncertain.get("sign").asText()).isEqualTo("0");
    assertThat(uncertain.get("basis").asText()).isEqualTo("un-votes+gdelt");
    JsonNode nothing = rows.get(1);
    for (String field : List.of("index", "index_lo", "index_hi", "alignment", "alignment_lo")) {
      assertThat(nothing.get(field).isNull()).as(field).isTrue();
    }
    assertThat(nothing.get("basis").asText()).isEmpty();
  }

  @Test
  void theSignIsTheOneOfTheIntervalBesideIt() {
    // 0.03 ± 0.01: 80 % interval 0.0172 … 0.0428 excludes 0, whatever tolerance made the record's
    // sign 0
    DyadRelation small =
        new DyadRelation(
            "CHN",
            "DEU",
            "2020",
            new Estimate(0.03, 0.01),
            Estimate.UNKNOWN,
            Sign.NEUTRAL,
            1,
            Double.NaN,
            0,
            List.of(),
            NOTHING.parts());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RelationWriter.write(Format.CSV, List.of(small), out);
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().get(1))
        .startsWith("CHN,DEU,2020,0.030000000000,0.017184484345,0.042815515655,+,");
  }

  @Test
  void aTableShowsEachDimensionWithItsIntervalInOneCell() {
    List<String> lines = write(Format.TABLE).lines().toList();
    assertThat(lines.get(0))
        .startsWith("a    b    period  index [80 %]           sign  alignment [80 %]      basis");
    assertThat(lines.get(1))
        .startsWith(
            "CHN  DEU  2019    0.120 [-0.008, 0.248]  0     0.500 [0.244, 0.756]  un-votes+gdelt");
    assertThat(lines.get(2)).startsWith("CHN  DEU  1950                           ?");
    assertThat(String.join("\n", lines)).doesNotContain("evidence", "roll calls");
  }
}
