package org.entente.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.entente.Fixtures;
import org.entente.analyze.ObligationYear.Basis;
import org.entente.code.CowCodes;
import org.entente.domain.AtopRow;
import org.entente.domain.Dyad;
import org.entente.domain.Obligations;
import org.entente.domain.TieRecord;
import org.entente.domain.TreatyRecord;
import org.entente.ingest.Progress;
import org.entente.store.AllianceQueries;
import org.entente.store.BundledAlliances;
import org.entente.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The obligations view over the whole bundled data (ATOP 5.1 and the treaty records), checked
 * against the treaties' facts and against the raw ATOP file read here without Entente's reader.
 */
class AllianceTiesIT {

  @TempDir static Path dir;
  private static Store store;
  private static AllianceTies ties;
  private static AllianceQueries queries;

  /** Through the current year, at least 2026 (the "current year"). */
  private static final int NOW = Math.max(2026, Year.now().getValue());

  private static final Obligations DEFENSE_NONAGG =
      new Obligations(true, false, false, true, false);

  /** Raw ATOP: dyad → year → obligations of either direction, and the raw lines themselves. */
  private static final Map<Dyad, Map<Integer, Obligations>> RAW = new HashMap<>();

  private static String[] rawLines;

  @BeforeAll
  static void load() throws IOException {
    store = Store.open(dir.resolve("ties.duckdb"), "1GB");
    BundledAlliances.ensureLoaded(store, Progress.NONE);
    queries = new AllianceQueries(store);
    ties = new AllianceTies(queries);
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(Fixtures.bundled("atop/atop5_1_ddyr.csv.gz")))) {
      rawLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    }
    CowCodes cow = CowCodes.bundled();
    for (int i = 1; i < rawLines.length; i++) {
      String[] f = rawLines[i].split(",");
      int year = Integer.parseInt(f[2]);
      var a = cow.iso3(Integer.parseInt(f[0]), year);
      var b = cow.iso3(Integer.parseInt(f[1]), year);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      Obligations o =
          new Obligations(
              f[3].equals("1"),
              f[4].equals("1"),
              f[5].equals("1"),
              f[6].equals("1"),
              f[7].equals("1"));
      RAW.computeIfAbsent(Dyad.of(a.get(), b.get()), k -> new HashMap<>())
          .merge(year, o, Obligations::or);
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Map<Integer, ObligationYear> byYear(String a, String b, int from, int to) {
    Map<Integer, ObligationYear> years = new HashMap<>();
    ties.obligations(a, b, from, to).forEach(y -> years.put(y.year(), y));
    assertThat(years).hasSize(to - from + 1);
    return years;
  }

  @Test
  void chinaNorthKoreaDefenceEveryYearFrom1961ToTheCurrentYear() {
    Map<Integer, ObligationYear> years = byYear("CHN", "PRK", 1950, NOW);
    for (int y = 1950; y <= 1960; y++) {
      assertThat(years.get(y).obligations()).as("CHN–PRK " + y).isEqualTo(Obligations.NONE);
    }
    for (int y = 1961; y <= NOW; y++) {
      assertThat(years.get(y).obligations()).as("CHN–PRK " + y).isEqualTo(DEFENSE_NONAGG);
      assertThat(years.get(y).inForce())
          .as("CHN–PRK " + y)
          .extracting(r -> ((TreatyRecord) r).id())
          .containsExactly("chn-prk-1961");
    }
  }

  @Test
  void russiaNorthKoreaDefenceToTheLapseNothingThenConsultationThenDefenceAgain() {
    Map<Integer, ObligationYear> years = byYear("RUS", "PRK", 1950, NOW);
    for (int y = 1950; y <= NOW; y++) {
      Obligations o = years.get(y).obligations();
      String at = "RUS–PRK " + y;
      if (y < 1961) {
        assertThat(o).as(at).isEqualTo(Obligations.NONE);
      } else if (y <= 1996) {
        assertThat(o.defense()).as(at).isTrue();
      } else if (y <= 1999) {
        assertThat(o).as(at).isEqualTo(Obligations.NONE);
        assertThat(years.get(y).basis()).as(at).isEqualTo(Basis.NONE);
      } else if (y < 2024) {
        assertThat(o.defense()).as(at).isFalse();
        assertThat(o.consul()).as(at).isTrue();
      } else {
        assertThat(o.defense()).as(at).isTrue();
        assertThat(o.consul()).as(at).isTrue();
      }
    }
  }

  @Test
  void usJapanAndUsKoreaDefenceInAtopsYearsAndBeyond() {
    Map<Integer, ObligationYear> jpn = byYear("USA", "JPN", 1951, NOW);
    Map<Integer, ObligationYear> kor = byYear("USA", "KOR", 1953, NOW);
    for (int y = 1951; y <= NOW; y++) {
      assertThat(jpn.get(y).obligations().defense()).as("USA–JPN " + y).isTrue();
      if (y <= 2018) {
        assertThat(RAW.get(Dyad.of("USA", "JPN")).get(y).defense()).as("raw USA–JPN " + y).isTrue();
      }
    }
    for (int y = 1953; y <= NOW; y++) {
      assertThat(kor.get(y).obligations().defense()).as("USA–KOR " + y).isTrue();
      if (y <= 2018) {
        assertThat(RAW.get(Dyad.of("USA", "KOR")).get(y).defense()).as("raw USA–KOR " + y).isTrue();
      }
    }
    assertThat(jpn.get(2026).inForce())
        .extracting(r -> ((TreatyRecord) r).id())
        .containsExactly("usa-jpn-1960");
    assertThat(kor.get(2026).inForce())
        .extracting(r -> ((TreatyRecord) r).id())
        .containsExactly("usa-kor-1953");
  }

  /**
   * China and the United States: no defence, offence or neutrality since their wartime alliance
   * ended in 1945, no obligation at all after ATOP ends, and in ATOP's years exactly what the raw
   * file says (a consultation 1962–64 and non-aggression 2009–2018, from multilateral agreements).
   */
  @Test
  void noObligationBetweenChinaAndTheUnitedStates() {
    Map<Integer, ObligationYear> years = byYear("CHN", "USA", 1815, NOW);
    Map<Integer, Obligations> raw = RAW.get(Dyad.of("CHN", "USA"));
    for (int y = 1815; y <= NOW; y++) {
      Obligations o = years.get(y).obligations();
      if (y > 1945) {
        assertThat(o.defense() || o.offense() || o.neutral()).as("CHN–USA " + y).isFalse();
      }
      if (y > 2018) {
        assertThat(years.get(y).basis()).as("CHN–USA " + y).isEqualTo(Basis.NONE);
      } else {
        assertThat(o).as("CHN–USA " + y).isEqualTo(raw.getOrDefault(y, Obligations.NONE));
      }
    }
  }

  /** A row checked by hand: the raw line 143240 of the file, as stored and cited. */
  @Test
  void aHandCheckedAtopRow() {
    assertThat(rawLines[143240 - 1]).isEqualTo("365,731,1961,1,0,0,1,0");
    AtopRow row =
        queries.atopRows(Dyad.of("RUS", "PRK"), 1961, 1961).stream()
            .filter(r -> r.line() == 143240)
            .findFirst()
            .orElseThrow();
    assertThat(row.a()).isEqualTo("RUS");
    assertThat(row.b()).isEqualTo("PRK");
    assertThat(row.ccode1()).isEqualTo(365);
    assertThat(row.ccode2()).isEqualTo(731);
    assertThat(row.obligations()).isEqualTo(DEFENSE_NONAGG);
    assertThat(row.citation())
        .isEqualTo("ATOP 5.1 atop5_1_ddyr.csv.gz line 143240: COW 365 (RUS) → 731 (PRK), 1961");
  }

  @Test
  void theRecordsInForceOnTheDayOfTheSeedsSummit() {
    List<TieRecord> records = ties.inForce("CHN", "PRK", LocalDate.of(2023, 9, 13));
    assertThat(records).singleElement().isInstanceOf(TreatyRecord.class);
    assertThat(records.get(0).citation())
        .startsWith("treaty chn-prk-1961 (treaties.csv line 2): Text: Peking Review 4(28)");
    assertThat(ties.inForce("RUS", "PRK", LocalDate.of(2023, 9, 13)))
        .extracting(r -> ((TreatyRecord) r).id())
        .containsExactly("rus-prk-2000");
  }

  /**
   * Where no record is in force, the view is ATOP: for 300 dyads drawn at random (seeded) from the
   * raw file, every year 1815–2018 equals the obligations of the raw rows of either direction.
   */
  @Test
  void withoutRecordsTheViewIsTheRawFile() {
    List<TreatyRecord> records = queries.treatyRecords();
    List<Dyad> dyads = new ArrayList<>(RAW.keySet());
    dyads.sort(Comparator.comparing(Dyad::a).thenComparing(Dyad::b));
    Collections.shuffle(dyads, new Random(20261127L));
    int checked = 0;
    for (Dyad dyad : dyads.subList(0, 300)) {
      Map<Integer, ObligationYear> years = byYear(dyad.a(), dyad.b(), 1815, 2018);
      for (int y = 1815; y <= 2018; y++) {
        int year = y;
        if (records.stream().anyMatch(r -> r.binds(dyad.a(), dyad.b()) && r.inForceDuring(year))) {
          continue;
        }
        Obligations raw = RAW.get(dyad).getOrDefault(y, Obligations.NONE);
        assertThat(years.get(y).obligations()).as(dyad + " " + y).isEqualTo(raw);
        assertThat(years.get(y).basis())
            .as(dyad + " " + y)
            .isEqualTo(RAW.get(dyad).containsKey(y) ? Basis.ATOP : Basis.NONE);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300 * 200);
  }

  /**
   * Where a record and ATOP both cover a dyad-year, they agree but for the documented exception:
   * ATOP's non-aggression for Russia and North Korea 2008–2018, from an agreement not recorded
   * (data/treaties/README.md).
   */
  @Test
  void recordsAgreeWithAtopWhereBothCoverAYear() {
    List<String> differences = new ArrayList<>();
    for (TreatyRecord record : queries.treatyRecords()) {
      for (int i = 0; i < record.parties().size(); i++) {
        for (int j = i + 1; j < record.parties().size(); j++) {
          Dyad dyad = Dyad.of(record.parties().get(i), record.parties().get(j));
          Map<Integer, Obligations> raw = RAW.getOrDefault(dyad, Map.of());
          for (int y = 1815; y <= 2018; y++) {
            if (record.inForceDuring(y)
                && raw.containsKey(y)
                && !raw.get(y).equals(record.provisions())) {
              differences.add(record.id() + " " + y + " ATOP " + raw.get(y));
            }
          }
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (int y = 2008; y <= 2018; y++) {
      expected.add("rus-prk-2000 " + y + " ATOP nonagg;consul");
    }
    assertThat(differences).containsExactlyElementsOf(expected);
  }
}
