package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A reject keeps the start of a long record and says how long it was. */
class RejectsTest {

  @Test
  void aLongRecordKeepsItsFirstCharactersAndItsLength() {
    Rejects rejects = new Rejects();
    String record = "a".repeat(4095) + "😀" + "b".repeat(10_000);
    rejects.add(new Reject("f.csv", 7, "vote", "c".repeat(5_000), "expected yes", record));
    rejects.add(new Reject("f.csv", 8, "vote", "maybe", "expected yes", "short,row"));

    Reject cut = rejects.all().get(0);
    assertThat(cut.record()).isEqualTo("a".repeat(4095)); // not half of the emoji
    assertThat(cut.value()).hasSize(ReadLimits.KEPT_BYTES);
    assertThat(cut.problem())
        .isEqualTo(
            "expected yes (the record is "
                + record.length()
                + " characters long; only its first 4096 are kept here)");
    assertThat(rejects.all().get(1))
        .isEqualTo(new Reject("f.csv", 8, "vote", "maybe", "expected yes", "short,row"));
    assertThat(rejects.count()).isEqualTo(2);
  }

  @Test
  void pastItsLimitAnAddStopsTheImport() {
    Rejects rejects = new Rejects(2);
    Reject bad = new Reject("f.csv", 1, "", "", "bad", "x");
    rejects.add(bad);
    rejects.add(bad);
    assertThatThrownBy(() -> rejects.add(bad))
        .isInstanceOf(Rejects.TooMany.class)
        .hasMessage("more than 2 rejected rows");
    assertThat(rejects.count()).isEqualTo(3);
  }
}
