package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateManifestTest {

  private static final String SHA =
      "b746574147927ad6dba819c1a2493161fa38bfe5c6f61df1041d43a0c6e27af0";

  static AggregateManifest manifest(AggregateManifest.Rows rows) {
    return new AggregateManifest(
        AggregateManifest.FORMAT,
        AggregateManifest.VERSION,
        "day",
        "auto",
        false,
        new AggregateManifest.Code("0.1.0", "abc", "4.2.0", "local[2]"),
        "2026-12-02T00:00:00Z",
        List.of(
            new AggregateManifest.Input(
                "file:/data/20150218230000.export.CSV", 889502, SHA, "gdelt2", 2271, 2271, 0)),
        rows,
        List.of(new AggregateManifest.Output("year=2015/part-0.parquet", 10661, SHA)),
        null);
  }

  private static final AggregateManifest.Rows ROWS =
      new AggregateManifest.Rows(2271, 0, 0, 2271, 1801, 470, 197);

  @Test
  void roundTripsThroughItsJson() {
    AggregateManifest m = manifest(ROWS);
    String json = m.toJson();
    assertThat(json)
        .contains("\"format\" : \"entente-event-aggregates\"")
        .contains("\"one_a_day\" : false")
        .contains("\"without_dyad\" : 1801");
    assertThat(AggregateManifest.parse(json, "m.json")).isEqualTo(m);
  }

  @Test
  void rowsThatDoNotAddUpAreRefused() {
    assertThatThrownBy(() -> new AggregateManifest.Rows(10, 1, 2, 3, 3, 0, 0))
        .hasMessageContaining("read (10) must equal rejected + duplicates + kept (6)");
    assertThatThrownBy(() -> new AggregateManifest.Rows(10, 0, 0, 10, 3, 3, 1))
        .hasMessageContaining("kept must equal without_dyad + aggregated");
  }

  @Test
  void anotherFormatOrVersionIsNamed() {
    String json = manifest(ROWS).toJson();
    assertThatThrownBy(
            () -> AggregateManifest.parse(json.replace("entente-event-aggregates", "x"), "m.json"))
        .hasMessage(
            "m.json: format is 'x', expected 'entente-event-aggregates' (the output of"
                + " entente-spark)");
    assertThatThrownBy(
            () -> AggregateManifest.parse(json.replace("\"version\" : 1", "\"version\" : 9"), "m"))
        .hasMessageContaining("manifest version 9 is not one this Entente reads");
    assertThatThrownBy(() -> AggregateManifest.parse(json.replace("\"day\"", "\"week\""), "m"))
        .hasMessageContaining("by is 'week', expected day or month");
  }

  @Test
  void brokenJsonIsNamedByLineAndColumn() {
    assertThatThrownBy(() -> AggregateManifest.parse("{\n  \"format\": ,\n}", "out/_manifest.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "out/_manifest.json: not a manifest of entente-spark aggregate at line 2");
  }

  @Test
  void outputsMustLieInsideTheDirectory() {
    assertThatThrownBy(() -> new AggregateManifest.Output("../elsewhere.parquet", 1, SHA))
        .hasMessageContaining("must be a path inside the output directory");
    assertThatThrownBy(() -> new AggregateManifest.Output("/etc/x.parquet", 1, SHA))
        .hasMessageContaining("must be a path inside the output directory");
  }
}
