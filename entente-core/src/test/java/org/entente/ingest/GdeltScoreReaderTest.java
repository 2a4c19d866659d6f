package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.Fixtures;
import org.entente.code.CountryCodes;
import org.entente.domain.ScoreRow;
import org.junit.jupiter.api.Test;

/** The GDELT score reader on real rows, and on those rows broken in known ways. */
class GdeltScoreReaderTest {

  private final GdeltScoreReader reader = new GdeltScoreReader(CountryCodes.bundled());

  private static String text(String relative) throws IOException {
    return Files.readString(Fixtures.path(relative), StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryMonthlyRowAsAScoreWithItsLine() throws IOException {
    Rejects rejects = new Rejects();
    List<ScoreRow> rows =
        reader.readMonthly(
            Fixtures.file("gdelt-graph/monthly_extract.csv"), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    String[] lines = text("gdelt-graph/monthly_extract.csv").split("\r?\n");
    assertThat(rows).hasSize(lines.length - 1);
    // Each row against its own line, split by hand.
    for (ScoreRow r : rows) {
      String[] f = lines[(int) r.line() - 1].split(",");
      assertThat(r.start()).isEqualTo(LocalDate.parse(f[0] + "-01"));
      assertThat(r.a()).isEqualTo(f[1]);
      assertThat(r.b()).isEqualTo(f[2]);
      assertThat(r.scoreSum()).isEqualTo(Double.parseDouble(f[3]));
      assertThat(r.days()).isEqualTo(Integer.parseInt(f[4]));
      assertThat(r.precision()).isEqualTo(ScoreRow.Precision.MONTH);
      assertThat(r.dataset()).isEqualTo("gdelt-graph");
    }
  }

  @Test
  void readsDailyRowsAsOneDayEach() {
    Rejects rejects = new Rejects();
    List<ScoreRow> rows =
        reader.readDaily(Fixtures.file("gdelt-graph/daily_extract.csv"), rejects, Progress.NONE);
    assertThat(rejects.all()).isEmpty();
    assertThat(rows).hasSize(120).allMatch(r -> r.days() == 1 && r.a().equals("KOR"));
    assertThat(rows.get(0).start()).isEqualTo(LocalDate.of(2018, 1, 1));
  }

  @Test
  void rejectsABadMonthAnUnknownStateAndAPairOutOfOrderNamingFileLineColumnAndValue() {
    String file =
        "month,a,b,score_sum,days\n"
            + "2018-01,KOR,PRK,1.5,3\n"
            + "2018-13,KOR,PRK,1.5,3\n"
            + "2018-02,KOR,XYZ,1.5,3\n"
            + "2018-03,PRK,KOR,1.5,3\n"
            + "2018-04,KOR,PRK,abc,3\n";
    Rejects rejects = new Rejects();
    List<ScoreRow> rows =
        reader.readMonthly(
            new SourceFile("bad.csv", file.getBytes(StandardCharsets.UTF_8)),
            rejects,
            Progress.NONE);
    assertThat(rows).hasSize(1);
    assertThat(rejects.all())
        .extracting(Reject::file, Reject::line, Reject::column, Reject::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad.csv", 3L, "month", "2018-13"),
            org.assertj.core.groups.Tuple.tuple("bad.csv", 4L, "b", "XYZ"),
            org.assertj.core.groups.Tuple.tuple("bad.csv", 5L, "b", "KOR"),
            org.assertj.core.groups.Tuple.tuple("bad.csv", 6L, "score_sum", "abc"));
    assertThat(rejects.all().get(1).problem()).contains("ISO-3");
  }

  @Test
  void refusesATruncatedGzipFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(Fixtures.file("gdelt-graph/monthly_extract.csv").bytes());
    }
    byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    assertThatThrownBy(
            () ->
                reader.readMonthly(new SourceFile("cut.csv.gz", cut), new Rejects(), Progress.NONE))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("cut.csv.gz");
  }
}
