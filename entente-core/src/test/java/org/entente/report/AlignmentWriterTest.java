package org.entente.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.analyze.Alignment;
import org.entente.analyze.DyadAlignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlignmentWriterTest {

  // Values of the hand-computed case in AlignmentTest (κ = 1/4, π = 7/31) and one with κ undefined.
  private static final List<DyadAlignment> ROWS =
      List.of(
          new DyadAlignment("CHN", "RUS", 74, new Alignment(4, 0.625, 0.25, 0.25, 7.0 / 31.0)),
          new DyadAlignment("PRK", "RUS", 75, new Alignment(3, 1.0, 1.0, Double.NaN, Double.NaN)),
          new DyadAlignment("CHN", "USA", 44, new Alignment(110, 0.2, -0.6, -0.0242085661, -1.5)));

  private static String write(Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AlignmentWriter writer = AlignmentWriter.of(format, out)) {
      ROWS.forEach(writer);
      assertThat(writer.rows()).isEqualTo(3);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvHasTheContractColumnsTwelveDecimalsAndEmptyUndefinedValues() {
    assertThat(write(Format.CSV))
        .isEqualTo(
            "a,b,period,n,agree,s,kappa,pi\n"
                + "CHN,RUS,74,4,0.625000000000,0.250000000000,0.250000000000,0.225806451613\n"
                + "PRK,RUS,75,3,1.000000000000,1.000000000000,,\n"
                + "CHN,USA,44,110,0.200000000000,-0.600000000000,-0.024208566100,-1.500000000000\n");
  }

  @Test
  void jsonIsAnArrayOfObjectsWithNullForUndefined() {
    assertThat(write(Format.JSON))
        .isEqualTo(
            "[\n"
                + "{\"a\":\"CHN\",\"b\":\"RUS\",\"period\":74,\"n\":4,\"agree\":0.625,\"s\":0.25,"
                + "\"kappa\":0.25,\"pi\":0.22580645161290322},\n"
                + "{\"a\":\"PRK\",\"b\":\"RUS\",\"period\":75,\"n\":3,\"agree\":1.0,\"s\":1.0,"
                + "\"kappa\":null,\"pi\":null},\n"
                + "{\"a\":\"CHN\",\"b\":\"USA\",\"period\":44,\"n\":110,\"agree\":0.2,\"s\":-0.6,"
                + "\"kappa\":-0.0242085661,\"pi\":-1.5}\n"
                + "]\n");
  }

  @Test
  void jsonLinesHasOneObjectPerLine() {
    List<String> lines = write(Format.JSONL).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{\"a\":").endsWith("}"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Format.class,
      names = {"CSV", "JSON", "JSONL"})
  void writerWithoutRowsWritesNothingNotEvenAHeader(Format format) {
    // So a command that finds no rows can fail with only its error, on standard error.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AlignmentWriter writer = AlignmentWriter.of(format, out)) {
      assertThat(writer.rows()).isZero();
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void decimalsRoundHalfAwayAndNeverUseExponents() {
    assertThat(Decimal.format(1e-13)).isEqualTo("0.000000000000");
    assertThat(Decimal.format(-1e-13)).isEqualTo("0.000000000000");
    assertThat(Decimal.format(2.0 / 3.0)).isEqualTo("0.666666666667");
    assertThat(Decimal.format(-12.5)).isEqualTo("-12.500000000000");
    assertThat(Decimal.format(Double.NaN)).isEmpty();
  }
}
