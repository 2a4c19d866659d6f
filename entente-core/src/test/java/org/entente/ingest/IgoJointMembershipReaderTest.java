package org.entente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.Fixtures;
import org.entente.code.CowCodes;
import org.entente.domain.IgoJointMembership;
import org.junit.jupiter.api.Test;

/**
 * Hand-built rows, the first of them real lines of the bundled file; the whole file is checked
 * against a plain count in {@code BundledConflictIT}.
 */
class IgoJointMembershipReaderTest {

  private static final String HEADER = "\"ccode1\",\"ccode2\",\"year\",\"dyadigos\"\n";

  private final IgoJointMembershipReader reader = new IgoJointMembershipReader(CowCodes.bundled());

  private List<IgoJointMembership> read(String text, Rejects rejects) {
    return reader.read(
        new SourceFile("igo.csv", (HEADER + text).getBytes(StandardCharsets.UTF_8)),
        rejects,
        Progress.NONE);
  }

  @Test
  void aRowIsWhatItsLineSays() {
    // lines 5 and 8206 of cow-igo-joint-memberships-1946-2014.csv.gz
    List<IgoJointMembership> rows = read("2,20,1949,34\n2,710,2000,52\n", new Rejects());
    assertThat(rows)
        .containsExactly(
            new IgoJointMembership("USA", "CAN", 1949, 2, 20, 34, "igo.csv", 2),
            new IgoJointMembership("USA", "CHN", 2000, 2, 710, 52, "igo.csv", 3));
    assertThat(rows.get(1).citation())
        .isEqualTo("COW IGO 3 igo.csv line 3: COW 2 (USA) – 710 (CHN), 2000: 52 IGOs");
    assertThat(rows.get(1).dyad().a()).isEqualTo("CHN");
  }

  @Test
  void badRowsAreRejectsNamingLineColumnValueAndWhatWasExpected() {
    Rejects rejects = new Rejects();
    List<IgoJointMembership> rows =
        read(
            "2,20,1949,34\n"
                + "20,2,1949,34\n"
                + "2,817,1960,12\n"
                + "2,347,2010,40\n"
                + "2,20,1950,-1\n"
                + "2,20,1951,many\n"
                + "2,20,nineteen,3\n"
                + "260,255,1990,70\n"
                + "2,20,1952,0\n",
            rejects);
    assertThat(rows).extracting(IgoJointMembership::line).containsExactly(2L, 10L);
    assertThat(rejects.all())
        .extracting(Reject::describe)
        .containsExactly(
            "igo.csv:3: column year: '1949': COW 20 – 2 in 1949 appears twice in this file",
            "igo.csv:4: column ccode2: '817': COW 817 (Republic of Vietnam) has no ISO-3 code in"
                + " cow-country-codes.csv: the Republic of Vietnam (1954-1975) has no ISO 3166"
                + " code of its own: VNM is Viet Nam (COW 816) (year 1960)",
            "igo.csv:5: column ccode2: '347': COW 347 (Kosovo) has no ISO-3 code in"
                + " cow-country-codes.csv: Kosovo has no ISO 3166 code (XK is user-assigned)"
                + " (year 2010)",
            "igo.csv:6: column dyadigos: '-1': expected a number of IGOs (0 or more)",
            "igo.csv:7: column dyadigos: 'many': expected a number of IGOs (0 or more)",
            "igo.csv:8: column year: 'nineteen': expected a year from 1816 to 2100",
            "igo.csv:9: column ccode2: '255': COW 260 and 255 are one actor (DEU) in 1990");
  }

  @Test
  void aFileWithoutTheColumnsIsRefused() {
    SourceFile atop = Fixtures.file("atop/atop_ddyr_extract.csv");
    assertThatThrownBy(() -> reader.read(atop, new Rejects(), Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header lacks column(s) [dyadigos]");
  }
}
